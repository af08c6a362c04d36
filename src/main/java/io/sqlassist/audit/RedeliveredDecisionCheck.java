package io.sqlassist.audit;

import io.sqlassist.wire.Decision;
import io.sqlassist.wire.ExchangeProperties;
import java.sql.SQLException;
import org.apache.camel.Exchange;
import org.apache.camel.Processor;

/**
 * SQS delivers at least once, and a crash can fall between a decision completing its thread and its message being
 * deleted. The same decision arriving again — same thread, action, approver and SQL hash, already accepted on record —
 * is a redelivery: acknowledged and not refused, so the reviewer is not told that their own decision failed.
 */
public final class RedeliveredDecisionCheck implements Processor {
    public static final String REDELIVERED = "decision_redelivered";
    private final AuditTrail audit;

    public RedeliveredDecisionCheck(AuditTrail audit) {
        this.audit = audit;
    }

    @Override
    public void process(Exchange exchange) throws SQLException {
        Decision decision = exchange.getProperty(ExchangeProperties.DECISION, Decision.class);
        boolean redelivered = audit.read(decision.threadId(), null).stream().anyMatch(entry ->
                "accepted".equals(entry.outcome()) && decision.action().name().equals(entry.action())
                        && same(decision.approver(), entry.actor()) && same(decision.sqlSha256(), entry.sqlSha256()));
        exchange.setProperty(REDELIVERED, redelivered);
    }

    private static boolean same(String a, String b) {
        return a == null ? b == null : a.equalsIgnoreCase(b);
    }
}
