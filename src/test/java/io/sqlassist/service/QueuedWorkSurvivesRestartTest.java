package io.sqlassist.service;

import static org.assertj.core.api.Assertions.assertThat;

import io.sqlassist.aws.AwsClients;
import io.sqlassist.sqs.QueueClient;
import io.sqlassist.sqs.QueueNames;
import io.sqlassist.testing.ServeProcess;
import io.sqlassist.testing.TestStack;
import io.sqlassist.wire.ApprovalRequest;
import io.sqlassist.wire.DecisionAction;
import io.sqlassist.wire.Json;
import io.sqlassist.wire.Question;
import io.sqlassist.wire.Result;
import io.sqlassist.wire.ResultStatus;
import io.sqlassist.wire.ThreadIds;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.services.sqs.SqsClient;

/**
 * `serve` on the local default — embedded queues with their message store, H2 — killed (SIGKILL) while questions still
 * wait in its inbox and approval requests wait for reviewers on its queue. After a restart on the same data directory
 * every question has its approval request, and every approved thread its one Result.
 */
class QueuedWorkSurvivesRestartTest {
    private static final int QUESTIONS = 30;
    @TempDir
    static Path dataDir;

    @Test
    void questions_in_the_inbox_and_requests_for_reviewers_survive_a_kill_minus_nine() throws Exception {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        Map<String, String> properties = new HashMap<>(TestStack.localProperties(dataDir));
        properties.put("sqlassist.sqs.port", Integer.toString(port));
        properties.put("sqlassist.sqs.endpoint", "http://127.0.0.1:" + port);
        properties.remove("sqlassist.sqs.message-store"); // the local profile's own: under the data directory
        properties.put("sqlassist.sqs.visibility-extension-seconds", "2");
        QueueNames names = CapabilitySettings.queueNames(Settings.load("local", new Properties()));

        List<String> threads = new ArrayList<>();
        try (ServeProcess serve = ServeProcess.start("local", properties, Path.of("target", "queued-work-restart.log"));
             SqsClient sqs = AwsClients.sqs("http://127.0.0.1:" + port, "eu-west-1", true)) {
            QueueClient queues = new QueueClient(sqs);
            for (int i = 0; i < QUESTIONS; i++) {
                String thread = ThreadIds.next();
                String body = Json.write(new Question(Question.SCHEMA_VERSION, thread, "Show me " + (i + 1) + " customers",
                        "asker", null, null));
                sendOnceUp(queues, names.inbox(), body);
                threads.add(thread);
            }
            // Cut off at once: some questions are generated, some in flight, most still in the inbox.
            serve.kill();
        }

        try (TestStack restarted = TestStack.start(properties, Map.of())) {
            List<ApprovalRequest> requests = restarted.collectForThreads(names.approvalRequest(), threads,
                    ApprovalRequest.class);
            Map<String, List<ApprovalRequest>> byThread = requests.stream()
                    .collect(Collectors.groupingBy(ApprovalRequest::threadId));
            assertThat(byThread.keySet()).containsExactlyInAnyOrderElementsOf(threads);
            assertThat(restarted.pendingThreadIds()).containsExactlyInAnyOrderElementsOf(threads);

            for (List<ApprovalRequest> copies : byThread.values()) {
                // A question redelivered after the kill re-sends its request: the same SQL, the same hash.
                assertThat(copies.stream().map(ApprovalRequest::sqlSha256).distinct()).hasSize(1);
                restarted.decide(copies.get(0), DecisionAction.approve, null);
            }
            List<Result> results = restarted.collectForThreads(names.results(), threads, Result.class);
            assertThat(results).extracting(Result::threadId).containsExactlyInAnyOrderElementsOf(threads);
            assertThat(results).allSatisfy(r -> assertThat(r.status()).isEqualTo(ResultStatus.succeeded));
            assertThat(restarted.pendingThreadIds()).isEmpty();
        }
    }

    /** The child's embedded queues come up a few seconds after it starts: retry until they answer. */
    private static void sendOnceUp(QueueClient queues, String queue, String body) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        while (true) {
            try {
                queues.send(queue, body);
                return;
            } catch (SdkClientException | software.amazon.awssdk.services.sqs.model.QueueDoesNotExistException e) {
                if (Instant.now().isAfter(deadline)) {
                    throw e;
                }
                Thread.sleep(100);
            }
        }
    }
}
