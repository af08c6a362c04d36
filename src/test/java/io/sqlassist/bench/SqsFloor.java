package io.sqlassist.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.Message;
import software.amazon.awssdk.services.sqs.model.QueueAttributeName;
import software.amazon.awssdk.services.sqs.model.SendMessageBatchRequestEntry;

/**
 * What the transport alone costs, on the same embedded queues (and their message store) as the service, in the same
 * run: the floor the service's figures are read against. Uses two queues of its own that no route consumes.
 */
final class SqsFloor {
    /** About the size of a question on the wire. */
    private static final String BODY = "{\"schema_version\":1,\"thread_id\":\"t-floor\",\"question\":\""
            + "x".repeat(120) + "\",\"requester\":\"bench\"}";
    private final SqsClient sqs;
    private final String in;
    private final String out;

    SqsFloor(SqsClient sqs) {
        this.sqs = sqs;
        this.in = sqs.createQueue(b -> b.queueName("bench-floor-in")).queueUrl();
        this.out = sqs.createQueue(b -> b.queueName("bench-floor-out")).queueUrl();
    }

    /** One hop as a consumer sees it: send, then a long-polling receive of one message, then its delete (ms). */
    List<Double> roundTrips(int count) {
        List<Double> samples = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            long sent = System.nanoTime();
            sqs.sendMessage(b -> b.queueUrl(in).messageBody(BODY));
            Message message = receiveOne(in);
            samples.add((System.nanoTime() - sent) / 1e6);
            sqs.deleteMessage(b -> b.queueUrl(in).receiptHandle(message.receiptHandle()));
        }
        return samples;
    }

    /**
     * Messages per second through a relay that does what the intake route does on the queues and nothing else:
     * two consumers, each receiving one message, sending one on and deleting the one it took. The load goes in
     * with batch sends and arrivals are counted from the queue's attributes, as for the service.
     */
    double relay(int count) throws Exception {
        AtomicBoolean running = new AtomicBoolean(true);
        ExecutorService consumers = Executors.newFixedThreadPool(2);
        for (int c = 0; c < 2; c++) {
            consumers.submit(() -> {
                while (running.get()) {
                    for (Message message : sqs.receiveMessage(b -> b.queueUrl(in).maxNumberOfMessages(1)
                            .waitTimeSeconds(1)).messages()) {
                        sqs.sendMessage(b -> b.queueUrl(out).messageBody(message.body()));
                        sqs.deleteMessage(b -> b.queueUrl(in).receiptHandle(message.receiptHandle()));
                    }
                }
                return null;
            });
        }
        try {
            long start = System.nanoTime();
            for (int first = 0; first < count; first += 10) {
                List<SendMessageBatchRequestEntry> batch = new ArrayList<>();
                for (int i = first; i < Math.min(count, first + 10); i++) {
                    batch.add(SendMessageBatchRequestEntry.builder().id("m" + i).messageBody(BODY).build());
                }
                sqs.sendMessageBatch(b -> b.queueUrl(in).entries(batch));
            }
            long deadline = System.nanoTime() + Duration.ofMinutes(10).toNanos();
            while (waiting(out) < count) {
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("the relay did not finish");
                }
                Thread.sleep(10);
            }
            return count / ((System.nanoTime() - start) / 1e9);
        } finally {
            running.set(false);
            consumers.shutdown();
            consumers.awaitTermination(30, TimeUnit.SECONDS);
            sqs.purgeQueue(b -> b.queueUrl(out));
        }
    }

    private Message receiveOne(String queue) {
        while (true) {
            List<Message> messages = sqs.receiveMessage(b -> b.queueUrl(queue).maxNumberOfMessages(1)
                    .waitTimeSeconds(1)).messages();
            if (!messages.isEmpty()) {
                return messages.get(0);
            }
        }
    }

    private int waiting(String queue) {
        return Integer.parseInt(sqs.getQueueAttributes(b -> b.queueUrl(queue)
                .attributeNames(QueueAttributeName.APPROXIMATE_NUMBER_OF_MESSAGES))
                .attributes().get(QueueAttributeName.APPROXIMATE_NUMBER_OF_MESSAGES));
    }
}
