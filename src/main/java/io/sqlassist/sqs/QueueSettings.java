package io.sqlassist.sqs;

/**
 * How the queues behave, the same for the embedded queues as Terraform makes them on AWS (TerraformTest keeps the
 * defaults of terraform/variables.tf and sqs.tf equal to config/).
 *
 * @param inboxVisibilitySeconds    how long a received question stays invisible to other consumers
 * @param responseVisibilitySeconds how long a received decision stays invisible to other consumers
 * @param notifyVisibilitySeconds   the same for approval requests and results, which people's clients read
 * @param maxReceiveCount           receives after which a question or decision moves to its dead-letter queue;
 *                                  approval requests and results have no dead-letter queue: a client that receives
 *                                  one not meant for it says nothing about the message's health
 */
public record QueueSettings(int inboxVisibilitySeconds, int responseVisibilitySeconds, int notifyVisibilitySeconds,
                            int maxReceiveCount) {
    public QueueSettings {
        if (inboxVisibilitySeconds < 0 || responseVisibilitySeconds < 0 || notifyVisibilitySeconds < 0
                || maxReceiveCount < 1) {
            throw new IllegalArgumentException("queue settings must be positive");
        }
    }
}
