package io.sqlassist.sqs;

import java.net.URI;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.sqs.SqsClient;

/**
 * The account that owns the service's queues, read off one queue's URL. Camel's aws2-sqs endpoints resolve a queue
 * named without its owner through ListQueues, which IAM grants only on "*"; told the owner, they ask GetQueueUrl, which
 * the task role holds on exactly its queues.
 */
public final class QueueOwner {
    private QueueOwner() {
    }

    /** @throws IllegalStateException when the queue does not resolve, naming it and why */
    public static String account(SqsClient sqs, String queueName) {
        String url;
        try {
            url = sqs.getQueueUrl(r -> r.queueName(queueName)).queueUrl();
        } catch (SdkException e) {
            throw new IllegalStateException("queue " + queueName + " does not resolve (" + e.getMessage()
                    + "); sqlassist --profile aws doctor checks every queue and the grants", e);
        }
        String[] path = URI.create(url).getPath().split("/");
        if (path.length < 3 || path[1].isBlank()) {
            throw new IllegalStateException("queue URL " + url + " names no account");
        }
        return path[1];
    }
}
