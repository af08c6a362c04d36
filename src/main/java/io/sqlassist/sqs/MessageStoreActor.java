package io.sqlassist.sqs;

import java.util.concurrent.locks.LockSupport;
import org.elasticmq.persistence.sql.SqlQueuePersistenceActor;
import org.elasticmq.persistence.sql.SqlQueuePersistenceConfig;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import scala.PartialFunction;
import scala.runtime.BoxedUnit;

/**
 * ElasticMQ's SQL store (1.7.1), safe against a race in how it is fed. A queue hands the store the message object it
 * goes on changing: a consumer that is already long-polling takes a new message at once, and the queue adds the
 * receipt to the message's list while the store is turning that list into JSON, which can then read a slot not yet
 * written (null). The stock store actor fails on it, and the restart that follows forgets which queues it has: from
 * then on it acknowledges every event without writing it, so nothing after that survives a restart. Here a write
 * that read a half-made message is simply made again; by then the queue has finished changing it.
 */
final class MessageStoreActor extends SqlQueuePersistenceActor {
    private static final Logger LOG = LoggerFactory.getLogger(MessageStoreActor.class);
    private static final int ATTEMPTS = 1_000;
    private static final long PAUSE_NANOS = 50_000;

    MessageStoreActor(SqlQueuePersistenceConfig config) {
        super(config, scala.collection.immutable.List$.MODULE$.empty());
    }

    @Override
    public void aroundReceive(PartialFunction<Object, BoxedUnit> receive, Object event) {
        for (int attempt = 1; ; attempt++) {
            try {
                super.aroundReceive(receive, event);
                return;
            } catch (IllegalArgumentException halfMade) {
                // spray-json's "requirement failed": a null where the queue was still writing. Nothing was written yet.
                if (attempt == ATTEMPTS) {
                    throw halfMade;
                }
                if (attempt == 1) {
                    LOG.debug("Message changed while being stored; storing it again: {}", event.getClass().getSimpleName());
                }
                LockSupport.parkNanos(PAUSE_NANOS);
            }
        }
    }
}
