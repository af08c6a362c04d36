package io.sqlassist.generate;

import static java.util.Objects.requireNonNull;

import io.sqlassist.wire.Confidence;
import io.sqlassist.wire.TokenUsage;
import java.util.List;

/**
 * A generator's answer: SQL with an explanation, or a refusal that says why no SQL was written.
 *
 * @param sql           the SQL, null when the generator refused
 * @param explanation   plain-language description of what the SQL does, or of the refusal
 * @param confidence    how sure the generator is
 * @param tables        tables the SQL reads
 * @param refusalReason why no SQL was written (e.g. the words it could not place); null when sql is set
 * @param usage         tokens an LLM used for this answer; null for generators that use none
 */
public record GeneratedSql(String sql, String explanation, Confidence confidence, List<String> tables,
                           String refusalReason, TokenUsage usage) {
    public GeneratedSql {
        requireNonNull(explanation, "explanation is null");
        requireNonNull(confidence, "confidence is null");
        tables = List.copyOf(requireNonNull(tables, "tables is null"));
        if ((sql == null) == (refusalReason == null)) {
            throw new IllegalArgumentException("exactly one of sql and refusalReason must be set");
        }
    }

    public GeneratedSql(String sql, String explanation, Confidence confidence, List<String> tables, String refusalReason) {
        this(sql, explanation, confidence, tables, refusalReason, null);
    }

    public static GeneratedSql of(String sql, String explanation, Confidence confidence, List<String> tables) {
        return new GeneratedSql(sql, explanation, confidence, tables, null, null);
    }

    public static GeneratedSql refused(String reason) {
        return new GeneratedSql(null, "No SQL: " + reason, Confidence.low, List.of(), reason, null);
    }

    public GeneratedSql withUsage(TokenUsage tokens) {
        return new GeneratedSql(sql, explanation, confidence, tables, refusalReason, tokens);
    }

    public boolean isRefused() {
        return sql == null;
    }
}
