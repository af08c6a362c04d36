package io.sqlassist.audit;

import io.sqlassist.wire.Headers;
import java.util.Optional;
import java.util.Set;
import org.apache.camel.Exchange;
import org.apache.camel.Processor;

/**
 * A decided thread arriving again — recovery re-running one whose processing a crash interrupted — whose outcome is
 * already on record does not run again: it is routed {@code closed}, with the recorded Result as body, so that the
 * Result is sent if the crash came before that and nothing happens if it came after.
 */
public final class ClosedThreadCheck implements Processor {
    private static final Set<String> CLOSING_ROUTES = Set.of("approve", "reject", "expired");
    private final ThreadOutcomes outcomes;

    public ClosedThreadCheck(ThreadOutcomes outcomes) {
        this.outcomes = outcomes;
    }

    @Override
    public void process(Exchange exchange) throws Exception {
        String route = exchange.getMessage().getHeader(Headers.DECISION_ROUTE, String.class);
        String threadId = exchange.getMessage().getHeader(Headers.THREAD_ID, String.class);
        if (threadId == null || !CLOSING_ROUTES.contains(route)) {
            return;
        }
        Optional<ThreadOutcomes.Outcome> outcome = outcomes.recorded(threadId);
        if (outcome.isPresent()) {
            exchange.getMessage().setHeader(Headers.DECISION_ROUTE, "closed");
            exchange.getMessage().setBody(outcome.get().result());
        }
    }
}
