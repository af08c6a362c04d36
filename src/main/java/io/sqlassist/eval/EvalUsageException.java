package io.sqlassist.eval;

/** The eval was asked for something it cannot do (unreadable file, bad JSON line); exit code 2. */
public class EvalUsageException extends Exception {
    public EvalUsageException(String message, Throwable cause) {
        super(message, cause);
    }

    public EvalUsageException(String message) {
        super(message);
    }
}
