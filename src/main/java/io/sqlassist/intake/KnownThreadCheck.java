package io.sqlassist.intake;

import io.sqlassist.audit.AuditTrail;
import io.sqlassist.pending.PendingThreads;
import io.sqlassist.wire.Headers;
import io.sqlassist.wire.PendingThread;
import java.sql.SQLException;
import java.util.Optional;
import org.apache.camel.Exchange;
import org.apache.camel.Processor;

/**
 * SQS delivers at least once, and a crash can come after a question's thread is held but before its message is
 * deleted. A question whose thread is already pending, or already on record in the audit trail (asked, decided,
 * closed), is therefore a redelivery: it is acknowledged and not processed again, so no thread is ever reopened. A
 * thread still pending has its approval request sent again, in case the crash came before it went out.
 */
public final class KnownThreadCheck implements Processor {
    public static final String SEEN = "thread_seen";
    public static final String PENDING_REQUEST = "pending_request";
    private final PendingThreads pending;
    private final AuditTrail audit;

    public KnownThreadCheck(PendingThreads pending, AuditTrail audit) {
        this.pending = pending;
        this.audit = audit;
    }

    @Override
    public void process(Exchange exchange) throws SQLException {
        String thread = exchange.getMessage().getHeader(Headers.THREAD_ID, String.class);
        Optional<PendingThread> held = pending.find(thread);
        exchange.setProperty(SEEN, held.isPresent() || audit.contains(thread));
        // The crash may have come before its approval request went out: send it again (reviewers see the same hash).
        held.ifPresent(t -> exchange.setProperty(PENDING_REQUEST, t.request()));
    }
}
