package io.sqlassist.approval;

import io.sqlassist.wire.Headers;
import io.sqlassist.wire.Json;
import org.apache.camel.Exchange;
import org.apache.camel.Processor;

/** Reads a completed thread and says where it goes: approve, refine, reject, or not_pending. */
public final class DecisionTriage implements Processor {
    @Override
    public void process(Exchange exchange) {
        DecidedThread decided = Json.read(exchange.getMessage().getBody(String.class), DecidedThread.class);
        String route = decided.threadWasPending() ? decided.decision().action().name() : "not_pending";
        exchange.getMessage().setHeader(Headers.DECISION_ROUTE, route);
        if (!decided.threadWasPending()) {
            exchange.getMessage().setHeader(Headers.ERROR_REASON, "no pending thread " + decided.decision().threadId()
                    + ": it was never asked, was already decided, or has closed");
        }
        exchange.getMessage().setBody(decided);
    }
}
