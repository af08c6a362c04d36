package io.sqlassist.approval;

import io.sqlassist.wire.DecidedThread;
import io.sqlassist.wire.Headers;
import io.sqlassist.wire.Json;
import io.sqlassist.wire.PendingThread;
import org.apache.camel.Exchange;
import org.apache.camel.Processor;

/**
 * Reads a completed thread and says where it goes: approve, refine, reject, not_pending — or expired, when the
 * aggregator's completion timeout closed it before anyone decided (then the body is still the pending thread).
 */
public final class DecisionTriage implements Processor {
    @Override
    public void process(Exchange exchange) {
        String body = exchange.getMessage().getBody(String.class);
        if ("timeout".equals(exchange.getProperty(Exchange.AGGREGATED_COMPLETED_BY, String.class))) {
            exchange.getMessage().setHeader(Headers.DECISION_ROUTE, "expired");
            exchange.getMessage().setBody(Json.read(body, PendingThread.class));
            return;
        }
        DecidedThread decided = Json.read(body, DecidedThread.class);
        String route = decided.threadWasPending() ? decided.decision().action().name() : "not_pending";
        exchange.getMessage().setHeader(Headers.DECISION_ROUTE, route);
        if (!decided.threadWasPending()) {
            exchange.getMessage().setHeader(Headers.ERROR_REASON, "no pending thread " + decided.decision().threadId()
                    + ": it was never asked, was already decided, or has closed");
        }
        exchange.getMessage().setBody(decided);
    }
}
