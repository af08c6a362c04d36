package io.sqlassist.testing;

import java.util.concurrent.atomic.AtomicInteger;
import org.apache.camel.CamelContext;
import org.apache.camel.spi.CamelEvent;
import org.apache.camel.spi.CamelEvent.ExchangeSendingEvent;
import org.apache.camel.support.EventNotifierSupport;

/** Counts exchanges sent to one endpoint, e.g. how many times approved SQL was handed to execution. */
public final class SendCounter extends EventNotifierSupport {
    private final String endpointUri;
    private final AtomicInteger count = new AtomicInteger();

    private SendCounter(String endpointUri) {
        this.endpointUri = endpointUri;
        setIgnoreCamelContextEvents(true);
        setIgnoreRouteEvents(true);
        setIgnoreServiceEvents(true);
        setIgnoreExchangeCreatedEvent(true);
        setIgnoreExchangeCompletedEvent(true);
        setIgnoreExchangeFailedEvents(true);
        setIgnoreExchangeRedeliveryEvents(true);
        setIgnoreExchangeSentEvents(true);
        setIgnoreStepEvents(true);
    }

    public static SendCounter on(CamelContext context, String endpointUri) throws Exception {
        SendCounter counter = new SendCounter(endpointUri);
        counter.start();
        context.getManagementStrategy().addEventNotifier(counter);
        return counter;
    }

    @Override
    public void notify(CamelEvent event) {
        if (event instanceof ExchangeSendingEvent sending && sending.getEndpoint().getEndpointUri().equals(endpointUri)) {
            count.incrementAndGet();
        }
    }

    public int count() {
        return count.get();
    }
}
