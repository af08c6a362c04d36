package io.sqlassist.service;

import static org.assertj.core.api.Assertions.assertThat;

import io.sqlassist.sqs.EmbeddedSqs;
import io.sqlassist.testing.SendCounter;
import io.sqlassist.testing.TestStack;
import io.sqlassist.wire.ApprovalRequest;
import io.sqlassist.wire.DecisionAction;
import io.sqlassist.wire.Result;
import io.sqlassist.wire.ResultStatus;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A pending thread outlives the process that holds it: the queues stay, the service stops and starts again. */
class RestartTest {
    @TempDir
    static Path dataDir;
    static EmbeddedSqs queues;

    @BeforeAll
    static void startQueues() throws Exception {
        Settings local = Settings.load("local", new java.util.Properties());
        queues = new EmbeddedSqs("127.0.0.1", 0, CapabilitySettings.queueNames(local), CapabilitySettings.queueSettings(local));
        queues.start();
    }

    @AfterAll
    static void stopQueues() {
        queues.stop();
    }

    @Test
    void a_thread_pending_when_the_service_stops_executes_exactly_once_after_it_starts_again() throws Exception {
        Map<String, String> properties = new HashMap<>(TestStack.localProperties(dataDir));
        properties.put("sqlassist.sqs.embedded", "false");
        properties.put("sqlassist.sqs.endpoint", queues.endpoint());

        String thread;
        ApprovalRequest request;
        try (TestStack first = TestStack.start(properties, Map.of())) {
            thread = first.ask("Show me 4 customers");
            request = first.awaitRequest(thread);
        }

        try (TestStack second = TestStack.start(properties, Map.of())) {
            SendCounter executions = SendCounter.on(second.service.context(), "direct://execute-approved-sql");
            second.decide(request, DecisionAction.approve, null);

            Result result = second.awaitResult(thread);
            assertThat(result.status()).isEqualTo(ResultStatus.succeeded);
            assertThat(result.rowCount()).isEqualTo(4);
            assertThat(result.sql()).isEqualTo(request.sql());

            second.decide(request, DecisionAction.approve, null);          // delivered again: acknowledged
            second.decide(request, DecisionAction.approve, null, "erin");  // a new decision on a closed thread
            assertThat(second.awaitDeadLetter(second.names.approvalResponseDeadLetter(), thread).body()).contains("erin");
            assertThat(second.queues.await(second.names.results(), TestStack.forThread(thread), Duration.ofSeconds(1)))
                    .as("a second result for the same thread").isEmpty();
            assertThat(executions.count()).isEqualTo(1);
        }
    }
}
