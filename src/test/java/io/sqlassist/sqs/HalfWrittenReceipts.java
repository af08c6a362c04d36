package io.sqlassist.sqs;

import java.time.OffsetDateTime;
import java.util.AbstractList;
import org.elasticmq.MessageContent;
import org.elasticmq.NeverReceived$;
import org.elasticmq.actor.queue.InternalMessage;
import scala.Option;
import scala.jdk.javaapi.CollectionConverters;

/**
 * A message's receipt list as ElasticMQ's store can see it while the queue is adding a receipt: the first read finds
 * the new slot still empty (null), later reads find it written.
 */
final class HalfWrittenReceipts extends AbstractList<String> {
    private int reads;

    @Override
    public String get(int index) {
        return reads++ == 0 ? null : "receipt-" + (index + 1);
    }

    @Override
    public int size() {
        return 1;
    }

    /** A new, never received message whose receipts the store reads half-written once. */
    static InternalMessage message(String body) {
        return new InternalMessage("half-written-" + System.nanoTime(),
                CollectionConverters.asScala(new HalfWrittenReceipts()), 0L, new MessageContent(body),
                scala.collection.immutable.Map$.MODULE$.empty(), OffsetDateTime.now(), 0, NeverReceived$.MODULE$, 0,
                false, Option.empty(), Option.empty(), Option.empty(), Option.empty(), Option.empty());
    }
}
