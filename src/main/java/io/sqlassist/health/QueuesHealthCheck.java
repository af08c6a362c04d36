package io.sqlassist.health;

import io.sqlassist.sqs.QueueNames;
import java.util.Map;
import org.apache.camel.health.HealthCheckResultBuilder;
import org.apache.camel.impl.health.AbstractHealthCheck;
import software.amazon.awssdk.services.sqs.SqsClient;

/** Ready only while every queue the service reads or writes can be resolved. */
public final class QueuesHealthCheck extends AbstractHealthCheck {
    private final SqsClient sqs;
    private final QueueNames queues;

    public QueuesHealthCheck(SqsClient sqs, QueueNames queues) {
        super("sqlassist", "queues");
        this.sqs = sqs;
        this.queues = queues;
    }

    @Override
    public boolean isLiveness() {
        return false;
    }

    @Override
    protected void doCall(HealthCheckResultBuilder builder, Map<String, Object> options) {
        for (String queue : queues.all()) {
            try {
                sqs.getQueueUrl(b -> b.queueName(queue));
            } catch (Exception e) {
                builder.down().error(e).message("queue " + queue + " is unreachable: " + e.getMessage());
                return;
            }
        }
        builder.up();
    }
}
