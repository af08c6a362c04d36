package io.sqlassist.testing;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.sqlassist.audit.AuditTrail;
import io.sqlassist.pending.PendingThreads;
import io.sqlassist.sample.SampleDataset;
import io.sqlassist.service.SqlassistService;
import io.sqlassist.sqs.QueueClient;
import io.sqlassist.sqs.QueueNames;
import io.sqlassist.wire.ApprovalRequest;
import io.sqlassist.wire.Decision;
import io.sqlassist.wire.DecisionAction;
import io.sqlassist.wire.Json;
import io.sqlassist.wire.Question;
import io.sqlassist.wire.Result;
import io.sqlassist.wire.ThreadIds;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import javax.sql.DataSource;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.Message;

/**
 * The real service in the local profile, on private ports and folders, driven over its queues the way users drive
 * it. One per test class: starting one takes a few seconds.
 */
public final class TestStack implements AutoCloseable {
    public static final Duration WAIT = Duration.ofSeconds(30);
    private static Path sampleWarehouse;

    public final SqlassistService service;
    public final QueueClient queues;
    public final QueueNames names;

    private TestStack(SqlassistService service) {
        this.service = service;
        this.queues = new QueueClient(service.bean("sqsClient", SqsClient.class));
        this.names = service.bean("queueNames", QueueNames.class);
    }

    /** The sample dataset, built once per test run and shared read-only by every stack. */
    public static synchronized Path sampleWarehouse() throws Exception {
        if (sampleWarehouse == null) {
            Path file = Path.of("target", "test-warehouse", "sample.duckdb").toAbsolutePath();
            SampleDataset.ensure(file, LocalDate.now());
            sampleWarehouse = file;
        }
        return sampleWarehouse;
    }

    /** Local-profile properties for a stack whose state lives under {@code dataDir}. */
    public static Map<String, String> localProperties(Path dataDir) throws Exception {
        Map<String, String> properties = new HashMap<>();
        properties.put("sqlassist.data-dir", dataDir.toAbsolutePath().toString());
        properties.put("sqlassist.warehouse.url", "jdbc:duckdb:" + sampleWarehouse());
        properties.put("sqlassist.sqs.port", "0");
        properties.put("sqlassist.sqs.message-store", ""); // a restart test sets one
        return properties;
    }

    public static TestStack start(Map<String, String> properties, Map<String, Object> beans) throws Exception {
        return new TestStack(SqlassistService.start("local", properties, beans));
    }

    public String ask(String question) {
        String threadId = ThreadIds.next();
        queues.send(names.inbox(), Json.write(new Question(Question.SCHEMA_VERSION, threadId, question, "asker", null, null)));
        return threadId;
    }

    public ApprovalRequest awaitRequest(String threadId) {
        Message message = queues.await(names.approvalRequest(), forThread(threadId), WAIT)
                .orElseThrow(() -> new AssertionError("no approval request for " + threadId));
        return Json.read(message.body(), ApprovalRequest.class);
    }

    public void decide(ApprovalRequest request, DecisionAction action, String feedback) {
        decide(request, action, feedback, "reviewer");
    }

    public void decide(ApprovalRequest request, DecisionAction action, String feedback, String approver) {
        queues.send(names.approvalResponse(), Json.write(new Decision(Decision.SCHEMA_VERSION, request.threadId(), action,
                feedback, approver, request.sqlSha256())));
    }

    public Result awaitResult(String threadId) {
        Message message = queues.await(names.results(), forThread(threadId), WAIT)
                .orElseThrow(() -> new AssertionError("no result for " + threadId));
        return Json.read(message.body(), Result.class);
    }

    /** The bodies of messages on {@code queue} for each of {@code threads}, as {@code type}, one per thread. */
    public <T> List<T> collectForThreads(String queue, java.util.Collection<String> threads, Class<T> type) {
        java.util.Set<String> wanted = new java.util.HashSet<>(threads);
        List<Message> messages = queues.collect(queue, m -> threads.stream().anyMatch(forThreadOrMention(m)),
                wanted.size(), WAIT);
        if (messages.size() < wanted.size()) {
            throw new AssertionError("only " + messages.size() + " of " + wanted.size() + " messages on " + queue);
        }
        return messages.stream().map(m -> Json.read(m.body(), type)).toList();
    }

    private static Predicate<String> forThreadOrMention(Message message) {
        return thread -> message.body().contains(thread);
    }

    /** The next message on a dead-letter queue whose body contains {@code marker}, with its attributes. */
    public Message awaitDeadLetter(String queue, String marker) {
        Message message = queues.await(queue, m -> m.body().contains(marker), WAIT)
                .orElseThrow(() -> new AssertionError("nothing on " + queue + " containing " + marker));
        assertThat(message.messageAttributes()).containsKey("error_reason");
        return message;
    }

    /** Ids of the threads the service holds as pending right now. */
    public List<String> pendingThreadIds() throws Exception {
        return new PendingThreads(service.bean("pendingDataSource", DataSource.class), "pending_threads").list().stream()
                .map(t -> t.question().threadId()).toList();
    }

    /** The audit trail of one thread as "action actor outcome" lines, oldest first. */
    public List<String> auditOf(String threadId) throws Exception {
        return new AuditTrail(service.bean("pendingDataSource", DataSource.class)).read(threadId, null).stream()
                .map(e -> e.action() + " " + e.actor() + " " + e.outcome()).toList();
    }

    public static Predicate<Message> forThread(String threadId) {
        return message -> {
            try {
                JsonNode node = Json.MAPPER.readTree(message.body());
                return threadId.equals(node.path("thread_id").asText());
            } catch (IOException e) {
                return false;
            }
        };
    }

    @Override
    public void close() {
        service.close();
    }
}
