package io.sqlassist.service;

import static org.assertj.core.api.Assertions.assertThat;

import io.sqlassist.audit.AuditEntry;
import io.sqlassist.audit.AuditTrail;
import io.sqlassist.pending.PendingStore;
import io.sqlassist.testing.AthenaGlueFake;
import io.sqlassist.testing.AwsFakes;
import io.sqlassist.testing.Conditions;
import io.sqlassist.testing.ServeProcess;
import io.sqlassist.wire.ApprovalRequest;
import io.sqlassist.wire.Decision;
import io.sqlassist.wire.DecisionAction;
import io.sqlassist.wire.Json;
import io.sqlassist.wire.Result;
import io.sqlassist.wire.ResultStatus;
import io.sqlassist.wire.ThreadIds;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A deploy stops the service (SIGTERM) while Athena runs an approved query longer than the shutdown grace. The
 * requester must still get the answer, from that same execution: not a failed Result because the service restarted,
 * and not a second, billed query.
 */
class GracefulStopDuringQueryTest {
    private static final Duration QUERY_RUNS_FOR = Duration.ofSeconds(8);
    @TempDir
    static Path work;
    static AwsFakes aws;

    @BeforeAll
    static void start() throws Exception {
        aws = AwsFakes.start(QUERY_RUNS_FOR);
    }

    @AfterAll
    static void stop() throws Exception {
        aws.close();
    }

    @Test
    void a_query_running_when_the_service_is_stopped_answers_after_the_restart_without_running_again() throws Exception {
        String pendingUrl = "jdbc:h2:file:" + work.resolve("pending/threads") + ";AUTO_SERVER=TRUE";
        Map<String, String> properties = aws.restartableServeProperties(work, pendingUrl);
        properties.put("camel.main.shutdown-timeout", "2"); // the grace ends while the query still runs
        Path log = Path.of("target", "graceful-stop-during-query.log");
        Files.deleteIfExists(log);
        String thread = ThreadIds.next();

        ApprovalRequest request;
        try (ServeProcess serve = ServeProcess.start("aws", properties, log)) {
            aws.queues.send(aws.names.inbox(), "{\"thread_id\": \"" + thread + "\", \"question\": \"Show me 7 orders\","
                    + " \"requested_by\": \"ann\"}");
            request = Json.read(aws.queues.await(aws.names.approvalRequest(), m -> m.body().contains(thread),
                    Duration.ofSeconds(90)).orElseThrow().body(), ApprovalRequest.class);
            aws.queues.send(aws.names.approvalResponse(), Json.write(new Decision(Decision.SCHEMA_VERSION, thread,
                    DecisionAction.approve, null, "bob", request.sqlSha256())));
            Conditions.await("the query to start", () -> !starts(request.sql()).isEmpty(), Duration.ofSeconds(60));
            serve.stop();
        }
        String execution = starts(request.sql()).get(0).executionId();
        assertThat(Files.readString(log)).contains("Stopped waiting for Athena query " + execution);
        assertThat(aws.athena.wasStopped(execution)).as("the query was left running").isFalse();
        assertThat(aws.queues.await(aws.names.results(), m -> m.body().contains(thread), Duration.ofSeconds(1)))
                .as("no Result from the stopped instance").isEmpty();

        Result result;
        try (ServeProcess serve = ServeProcess.start("aws", properties, log)) {
            result = Json.read(aws.queues.await(aws.names.results(), m -> m.body().contains(thread),
                    Duration.ofSeconds(90)).orElseThrow(() -> new AssertionError("no Result after the restart")).body(),
                    Result.class);
            serve.stop();
        }
        assertThat(result.status()).as(result.message()).isEqualTo(ResultStatus.succeeded);
        List<AthenaGlueFake.Start> starts = starts(request.sql());
        assertThat(starts).as("starts").hasSize(2)
                .allSatisfy(s -> assertThat(s.executionId()).isEqualTo(execution));
        assertThat(starts.get(1).reused()).as("the run after the restart took up the same execution").isTrue();
        DataSource store = PendingStore.dataSource(pendingUrl, null, null);
        try {
            List<AuditEntry> trail = new AuditTrail(store).read(thread, null);
            assertThat(trail.stream().filter(e -> e.action().equals("approve"))).as("decisions on record").hasSize(1);
            assertThat(trail.stream().filter(e -> e.action().equals("executing"))).as("runs on record").hasSize(2);
            assertThat(trail.stream().filter(e -> e.action().equals("succeeded"))).as("outcomes on record").hasSize(1);
        } finally {
            PendingStore.close(store);
        }
    }

    private static List<AthenaGlueFake.Start> starts(String sql) {
        return aws.athena.queryStarts().stream().filter(s -> s.sql().equals(sql)).toList();
    }
}
