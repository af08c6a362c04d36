package io.sqlassist.approval;

import io.sqlassist.wire.DecidedThread;
import io.sqlassist.wire.Decision;
import io.sqlassist.wire.ExchangeProperties;
import io.sqlassist.wire.Headers;
import io.sqlassist.wire.Json;
import io.sqlassist.wire.PendingThread;
import org.apache.camel.AggregationStrategy;
import org.apache.camel.Exchange;

/**
 * Keeps the latest pending request of a thread, and joins a decision with it.
 * <ul>
 *   <li>request (no group yet, or a newer attempt): the request becomes the group — body {@link PendingThread} JSON;</li>
 *   <li>decision: the group becomes {@link DecidedThread} JSON; with no pending request its thread is null.</li>
 * </ul>
 * Bodies stay JSON text because the repository stores them and people read them. The group's own exchange is
 * updated and returned whenever there is one: the JDBC repository tracks completed groups by that exchange's id.
 */
public final class PendingThreadAggregationStrategy implements AggregationStrategy {
    @Override
    public Exchange aggregate(Exchange pending, Exchange incoming) {
        String kind = incoming.getMessage().getHeader(Headers.MESSAGE_KIND, String.class);
        String body = incoming.getMessage().getBody(String.class);
        if ("decision".equals(kind)) {
            Decision read = incoming.getProperty(ExchangeProperties.DECISION, Decision.class);
            Decision decision = read != null ? read : Json.read(body, Decision.class);
            PendingThread thread = pending == null ? null
                    : Json.read(pending.getMessage().getBody(String.class), PendingThread.class);
            body = Json.write(new DecidedThread(DecidedThread.SCHEMA_VERSION, thread, decision));
        }
        if (pending == null) {
            incoming.getMessage().setBody(body);
            return incoming;
        }
        pending.getMessage().setBody(body);
        pending.getMessage().setHeader(Headers.MESSAGE_KIND, kind);
        return pending;
    }
}
