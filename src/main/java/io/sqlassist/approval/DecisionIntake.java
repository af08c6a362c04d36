package io.sqlassist.approval;

import io.sqlassist.wire.Decision;
import io.sqlassist.wire.DecisionAction;
import io.sqlassist.wire.ExchangeProperties;
import io.sqlassist.wire.Headers;
import io.sqlassist.wire.InvalidMessageException;
import io.sqlassist.wire.Json;
import io.sqlassist.wire.ThreadIds;
import org.apache.camel.Exchange;
import org.apache.camel.Processor;

/**
 * Reads a message on the approval-response queue as a {@link Decision}, once: the checks after it take the record
 * from the exchange property, and the body stays its JSON for the aggregation repository to keep.
 */
public final class DecisionIntake implements Processor {
    @Override
    public void process(Exchange exchange) {
        Decision decision = Json.read(exchange.getMessage().getBody(String.class), Decision.class);
        if (decision.schemaVersion() != Decision.SCHEMA_VERSION) {
            throw new InvalidMessageException("unsupported schema_version " + decision.schemaVersion());
        }
        if (!ThreadIds.isValid(decision.threadId())) {
            throw new InvalidMessageException("missing or malformed 'thread_id'");
        }
        if (decision.action() == null) {
            throw new InvalidMessageException("missing 'action': expected approve, refine or reject");
        }
        if (decision.action() == DecisionAction.refine && (decision.feedback() == null || decision.feedback().isBlank())) {
            throw new InvalidMessageException("'refine' needs 'feedback' that says what to change");
        }
        exchange.getMessage().setHeader(Headers.THREAD_ID, decision.threadId());
        exchange.getMessage().setHeader(Headers.MESSAGE_KIND, "decision");
        exchange.setProperty(ExchangeProperties.DECISION, decision);
        exchange.getMessage().setBody(Json.write(decision));
    }
}
