package io.sqlassist.service;

import static org.assertj.core.api.Assertions.assertThat;

import io.sqlassist.sqs.EmbeddedSqs;
import io.sqlassist.testing.PostgresSchema;
import io.sqlassist.testing.SendCounter;
import io.sqlassist.testing.ServeProcess;
import io.sqlassist.testing.TestStack;
import io.sqlassist.wire.ApprovalRequest;
import io.sqlassist.wire.DecisionAction;
import io.sqlassist.wire.Result;
import io.sqlassist.wire.ResultStatus;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A crash, not a graceful stop: the `serve` process holding 50 pending threads is killed (SIGKILL). A new instance
 * starts on the same PostgreSQL store and queues; all 50 are still pending and each runs exactly once when approved.
 */
class KillAndRestartTest {
    private static final int PENDING = 50;
    @TempDir
    static Path dataDir;
    static PostgresSchema postgres;
    static EmbeddedSqs queues;
    static Map<String, String> properties;

    @BeforeAll
    static void start() throws Exception {
        postgres = PostgresSchema.create("kill_restart");
        queues = new EmbeddedSqs("127.0.0.1", 0, CapabilitySettings.queueNames(Settings.load("local", new Properties())),
                CapabilitySettings.queueSettings(Settings.load("local", new Properties())));
        queues.start();
        properties = new HashMap<>(TestStack.localProperties(dataDir));
        properties.put("sqlassist.sqs.embedded", "false");
        properties.put("sqlassist.sqs.endpoint", queues.endpoint());
        properties.put("sqlassist.pending.url", postgres.url());
        // what a killed process was working on reappears after this, not after a minute
        properties.put("sqlassist.sqs.visibility-extension-seconds", "2");
    }

    @AfterAll
    static void stop() throws Exception {
        queues.stop();
        postgres.close();
    }

    @Test
    void threads_pending_in_a_killed_process_each_run_exactly_once_after_a_restart() throws Exception {
        ServeProcess serve = ServeProcess.start("local", properties, Path.of("target", "kill-and-restart-serve.log"));
        List<String> threads = new ArrayList<>();
        List<ApprovalRequest> requests;
        try (TestStack client = TestStack.start(clientOnly(), Map.of())) {
            for (int i = 0; i < PENDING; i++) {
                threads.add(client.ask("Show me " + (i % 7 + 1) + " customers"));
            }
            requests = client.collectForThreads(client.names.approvalRequest(), threads, ApprovalRequest.class);
        } finally {
            serve.kill();
        }

        try (TestStack restarted = TestStack.start(properties, Map.of())) {
            SendCounter runs = SendCounter.on(restarted.service.context(), "direct://execute-approved-sql");
            assertThat(restarted.pendingThreadIds()).containsExactlyInAnyOrderElementsOf(threads);

            for (ApprovalRequest request : requests) {
                restarted.decide(request, DecisionAction.approve, null);
            }
            List<Result> results = restarted.collectForThreads(restarted.names.results(), threads, Result.class);

            assertThat(results).extracting(Result::threadId).containsExactlyInAnyOrderElementsOf(threads);
            assertThat(results).allSatisfy(r -> assertThat(r.status()).isEqualTo(ResultStatus.succeeded));
            assertThat(runs.count()).isEqualTo(PENDING);
            assertThat(restarted.pendingThreadIds()).isEmpty();
        }
    }

    /** A stack that only hosts a queue client: its own routes are not started, so the killed process does all work. */
    private static Map<String, String> clientOnly() {
        Map<String, String> client = new HashMap<>(properties);
        client.put("camel.main.routes-include-pattern", "classpath:routes/none-*.camel.yaml");
        client.put("sqlassist.pending.url", "jdbc:h2:mem:client-" + System.nanoTime() + ";DB_CLOSE_DELAY=-1");
        return client;
    }
}
