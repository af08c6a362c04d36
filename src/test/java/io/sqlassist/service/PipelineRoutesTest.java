package io.sqlassist.service;

import static org.assertj.core.api.Assertions.assertThat;

import io.sqlassist.generate.GenerationRequest;
import io.sqlassist.generate.offline.OfflineSqlGenerator;
import io.sqlassist.generate.offline.Synonyms;
import io.sqlassist.generate.offline.ValueIndex;
import io.sqlassist.testing.RecordingGenerator;
import io.sqlassist.testing.SendCounter;
import io.sqlassist.testing.TestStack;
import io.sqlassist.wire.ApprovalRequest;
import io.sqlassist.wire.DecisionAction;
import io.sqlassist.wire.Result;
import io.sqlassist.wire.ResultStatus;
import io.sqlassist.wire.Sha256;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import software.amazon.awssdk.services.sqs.model.Message;

/** The production routes, end to end over the embedded queues, warehouse and pending store. */
class PipelineRoutesTest {
    @TempDir
    static Path dataDir;
    static TestStack stack;
    static RecordingGenerator generator;
    static SendCounter executions;

    @BeforeAll
    static void start() throws Exception {
        generator = new RecordingGenerator(new OfflineSqlGenerator(ValueIndex.empty(), Synonyms.defaults()));
        stack = TestStack.start(TestStack.localProperties(dataDir), Map.of("sqlGenerator", generator));
        executions = SendCounter.on(stack.service.context(), "direct://execute-approved-sql");
    }

    @AfterAll
    static void stop() {
        stack.close();
    }

    @Test
    void approved_sql_runs_and_the_result_comes_back_with_rows_and_files() throws Exception {
        String thread = stack.ask("Show me 5 customers");

        ApprovalRequest request = stack.awaitRequest(thread);
        assertThat(request.attempt()).isEqualTo(1);
        assertThat(request.sql()).containsIgnoringCase("customers");
        assertThat(request.sqlSha256()).isEqualTo(Sha256.hex(request.sql()));
        assertThat(request.requestedBy()).isEqualTo("asker");
        assertThat(stack.pendingThreadIds()).contains(thread);

        stack.decide(request, DecisionAction.approve, null);
        Result result = stack.awaitResult(thread);

        assertThat(result.status()).isEqualTo(ResultStatus.succeeded);
        assertThat(result.rowCount()).isEqualTo(5);
        assertThat(result.rows()).hasSize(5);
        assertThat(result.columns()).contains("customer_id");
        assertThat(result.approver()).isEqualTo("reviewer");
        Path folder = Path.of(result.location());
        assertThat(Files.readAllLines(folder.resolve("result.csv"))).hasSize(6);
        assertThat(Files.readString(folder.resolve("metadata.json"))).contains("\"approver\" : \"reviewer\"")
                .contains(request.sqlSha256());
        assertThat(stack.pendingThreadIds()).doesNotContain(thread);
    }

    @Test
    void refine_asks_again_with_the_feedback_and_every_earlier_sql_and_the_new_sql_runs() {
        String question = "Show me 5 customers please";
        String thread = stack.ask(question);
        ApprovalRequest first = stack.awaitRequest(thread);

        stack.decide(first, DecisionAction.refine, "only 3");
        ApprovalRequest second = stack.awaitRequest(thread);

        assertThat(second.attempt()).isEqualTo(2);
        assertThat(second.sql()).isNotEqualTo(first.sql());
        GenerationRequest seen = generator.requestsFor(question).get(1);
        assertThat(seen.feedback()).isEqualTo("only 3");
        assertThat(seen.earlierAttempts()).singleElement()
                .satisfies(a -> assertThat(a.sql()).isEqualTo(first.sql()))
                .satisfies(a -> assertThat(a.feedback()).isEqualTo("only 3"));

        stack.decide(second, DecisionAction.approve, null);
        Result result = stack.awaitResult(thread);
        assertThat(result.status()).isEqualTo(ResultStatus.succeeded);
        assertThat(result.sql()).isEqualTo(second.sql());
        assertThat(result.rowCount()).isEqualTo(3);
    }

