package io.sqlassist.service;

import static org.assertj.core.api.Assertions.assertThat;

import io.sqlassist.audit.AuditEntry;
import io.sqlassist.audit.AuditTrail;
import io.sqlassist.audit.ThreadOutcomes;
import io.sqlassist.pending.PendingStore;
import io.sqlassist.pending.PendingThreads;
import io.sqlassist.sqs.QueueClient;
import io.sqlassist.sqs.QueueNames;
import io.sqlassist.testing.AthenaGlueFake;
import io.sqlassist.testing.AwsFakes;
import io.sqlassist.testing.Conditions;
import io.sqlassist.testing.PostgresSchema;
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
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import software.amazon.awssdk.services.sqs.model.Message;

/**
 * kill -9 at random moments of a burst of approvals — before, during and after Athena runs the queries — on each
 * store the service supports, with the aws profile's routes against an Athena that counts what it was asked to run.
 * Counted from the engine's side: every thread's query starts under one token and runs once, no query starts after
 * its thread's outcome was recorded, every start was on the audit trail first, no thread is lost, and each requester
 * gets exactly one Result.
 */
class CrashDuringApprovalsTest {
    private static final int ROUNDS = 10;
    private static final int THREADS = 2 * ROUNDS;
    private static final Duration QUERY_RUNS_FOR = Duration.ofMillis(600);
    @TempDir
    static Path work;
    static AwsFakes aws;
    static AthenaGlueFake athena;
    static PostgresSchema postgres;
    static QueueClient queues;
    static QueueNames names;

    @BeforeAll
    static void start() throws Exception {
        aws = AwsFakes.start(QUERY_RUNS_FOR);
        athena = aws.athena;
        queues = aws.queues;
        names = aws.names;
        postgres = PostgresSchema.create("crash");
    }

    @AfterAll
    static void stop() throws Exception {
        postgres.close();
        aws.close();
    }

