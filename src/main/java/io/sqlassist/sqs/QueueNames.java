package io.sqlassist.sqs;

import java.util.List;

/** The queues the service talks to, by name, as configured for the profile. */
public record QueueNames(String inbox, String inboxDeadLetter, String approvalRequest, String approvalResponse,
                         String approvalResponseDeadLetter, String results) {
    public List<String> all() {
        return List.of(inboxDeadLetter, approvalResponseDeadLetter, inbox, approvalRequest, approvalResponse, results);
    }
}
