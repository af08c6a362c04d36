package io.sqlassist.wire;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.util.List;

/**
 * What a reviewer is asked to decide on: one SQL attempt for one thread.
 *
 * @param sql       the proposed SQL; null when the generator could not write any ("no SQL")
 * @param sqlSha256  hex SHA-256 of {@code sql}; a decision must name it; null with no SQL
 * @param validation the checks the SQL passed before a reviewer saw it; null in messages from before validation
 * @param usage      LLM tokens spent on this attempt (every candidate); null for generators that use none
 */
public record ApprovalRequest(int schemaVersion, String threadId, int attempt, String sql, String sqlSha256,
                              String explanation, Confidence confidence, List<String> tables, String question,
                              String requestedBy, Instant createdAt, ValidationSummary validation, TokenUsage usage) {
    public static final int SCHEMA_VERSION = 1;

    public ApprovalRequest {
        requireNonNull(threadId, "threadId is null");
        requireNonNull(explanation, "explanation is null");
        requireNonNull(confidence, "confidence is null");
        tables = tables == null ? List.of() : List.copyOf(tables);
        requireNonNull(question, "question is null");
        requireNonNull(createdAt, "createdAt is null");
    }

    public ApprovalRequest(int schemaVersion, String threadId, int attempt, String sql, String sqlSha256,
                           String explanation, Confidence confidence, List<String> tables, String question,
                           String requestedBy, Instant createdAt, ValidationSummary validation) {
        this(schemaVersion, threadId, attempt, sql, sqlSha256, explanation, confidence, tables, question, requestedBy,
                createdAt, validation, null);
    }

    public boolean hasSql() {
        return sql != null;
    }
}