    @ParameterizedTest(name = "pending store: {0}")
    @ValueSource(strings = {"h2", "postgresql"})
    void kill_minus_nine_during_a_burst_of_approvals_loses_nothing_and_runs_nothing_twice(String store) throws Exception {
        Path dataDir = Files.createDirectories(work.resolve(store));
        String pendingUrl = store.equals("h2") ? "jdbc:h2:file:" + dataDir.resolve("pending/threads") + ";AUTO_SERVER=TRUE" : postgres.url();
        Map<String, String> properties = aws.restartableServeProperties(dataDir, pendingUrl);
        Path log = Path.of("target", "crash-during-approvals-" + store + ".log");
        Files.deleteIfExists(log);
        Random random = new Random(store.hashCode() * 31L + 15);
        // The engine fake serves both stores' runs: count only what this run asked of it.
        Instant caseStart = Instant.now();

        // Each thread asks for a different number of orders, so its SQL (and the engine's record of it) is its own.
        Map<String, String> questions = new LinkedHashMap<>();
        for (int i = 0; i < THREADS; i++) {
            questions.put(ThreadIds.next(), "Show me " + (i + 2) + " orders");
        }
        Map<String, ApprovalRequest> requests;
        try (ServeProcess serve = ServeProcess.start("aws", properties, log)) {
            questions.forEach((thread, question) -> queues.send(names.inbox(), "{\"thread_id\": \"" + thread
                    + "\", \"question\": \"" + question + "\", \"requested_by\": \"ann\"}"));
            requests = queues.collect(names.approvalRequest(), m -> questions.keySet().stream().anyMatch(m.body()::contains),
                            THREADS, Duration.ofSeconds(90)).stream()
                    .map(m -> Json.read(m.body(), ApprovalRequest.class))
                    .collect(Collectors.toMap(ApprovalRequest::threadId, r -> r, (a, b) -> a, LinkedHashMap::new));
        }
        assertThat(requests).as("approval requests").hasSize(THREADS);
        assertThat(requests.values()).allSatisfy(r -> assertThat(r.validation().status()).isEqualTo("passed"));

        List<String> order = new ArrayList<>(requests.keySet());
        Set<String> approvedSql = requests.values().stream().map(ApprovalRequest::sql).collect(Collectors.toSet());
        int approved = 0;
        for (int round = 0; round < ROUNDS; round++) {
            long runsBefore = queryRuns(caseStart, approvedSql).size();
            try (ServeProcess serve = ServeProcess.start("aws", properties, log)) {
                // Every round approves at least one thread, so that every round has a query to kill.
                int spare = order.size() - approved - (ROUNDS - 1 - round);
                int batch = round == ROUNDS - 1 ? order.size() - approved : Math.min(spare, 1 + random.nextInt(3));
                for (String thread : order.subList(approved, approved + batch)) {
                    ApprovalRequest request = requests.get(thread);
                    queues.send(names.approvalResponse(), Json.write(new Decision(Decision.SCHEMA_VERSION, thread,
                            DecisionAction.approve, null, "bob", request.sqlSha256())));
                }
                approved += batch;
                // Once the engine runs a query for this round, the kill falls anywhere: in that query, in writing or
                // sending its Result, on the next decision, or after. (Decisions left over from killed rounds
                // reappear too, so the round may run a thread other than the ones it approved.)
                Conditions.await("a query of this round to start",
                        () -> queryRuns(caseStart, approvedSql).size() > runsBefore, Duration.ofSeconds(90));
                Thread.sleep(random.nextInt(1800));
                serve.kill();
            }
        }
        assertThat(approved).as("every thread approved within the rounds").isEqualTo(THREADS);

        // A last instance finishes what the crashes interrupted: decisions reappear, recovery re-runs threads.
        List<Message> resultMessages;
        try (ServeProcess serve = ServeProcess.start("aws", properties, log)) {
            resultMessages = queues.collect(names.results(), m -> questions.keySet().stream().anyMatch(m.body()::contains),
                    THREADS, Duration.ofSeconds(120));
            // Any duplicate would have been sent before the last one: give stragglers (recovery) time to show.
            Conditions.await("no decided thread left to recover",
                    () -> serve.isAlive() && noUnconfirmedThreads(pendingUrl), Duration.ofSeconds(60));
            resultMessages = new ArrayList<>(resultMessages);
            resultMessages.addAll(queues.collect(names.results(), m -> questions.keySet().stream().anyMatch(m.body()::contains),
                    THREADS, Duration.ofSeconds(2)));
            serve.kill();
        }

        List<Result> results = resultMessages.stream().map(m -> Json.read(m.body(), Result.class)).toList();
        Map<String, List<String>> resultsPerThread = resultMessages.stream().collect(Collectors.groupingBy(
                m -> Json.read(m.body(), Result.class).threadId(), Collectors.mapping(Message::body, Collectors.toList())));
        assertThat(resultsPerThread).as("threads with a Result").hasSize(THREADS);
        // SQS standard queues deliver at least once, and so does the outbox: a kill between SendMessage and marking
        // the outcome sent makes the next instance send it again. What may repeat is the recorded outcome, the same
        // message byte for byte (requesters keep the first per thread), and at most once per kill.
        assertThat(resultsPerThread).allSatisfy((t, copies) -> {
            assertThat(copies.stream().distinct()).as("distinct Results of " + t).hasSize(1);
            assertThat(copies.size()).as("copies of the Result of " + t).isLessThanOrEqualTo(1 + ROUNDS);
        });
        assertThat(results).allSatisfy(r -> {
            assertThat(r.status()).as(r.message()).isEqualTo(ResultStatus.succeeded);
            assertThat(r.approver()).isEqualTo("bob");
        });

        DataSource dataSource = PendingStore.dataSource(pendingUrl, null, null);
        try {
            assertThat(new PendingThreads(dataSource, "pending_threads").list()).as("still pending").isEmpty();
            AuditTrail audit = new AuditTrail(dataSource);
            ThreadOutcomes outcomes = new ThreadOutcomes(dataSource, Clock.systemUTC());
            for (String thread : order) {
                String sql = requests.get(thread).sql();
                List<AthenaGlueFake.Start> starts = queryRuns(caseStart, Set.of(sql));
                List<AuditEntry> trail = audit.read(thread, null);
                Instant closedAt = recordedAt(dataSource, thread);
                assertThat(outcomes.recorded(thread)).get().satisfies(o -> assertThat(o.published()).isTrue());
                assertThat(starts).as("engine starts of " + thread).isNotEmpty()
                        .allSatisfy(s -> assertThat(s.at()).as("a start after the outcome was recorded").isBefore(closedAt));
                assertThat(starts.stream().map(AthenaGlueFake.Start::token).distinct()).as("tokens of " + thread + ": " + starts
                        + " audit: " + trail).hasSize(1);
                assertThat(starts.stream().map(AthenaGlueFake.Start::executionId).distinct())
                        .as("executions of " + thread).hasSize(1);
                assertThat(trail.stream().filter(e -> e.action().equals("executing")).count())
                        .as("audited executions of " + thread + ": " + starts + " audit: " + trail)
                        .isGreaterThanOrEqualTo(starts.size());
                assertThat(trail.stream().filter(e -> e.action().equals("succeeded")).count())
                        .as("closed entries of " + thread).isOne();
                assertThat(trail.stream().filter(e -> e.action().equals("approve") && "accepted".equals(e.outcome())))
                        .as("accepted approvals of " + thread + " (one, however often recovery took it up)").hasSize(1);
            }
        } finally {
            PendingStore.close(dataSource);
        }
    }

    /** What the engine was asked to run since {@code since}, of the approved statements (not the dry runs). */
    private static List<AthenaGlueFake.Start> queryRuns(Instant since, Set<String> sql) {
        return athena.queryStarts().stream().filter(s -> !s.at().isBefore(since) && sql.contains(s.sql())).toList();
    }

    /** No decided thread waits for recovery: what the crashes interrupted has been finished. */
    private static boolean noUnconfirmedThreads(String pendingUrl) {
        DataSource dataSource = PendingStore.dataSource(pendingUrl, null, null);
        try (Connection c = dataSource.getConnection();
             PreparedStatement count = c.prepareStatement("SELECT COUNT(*) FROM pending_threads_completed");
             ResultSet rs = count.executeQuery()) {
            rs.next();
            return rs.getLong(1) == 0;
        } catch (Exception e) {
            return false;
        } finally {
            PendingStore.close(dataSource);
        }
    }

    private static Instant recordedAt(DataSource dataSource, String thread) throws Exception {
        try (Connection c = dataSource.getConnection();
             PreparedStatement select = c.prepareStatement("SELECT recorded_at FROM thread_outcomes WHERE thread_id = ?")) {
            select.setString(1, thread);
            try (ResultSet rs = select.executeQuery()) {
                assertThat(rs.next()).as("outcome of " + thread).isTrue();
                return rs.getObject(1, java.time.OffsetDateTime.class).toInstant();
            }
        }
    }
}
