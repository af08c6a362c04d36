package io.sqlassist.sqs;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.Message;
import software.amazon.awssdk.services.sqs.model.MessageSystemAttributeName;

/** What the CLI needs of SQS: send a message, and wait for the one message it is interested in. */
public final class QueueClient {
    /** How long a message that is not the one awaited stays hidden from the next receives. */
    private static final int PASS_OVER_SECONDS = 2;
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
     * message is deleted. Others are received with a short visibility timeout and left alone, so they reappear for
     * whoever they belong to within seconds — and meanwhile the next receive reaches the messages behind them
     * (putting them back at once would make every receive return the same first ten).
     */
    public Optional<Message> await(String queue, Predicate<Message> wanted, Duration timeout) {
        Instant deadline = Instant.now().plus(timeout);
        String url = url(queue);
        while (Instant.now().isBefore(deadline)) {
            int wait = (int) Math.max(1, Math.min(5, Duration.between(Instant.now(), deadline).toSeconds()));
            for (Message message : sqs.receiveMessage(b -> b.queueUrl(url).waitTimeSeconds(wait).maxNumberOfMessages(10)
                    .visibilityTimeout(PASS_OVER_SECONDS).messageSystemAttributeNames(MessageSystemAttributeName.ALL)
                    .messageAttributeNames("All")).messages()) {
                if (wanted.test(message)) {
                    sqs.deleteMessage(b -> b.queueUrl(url).receiptHandle(message.receiptHandle()));
                    return Optional.of(message);
                }
            }
        }
        return Optional.empty();
    }

    /**
     * Like {@link #await} for many messages at once: collects (and deletes) messages matching {@code wanted} until
     * {@code count} have arrived or {@code timeout} passes.
     */
    public List<Message> collect(String queue, Predicate<Message> wanted, int count, Duration timeout) {
        List<Message> found = new ArrayList<>();
        Instant deadline = Instant.now().plus(timeout);
        String url = url(queue);
        while (found.size() < count && Instant.now().isBefore(deadline)) {
            for (Message message : sqs.receiveMessage(b -> b.queueUrl(url).waitTimeSeconds(1).maxNumberOfMessages(10)
                    .visibilityTimeout(PASS_OVER_SECONDS).messageAttributeNames("All")).messages()) {
                if (found.size() < count && wanted.test(message)) {
                    sqs.deleteMessage(b -> b.queueUrl(url).receiptHandle(message.receiptHandle()));
                    found.add(message);
                }
            }
        }
        return found;
    }

    public String url(String queue) {
        return urls.computeIfAbsent(queue, name -> sqs.getQueueUrl(b -> b.queueName(name)).queueUrl());
    }
}
