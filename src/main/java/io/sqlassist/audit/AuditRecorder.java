package io.sqlassist.audit;

import io.sqlassist.wire.ApprovalRequest;
import io.sqlassist.wire.DecidedThread;
import io.sqlassist.wire.Decision;
import io.sqlassist.wire.InvalidMessageException;
import io.sqlassist.wire.Json;
import java.sql.SQLException;
import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** What the routes tell the audit trail: each request, each decision (accepted or refused) and how threads end. */
public final class AuditRecorder {
    private static final Logger LOG = LoggerFactory.getLogger(AuditRecorder.class);
    private final AuditTrail trail;
    private final Clock clock;

    public AuditRecorder(AuditTrail trail, Clock clock) {
        this.trail = trail;
        this.clock = clock;
    }

    public void requested(ApprovalRequest request) throws SQLException {
        trail.append(new AuditEntry(request.threadId(), request.attempt(), request.sqlSha256(), "requested",
                request.requestedBy(), null, request.hasSql() ? "awaiting decision" : "no SQL: " + request.explanation(),
                clock.instant()));
    }

    /**
     * Once per decision: a decided thread that recovery takes up again (after a crash or a restart) passes here again,
     * and its re-runs are on record as further "executing" entries, not as further decisions.
     */
    public void decided(DecidedThread decided) throws SQLException {
        Decision decision = decided.decision();
        AuditEntry entry = new AuditEntry(decision.threadId(), decided.thread().request().attempt(),
                decision.sqlSha256(), decision.action().name(), decision.approver(), decision.feedback(), "accepted",
                clock.instant());
        boolean recorded = trail.read(entry.threadId(), null).stream().anyMatch(e -> sameDecision(e, entry));
        if (!recorded) {
            trail.append(entry);
        }
    }

    private static boolean sameDecision(AuditEntry recorded, AuditEntry entry) {
        return entry.outcome().equals(recorded.outcome()) && entry.action().equals(recorded.action())
                && java.util.Objects.equals(entry.attempt(), recorded.attempt())
                && java.util.Objects.equals(entry.sqlSha256(), recorded.sqlSha256())
                && java.util.Objects.equals(entry.actor(), recorded.actor());
    }

    /**
     * A decision that was refused. Never fails: the refused message is already on the dead-letter queue, and a
     * message that is not a readable decision has no thread to file it under.
     */
    public void refused(String decisionJson, String reason) {
        try {
            Decision decision = Json.read(decisionJson, Decision.class);
            if (decision.threadId() != null && decision.action() != null) {
                trail.append(new AuditEntry(decision.threadId(), null, decision.sqlSha256(), decision.action().name(),
                        decision.approver(), decision.feedback(), "refused: " + reason, clock.instant()));
            }
        } catch (InvalidMessageException | SQLException e) {
            LOG.warn("Refused decision not audited ({}): {}", e.getMessage(), reason);
        }
    }

    /**
     * On record before the engine is asked: every execution that starts, a re-run after a crash included, leaves an
     * entry (a crash between this and the engine leaves one the engine never saw, never the other way round).
     */
    public void executing(DecidedThread decided) throws SQLException {
        trail.append(new AuditEntry(decided.thread().question().threadId(), decided.thread().request().attempt(),
                decided.thread().request().sqlSha256(), "executing", decided.decision().approver(), null,
                "execution begins", clock.instant()));
    }
}
