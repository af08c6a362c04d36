package io.sqlassist.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.sqlassist.sqs.EmbeddedSqs;
import io.sqlassist.testing.TestStack;
import io.sqlassist.wire.ApprovalRequest;
import io.sqlassist.wire.Result;
import io.sqlassist.wire.ResultStatus;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The reviewer's and requester's commands against a running service (what `serve` is). */
class ApprovalsCommandTest {
    @TempDir
    static Path dataDir;
    static TestStack stack;
    static CliRunner cli;

    @BeforeAll
    static void start() throws Exception {
        Map<String, String> properties = TestStack.localProperties(dataDir);
        stack = TestStack.start(properties, Map.of());
        Map<String, String> client = new HashMap<>(properties);
        client.put("sqlassist.sqs.endpoint", stack.service.bean("embeddedSqs", EmbeddedSqs.class).endpoint());
        cli = new CliRunner(client);
    }

    @AfterAll
    static void stop() {
        stack.close();
    }

    @Test
    void list_shows_what_is_pending_and_approve_by_id_prefix_runs_it() {
        String thread = stack.ask("Show me 5 customers");
        ApprovalRequest request = stack.awaitRequest(thread);

        CliRunner.Run list = cli.run("approvals", "list");
        assertThat(list.out()).contains(thread).contains("Show me 5 customers").contains("asker").contains("passed");

        CliRunner.Run show = cli.run("approvals", "show", thread);
        assertThat(show.out()).contains(request.sql().lines().findFirst().orElseThrow()).contains(request.sqlSha256());

        CliRunner.Run approve = cli.run("approvals", "approve", thread.substring(0, 13), "--as", "carol");
        assertThat(approve.exitCode()).as(approve.err()).isZero();
        assertThat(approve.out()).contains("Sent approve").contains(request.sqlSha256()).contains("carol")
                .contains("Accepted.");

        Result result = stack.awaitResult(thread);
        assertThat(result.status()).isEqualTo(ResultStatus.succeeded);
        assertThat(result.approver()).isEqualTo("carol");
        assertThat(cli.run("approvals", "list").out()).doesNotContain(thread);
        assertThat(cli.run("approvals", "list", "--json").out()).doesNotContain(thread);

        CliRunner.Run audit = cli.run("audit", "--thread", thread);
        assertThat(audit.out()).contains("requested").contains("approve").contains("carol").contains("succeeded")
                .contains(request.sqlSha256().substring(0, 12));
        assertThat(cli.run("audit", "--thread", thread.substring(0, 13)).out()).as("a prefix, as approvals take")
                .contains(thread).contains("carol").contains("succeeded");
        assertThat(cli.run("audit", "--thread", thread.substring(0, 13) + "%").out()).contains("No audit entries.");
        assertThat(cli.run("audit", "--since", "1h", "--json").out()).contains("\"thread_id\" : \"" + thread + "\"");
        assertThat(cli.run("audit", "--since", "2999-01-01").out()).contains("No audit entries.");
        assertThat(cli.run("audit", "--since", "yesterday").exitCode()).isEqualTo(2);
    }

    @Test
    void an_existing_approval_file_without_a_hash_is_accepted_and_the_hash_added() throws Exception {
        String thread = stack.ask("Show me 2 customers");
        ApprovalRequest request = stack.awaitRequest(thread);
        Path file = dataDir.resolve("approval.json");
        Files.writeString(file, "{\"thread_id\": \"" + thread + "\", \"action\": \"reject\", \"feedback\": \"not needed\"}");

        CliRunner.Run decide = cli.run("approvals", "decide", "--file", file.toString(), "--as", "dave");

        assertThat(decide.exitCode()).as(decide.err()).isZero();
        assertThat(decide.out()).contains(request.sqlSha256());
        Result result = stack.awaitResult(thread);
        assertThat(result.status()).isEqualTo(ResultStatus.rejected);
        assertThat(result.message()).contains("not needed");
    }

    @Test
    void the_approver_is_told_at_once_when_a_decision_is_refused() throws Exception {
        String thread = stack.ask("Show me 2 customers");
        stack.awaitRequest(thread);

        CliRunner.Run selfApproval = cli.run("approvals", "approve", thread, "--as", "asker");

        assertThat(selfApproval.exitCode()).isEqualTo(1);
        assertThat(selfApproval.out()).contains("Refused: asker asked this question and may not approve it")
                .contains("You decided as asker").contains("--as THEIR_NAME");
        assertThat(stack.pendingThreadIds()).contains(thread);
        assertThat(cli.run("approvals", "reject", thread, "--as", "asker").out()).contains("Accepted.");
        stack.awaitResult(thread);
    }

