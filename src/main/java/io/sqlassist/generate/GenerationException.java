package io.sqlassist.generate;

/** The generator's backing service failed; the question was not refused, it could not be tried. */
public class GenerationException extends RuntimeException {
    public GenerationException(String message, Throwable cause) {
        super(message, cause);
    }

    public GenerationException(String message) {
        super(message);
    }
}