    @Test
    void reject_closes_the_thread_and_runs_nothing() throws Exception {
        String thread = stack.ask("Show me 5 customers");
        ApprovalRequest request = stack.awaitRequest(thread);
        int executionsBefore = executions.count();

        stack.decide(request, DecisionAction.reject, "wrong table");
        Result result = stack.awaitResult(thread);

        assertThat(result.status()).isEqualTo(ResultStatus.rejected);
        assertThat(result.message()).contains("wrong table");
        assertThat(result.location()).isNull();
        assertThat(executions.count()).isEqualTo(executionsBefore);
        assertThat(dataDir.resolve("results").resolve(thread)).doesNotExist();
        assertThat(stack.pendingThreadIds()).doesNotContain(thread);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "bad JSON | {\"question\": \"MARK unterminated | not a valid JSON Question",
        "no question | {\"requested_by\": \"MARK\"} | missing 'question'",
        "blank question | {\"question\": \"   \", \"requested_by\": \"MARK\"} | missing 'question'",
        "path in thread id | {\"question\": \"hi MARK\", \"thread_id\": \"../../etc\"} | thread_id must be",
        "future schema | {\"schema_version\": 9, \"question\": \"MARK\"} | unsupported schema_version 9",
        "max_rows below 1 | {\"question\": \"MARK\", \"max_rows\": 0} | max_rows must be between"})
    void malformed_questions_go_to_the_inbox_dead_letter_queue_with_the_reason(String name, String body, String reason) {
        String marked = body.replace("MARK", "mark-" + name.replace(' ', '-'));
        stack.queues.send(stack.names.inbox(), marked);

        Message dead = stack.awaitDeadLetter(stack.names.inboxDeadLetter(), "mark-" + name.replace(' ', '-'));

        assertThat(dead.body()).isEqualTo(marked);
        assertThat(dead.messageAttributes().get("error_reason").stringValue()).contains(reason);
    }

    @Test
    void a_question_over_4000_characters_goes_to_the_dead_letter_queue() {
        String marker = "long-" + System.nanoTime();
        String body = "{\"question\": \"" + marker + "x".repeat(4001) + "\"}";
        stack.queues.send(stack.names.inbox(), body);

        Message dead = stack.awaitDeadLetter(stack.names.inboxDeadLetter(), marker);

        assertThat(dead.messageAttributes().get("error_reason").stringValue()).contains("the limit is 4000");
    }

    @Test
    void a_refused_question_that_names_its_thread_is_answered_with_the_reason_so_nobody_waits_forever() {
        String thread = io.sqlassist.wire.ThreadIds.next();
        String body = "{\"thread_id\": \"" + thread + "\", \"question\": \"" + "y".repeat(4001) + "\"}";
        stack.queues.send(stack.names.inbox(), body);

        Result result = stack.awaitResult(thread);

        assertThat(result.status()).isEqualTo(ResultStatus.failed);
        assertThat(result.message()).contains("the question was refused").contains("the limit is 4000");
        assertThat(result.question()).hasSizeLessThan(600);
        assertThat(stack.awaitDeadLetter(stack.names.inboxDeadLetter(), thread).body()).isEqualTo(body);
    }

    @Test
    void a_decision_for_an_unknown_thread_goes_to_the_response_dead_letter_queue() {
        String unknown = "never-asked-" + System.nanoTime();
        stack.queues.send(stack.names.approvalResponse(),
                "{\"thread_id\": \"" + unknown + "\", \"action\": \"approve\", \"feedback\": null}");

        Message dead = stack.awaitDeadLetter(stack.names.approvalResponseDeadLetter(), unknown);

        assertThat(dead.messageAttributes().get("error_reason").stringValue()).contains("no pending thread " + unknown);
    }

    @Test
    void a_redelivered_question_opens_no_second_thread_resends_its_request_and_never_reopens_a_closed_one() throws Exception {
        String thread = "redelivered-" + System.nanoTime();
        String body = "{\"thread_id\": \"" + thread + "\", \"question\": \"Show me 2 customers\", \"requested_by\": \"asker\"}";
        var template = stack.service.context().createProducerTemplate();

        template.sendBodyAndHeader("direct:accept-question", body, "CamelAwsSqsMessageId", "sqs-message-" + thread);
        ApprovalRequest request = stack.awaitRequest(thread);
        template.sendBodyAndHeader("direct:accept-question", body, "CamelAwsSqsMessageId", "sqs-message-" + thread);

        // still pending: the same request is sent again (the crash may have come before it went out), nothing else
        assertThat(stack.awaitRequest(thread)).isEqualTo(request);
        assertThat(stack.auditOf(thread)).filteredOn(line -> line.startsWith("requested")).hasSize(1);
        stack.decide(request, DecisionAction.reject, null);
        stack.awaitResult(thread);

        // Delivered again after the thread closed, and unknown to any message-id record (a crash between holding
        // the thread and deleting its message leaves no such record).
        template.sendBodyAndHeader("direct:accept-question", body, "CamelAwsSqsMessageId", "another-" + thread);
        assertThat(stack.pendingThreadIds()).doesNotContain(thread);
        assertThat(stack.auditOf(thread)).filteredOn(line -> line.startsWith("requested")).hasSize(1);
        assertThat(stack.queues.await(stack.names.approvalRequest(), TestStack.forThread(thread),
                java.time.Duration.ofSeconds(1))).as("a second approval request").isEmpty();
    }

    @Test
    void a_decision_for_an_older_attempt_is_refused_and_the_thread_keeps_waiting_on_the_new_sql() throws Exception {
        String thread = stack.ask("Show me 5 customers");
        ApprovalRequest first = stack.awaitRequest(thread);
        stack.decide(first, DecisionAction.refine, "only 3");
        ApprovalRequest second = stack.awaitRequest(thread);
        int executionsBefore = executions.count();

        stack.decide(first, DecisionAction.approve, null);

        Message dead = stack.awaitDeadLetter(stack.names.approvalResponseDeadLetter(), thread);
        assertThat(dead.messageAttributes().get("error_reason").stringValue())
                .contains("now waits on attempt 2").contains(second.sqlSha256());
        assertThat(executions.count()).isEqualTo(executionsBefore);
        assertThat(stack.pendingThreadIds()).contains(thread);

        stack.decide(second, DecisionAction.approve, null);
        assertThat(stack.awaitResult(thread).sql()).isEqualTo(second.sql());
        assertThat(stack.auditOf(thread)).anySatisfy(line -> assertThat(line)
                .startsWith("approve reviewer refused: the decision is for SQL " + first.sqlSha256()));
    }

    @Test
    void a_decision_without_a_hash_is_refused_and_the_thread_stays_pending() throws Exception {
        String thread = stack.ask("Show me 5 customers");
        stack.awaitRequest(thread);

        stack.queues.send(stack.names.approvalResponse(),
                "{\"thread_id\": \"" + thread + "\", \"action\": \"approve\", \"feedback\": null}");

        Message dead = stack.awaitDeadLetter(stack.names.approvalResponseDeadLetter(), thread);
        assertThat(dead.messageAttributes().get("error_reason").stringValue()).contains("names no sql_sha256");
        assertThat(stack.pendingThreadIds()).contains(thread);
    }

    @Test
    void a_decision_delivered_again_after_its_thread_closed_is_acknowledged_not_refused() throws Exception {
        String thread = stack.ask("Show me 4 customers");
        ApprovalRequest request = stack.awaitRequest(thread);
        stack.decide(request, DecisionAction.approve, null);
        assertThat(stack.awaitResult(thread).status()).isEqualTo(ResultStatus.succeeded);
        int executionsBefore = executions.count();

        stack.decide(request, DecisionAction.approve, null);              // the redelivery
        stack.decide(request, DecisionAction.approve, null, "mallory");   // not the same decision

        assertThat(stack.awaitDeadLetter(stack.names.approvalResponseDeadLetter(), thread).body()).contains("mallory");
        assertThat(stack.auditOf(thread)).filteredOn(line -> line.startsWith("approve "))
                .containsExactly("approve reviewer accepted", "approve mallory refused: no pending thread " + thread
                        + ": it was never asked, was already decided, or has closed");
        assertThat(executions.count()).isEqualTo(executionsBefore);
    }

    @Test
    void a_malformed_decision_goes_to_the_response_dead_letter_queue_with_the_reason() {
        String marker = "refine-without-feedback-" + System.nanoTime();
        stack.queues.send(stack.names.approvalResponse(), "{\"thread_id\": \"" + marker + "\", \"action\": \"refine\"}");

        Message dead = stack.awaitDeadLetter(stack.names.approvalResponseDeadLetter(), marker);

        assertThat(dead.messageAttributes().get("error_reason").stringValue()).contains("needs 'feedback'");
    }

    @Test
    void a_result_message_says_it_is_a_result_and_carries_none_of_the_decisions_headers() throws Exception {
        String thread = stack.ask("Show me 3 customers");
        stack.decide(stack.awaitRequest(thread), DecisionAction.approve, null);

        var message = stack.queues.await(stack.names.results(), TestStack.forThread(thread), TestStack.WAIT)
                .orElseThrow();
        assertThat(message.messageAttributes()).containsOnlyKeys("message_kind", "thread_id", "Content-Type");
        assertThat(message.messageAttributes().get("message_kind").stringValue()).isEqualTo("result");
        assertThat(message.messageAttributes().get("thread_id").stringValue()).isEqualTo(thread);
    }

    @Test
    void the_same_decision_delivered_twice_runs_the_query_once() throws Exception {
        String thread = stack.ask("Show me 2 customers");
        ApprovalRequest request = stack.awaitRequest(thread);
        int executionsBefore = executions.count();

        stack.decide(request, DecisionAction.approve, null);
        stack.decide(request, DecisionAction.approve, null);

        assertThat(stack.awaitResult(thread).status()).isEqualTo(ResultStatus.succeeded);
        assertThat(executions.count()).isEqualTo(executionsBefore + 1);
        // Two consumers may take the two copies at once: then the second is refused as no longer pending; taken
        // after the first was accepted it is acknowledged as a redelivery. Exactly one is accepted either way.
        assertThat(stack.auditOf(thread)).filteredOn(line -> line.startsWith("approve reviewer"))
                .contains("approve reviewer accepted").hasSizeBetween(1, 2)
                .allMatch(line -> line.equals("approve reviewer accepted") || line.equals("approve reviewer refused:"
                        + " no pending thread " + thread + ": it was never asked, was already decided, or has closed"))
                .filteredOn(line -> line.endsWith("accepted")).hasSize(1);
        assertThat(stack.queues.await(stack.names.results(), TestStack.forThread(thread), java.time.Duration.ofSeconds(1)))
                .isEmpty();
    }

}
