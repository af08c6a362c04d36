package io.sqlassist.sqs;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.Message;
import software.amazon.awssdk.services.sqs.model.MessageSystemAttributeName;

/** What the CLI needs of SQS: send a message, and wait for the one message it is interested in. */
public final class QueueClient {
    private final SqsClient sqs;
    private final Map<String, String> urls = new ConcurrentHashMap<>();

    public QueueClient(SqsClient sqs) {
        this.sqs = sqs;
    }

    public void send(String queue, String body) {
        sqs.sendMessage(b -> b.queueUrl(url(queue)).messageBody(body));
    }

    /**
     * Long-polls {@code queue} until a message matching {@code wanted} arrives or {@code timeout} passes. The wanted
     * message is deleted; any other is made visible again at once for whoever it belongs to.
     */
    public Optional<Message> await(String queue, Predicate<Message> wanted, Duration timeout) {
        Instant deadline = Instant.now().plus(timeout);
        String url = url(queue);
        while (Instant.now().isBefore(deadline)) {
            int wait = (int) Math.max(1, Math.min(5, Duration.between(Instant.now(), deadline).toSeconds()));
            for (Message message : sqs.receiveMessage(b -> b.queueUrl(url).waitTimeSeconds(wait).maxNumberOfMessages(10)
                    .messageSystemAttributeNames(MessageSystemAttributeName.ALL).messageAttributeNames("All")).messages()) {
                if (wanted.test(message)) {
                    sqs.deleteMessage(b -> b.queueUrl(url).receiptHandle(message.receiptHandle()));
                    return Optional.of(message);
                }
                sqs.changeMessageVisibility(b -> b.queueUrl(url).receiptHandle(message.receiptHandle()).visibilityTimeout(0));
            }
        }
        return Optional.empty();
    }

    public String url(String queue) {
        return urls.computeIfAbsent(queue, name -> sqs.getQueueUrl(b -> b.queueName(name)).queueUrl());
    }
}
