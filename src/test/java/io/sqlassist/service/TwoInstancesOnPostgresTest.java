package io.sqlassist.service;

import static org.assertj.core.api.Assertions.assertThat;

import io.sqlassist.sqs.EmbeddedSqs;
import io.sqlassist.testing.PostgresSchema;
import io.sqlassist.testing.SendCounter;
import io.sqlassist.testing.TestStack;
import io.sqlassist.wire.ApprovalRequest;
import io.sqlassist.wire.DecisionAction;
import io.sqlassist.wire.Result;
import io.sqlassist.wire.ResultStatus;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Scale-out: two instances share one PostgreSQL store and one set of queues (competing consumers). Every decision is
 * delivered twice; each thread still runs exactly once, is accepted once and none is lost.
 */
class TwoInstancesOnPostgresTest {
    private static final int THREADS = 20;
    @TempDir
    static Path dataDir;
    static PostgresSchema postgres;
    static EmbeddedSqs queues;
    static TestStack first;
    static TestStack second;

    @BeforeAll
    static void start() throws Exception {
        postgres = PostgresSchema.create("two_instances");
        queues = new EmbeddedSqs("127.0.0.1", 0, CapabilitySettings.queueNames(Settings.load("local", new Properties())),
                CapabilitySettings.queueSettings(Settings.load("local", new Properties())));
        queues.start();
        Map<String, String> properties = new HashMap<>(TestStack.localProperties(dataDir));
        properties.put("sqlassist.sqs.embedded", "false");
        properties.put("sqlassist.sqs.endpoint", queues.endpoint());
        properties.put("sqlassist.pending.url", postgres.url());
        first = TestStack.start(properties, Map.of());
        second = TestStack.start(properties, Map.of());
    }

    @AfterAll
    static void stop() throws Exception {
        second.close();
        first.close();
        queues.stop();
        postgres.close();
    }

    @Test
    void duplicated_decisions_across_two_instances_run_each_thread_exactly_once() throws Exception {
        SendCounter firstRuns = SendCounter.on(first.service.context(), "direct://execute-approved-sql");
        SendCounter secondRuns = SendCounter.on(second.service.context(), "direct://execute-approved-sql");
        List<String> threads = new ArrayList<>();
        for (int i = 0; i < THREADS; i++) {
            threads.add(first.ask("Show me " + (i % 5 + 1) + " customers"));
        }
        List<ApprovalRequest> requests = first.collectForThreads(first.names.approvalRequest(), threads,
                ApprovalRequest.class);
        assertThat(first.pendingThreadIds()).containsAll(threads);

        for (ApprovalRequest request : requests) {
            first.decide(request, DecisionAction.approve, null);
            second.decide(request, DecisionAction.approve, null);
        }

        List<Result> results = first.collectForThreads(first.names.results(), threads, Result.class);
        assertThat(results).allSatisfy(result -> assertThat(result.status()).isEqualTo(ResultStatus.succeeded));
        Set<String> answered = new HashSet<>(results.stream().map(Result::threadId).toList());
        assertThat(answered).containsExactlyInAnyOrderElementsOf(threads);
        // A copy taken after the first was accepted is acknowledged as a redelivery; one taken while the first was
        // still in flight is refused as "not pending". Never both accepted.
        List<String> refused = first.queues.collect(first.names.approvalResponseDeadLetter(),
                m -> threads.stream().anyMatch(m.body()::contains), THREADS, Duration.ofSeconds(1)).stream()
                .map(m -> io.sqlassist.wire.Json.read(m.body(), io.sqlassist.wire.Decision.class).threadId()).toList();
        assertThat(refused).doesNotHaveDuplicates();
        for (String thread : threads) {
            assertThat(first.auditOf(thread)).filteredOn(line -> line.endsWith(" accepted")).hasSize(1);
        }
        assertThat(firstRuns.count() + secondRuns.count()).isEqualTo(THREADS);
        assertThat(first.queues.await(first.names.results(), m -> true, Duration.ofSeconds(1))).as("an extra result").isEmpty();
        assertThat(first.pendingThreadIds()).doesNotContainAnyElementsOf(threads);
    }
}
