package io.sqlassist.cli;

import com.fasterxml.jackson.databind.JsonNode;
import io.sqlassist.sqs.QueueClient;
import io.sqlassist.sqs.QueueNames;
import io.sqlassist.wire.ApprovalRequest;
import io.sqlassist.wire.Decision;
import io.sqlassist.wire.DecisionAction;
import io.sqlassist.wire.Json;
import io.sqlassist.wire.Question;
import io.sqlassist.wire.Result;
import java.io.IOException;
import java.time.Duration;
import java.util.Optional;
import software.amazon.awssdk.services.sqs.model.Message;

/** One thread seen from the outside, over the queues: ask, read approval requests, decide, wait for the result. */
final class Conversation {
    private final QueueClient queues;
    private final QueueNames names;
    private final String threadId;

    Conversation(QueueClient queues, QueueNames names, String threadId) {
        this.queues = queues;
        this.names = names;
        this.threadId = threadId;
    }

    void ask(Question question) {
        queues.send(names.inbox(), Json.write(question.withThreadId(threadId)));
    }

    Optional<ApprovalRequest> nextRequest(Duration timeout) {
        return queues.await(names.approvalRequest(), this::isMine, timeout)
                .map(m -> Json.read(m.body(), ApprovalRequest.class));
    }

    void decide(ApprovalRequest request, DecisionAction action, String feedback, String approver) {
        queues.send(names.approvalResponse(), Json.write(new Decision(Decision.SCHEMA_VERSION, threadId, action, feedback,
                approver, request.sqlSha256())));
    }

    Optional<Result> result(Duration timeout) {
        return queues.await(names.results(), this::isMine, timeout).map(m -> Json.read(m.body(), Result.class));
    }

    private boolean isMine(Message message) {
        try {
            JsonNode node = Json.MAPPER.readTree(message.body());
            return threadId.equals(node.path("thread_id").asText());
        } catch (IOException e) {
            return false;
        }
    }
}
