package io.sqlassist.audit;

import static java.util.Objects.requireNonNull;

import java.time.Instant;

/**
 * One line of the audit trail.
 *
 * @param attempt   the attempt the line is about; null when unknown
 * @param sqlSha256 hash of the SQL concerned; null when there was none
 * @param action    requested, approve, refine, reject, or the thread's end: succeeded, failed, rejected, expired, no_sql
 * @param actor     who acted: the requester, the approver, or {@code sqlassist}
 * @param outcome   what came of it, e.g. "accepted", "refused: …", "5 rows"
 */
public record AuditEntry(String threadId, Integer attempt, String sqlSha256, String action, String actor,
                         String feedback, String outcome, Instant recordedAt) {
    public AuditEntry {
        requireNonNull(threadId, "threadId is null");
        requireNonNull(action, "action is null");
        requireNonNull(recordedAt, "recordedAt is null");
    }
}
