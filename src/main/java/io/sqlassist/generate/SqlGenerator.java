package io.sqlassist.generate;

/**
 * Writes SQL for a question. Implementations: the offline engine, and LLM-backed ones.
 * Implementations must be thread-safe; they may throw {@link GenerationException} when the
 * backing service fails (that is different from refusing a question it cannot answer).
 */
public interface SqlGenerator {
    GeneratedSql generate(GenerationRequest request);

    /** Short name used in config and reports, e.g. {@code offline}. */
    String name();
}