    @Test
    void show_prints_every_attempt_and_a_diff_between_the_last_two() {
        String thread = stack.ask("Show me 5 customers");
        ApprovalRequest first = stack.awaitRequest(thread);
        stack.decide(first, io.sqlassist.wire.DecisionAction.refine, "only 3");
        ApprovalRequest second = stack.awaitRequest(thread);

        CliRunner.Run show = cli.run("approvals", "show", thread);

        assertThat(show.out()).contains("attempt 2").contains("Earlier attempt 1").contains("Feedback: only 3")
                .contains("Changes from attempt 1 to attempt 2").contains("--- attempt 1").contains("+++ attempt 2");
        String changed = show.out().substring(show.out().indexOf("+++ attempt 2"));
        assertThat(changed.lines().filter(l -> l.startsWith("-")).toList()).isNotEmpty()
                .allSatisfy(l -> assertThat(first.sql()).contains(l.substring(1)));
        assertThat(changed.lines().filter(l -> l.startsWith("+") && !l.startsWith("+++")).toList()).isNotEmpty()
                .allSatisfy(l -> assertThat(second.sql()).contains(l.substring(1)));
        stack.decide(second, io.sqlassist.wire.DecisionAction.reject, null);
        stack.awaitResult(thread);
    }

    @Test
    void refine_needs_feedback_and_an_unknown_thread_is_an_error() {
        assertThat(cli.run("approvals", "refine", "whatever").exitCode()).isEqualTo(2);
        CliRunner.Run unknown = cli.run("approvals", "approve", "no-such-thread");
        assertThat(unknown.exitCode()).isEqualTo(1);
        assertThat(unknown.err()).contains("no pending thread no-such-thread");
    }

    @Test
    void ask_with_wait_prints_the_result_once_a_reviewer_approves() throws Exception {
        CompletableFuture<CliRunner.Run> ask = CompletableFuture.supplyAsync(
                () -> cli.run("ask", "--wait", "--timeout", "60", "--as", "erin", "Show me 3 customers"));

        ApprovalRequest request = stack.queues.await(stack.names.approvalRequest(),
                m -> m.body().contains("Show me 3 customers") && m.body().contains("erin"), TestStack.WAIT)
                .map(m -> io.sqlassist.wire.Json.read(m.body(), ApprovalRequest.class)).orElseThrow();
        stack.decide(request, io.sqlassist.wire.DecisionAction.approve, null);

        CliRunner.Run run = ask.get();
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("Asked as thread " + request.threadId()).contains("3 rows").contains("| customer_id");
    }

    @Test
    void three_requesters_waiting_at_once_each_get_their_own_result() throws Exception {
        // Each waiting `ask` receives the others' Results too, and must leave them for their owners.
        List<String> people = List.of("fay", "gus", "hal");
        Map<String, CompletableFuture<CliRunner.Run>> asks = new HashMap<>();
        for (int i = 0; i < people.size(); i++) {
            String question = "Show me " + (i + 6) + " customers";
            String person = people.get(i);
            asks.put(person, CompletableFuture.supplyAsync(
                    () -> cli.run("ask", "--wait", "--timeout", "90", "--as", person, question)));
        }
        for (String person : people) {
            ApprovalRequest request = stack.queues.await(stack.names.approvalRequest(),
                    m -> m.body().contains("\"requested_by\" : \"" + person + "\"")
                            || m.body().contains("\"requested_by\":\"" + person + "\""), TestStack.WAIT)
                    .map(m -> io.sqlassist.wire.Json.read(m.body(), ApprovalRequest.class)).orElseThrow();
            stack.decide(request, io.sqlassist.wire.DecisionAction.approve, null);
        }

        List<String> threads = new java.util.ArrayList<>();
        for (int i = 0; i < people.size(); i++) {
            CliRunner.Run run = asks.get(people.get(i)).get();
            assertThat(run.exitCode()).as(run.out() + run.err()).isZero();
            assertThat(run.out()).contains((i + 6) + " rows");
            threads.add(run.out().replaceAll("(?s).*Asked as thread ([0-9a-f-]+).*", "$1"));
        }
        // No decision of theirs was refused, and each took its own Result and only its own off the queue.
        assertThat(stack.queues.await(stack.names.approvalResponseDeadLetter(),
                m -> threads.stream().anyMatch(m.body()::contains), java.time.Duration.ofSeconds(2))).isEmpty();
        assertThat(stack.queues.await(stack.names.results(),
                m -> threads.stream().anyMatch(m.body()::contains), java.time.Duration.ofSeconds(2))).isEmpty();
    }

    @Test
    void ask_refuses_what_the_service_would_refuse_before_sending_anything() {
        String marker = "toolong" + System.nanoTime();
        CliRunner.Run tooLong = cli.run("ask", "--as", "erin", marker + "z".repeat(4001));
        CliRunner.Run blank = cli.run("ask", "--as", "erin", "   ");

        assertThat(tooLong.exitCode()).isEqualTo(2);
        assertThat(tooLong.out()).contains("Not asked:").contains("the limit is 4000");
        assertThat(blank.exitCode()).isEqualTo(2);
        assertThat(blank.out()).contains("Not asked:");
        assertThat(stack.queues.await(stack.names.inboxDeadLetter(), m -> m.body().contains(marker),
                java.time.Duration.ofSeconds(2))).isEmpty();
    }
}
