package io.sqlassist.approval;

import io.sqlassist.pending.PendingThreads;
import io.sqlassist.wire.InvalidMessageException;
import io.sqlassist.wire.Json;
import java.sql.SQLException;
import java.util.Optional;
import org.apache.camel.Exchange;
import org.apache.camel.Processor;

/**
 * A decision approves one SQL text and nothing else: it must name the {@code sql_sha256} of the attempt that is
 * pending now. A decision for another (older) attempt, or for a thread that is not pending, is refused before it
 * reaches the thread, which stays as it was. Decisions without a hash are refused unless configuration allows them.
 */
public final class DecisionBinding implements Processor {
    private final PendingThreads pending;
    private final boolean allowUnhashed;

    public DecisionBinding(PendingThreads pending, boolean allowUnhashed) {
        this.pending = pending;
        this.allowUnhashed = allowUnhashed;
    }

    @Override
    public void process(Exchange exchange) throws SQLException {
        Decision decision = Json.read(exchange.getMessage().getBody(String.class), Decision.class);
        Optional<PendingThread> thread = pending.find(decision.threadId());
        if (thread.isEmpty()) {
            throw new InvalidMessageException("no pending thread " + decision.threadId()
                    + ": it was never asked, was already decided, or has closed");
        }
        String current = thread.get().request().sqlSha256();
        if (decision.sqlSha256() == null) {
            if (!allowUnhashed) {
                throw new InvalidMessageException("the decision names no sql_sha256, so it cannot say which SQL it is about;"
                        + " use `sqlassist approvals` or add the hash of the pending SQL (" + current + ")");
            }
        } else if (!decision.sqlSha256().equalsIgnoreCase(current)) {
            throw new InvalidMessageException("the decision is for SQL " + decision.sqlSha256() + ", but thread "
                    + decision.threadId() + " now waits on attempt " + thread.get().request().attempt() + " with SQL "
                    + current + "; review the current SQL and decide again");
        }
    }
}
