package io.sqlassist.service;

import static org.assertj.core.api.Assertions.assertThat;

import io.sqlassist.testing.TestStack;
import io.sqlassist.wire.ApprovalRequest;
import io.sqlassist.wire.DecisionAction;
import io.sqlassist.wire.ResultStatus;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Only the right people approve, not their own questions, and refinement has an end. */
class ApprovalPolicyRoutesTest {
    @TempDir
    static Path dataDir;
    static TestStack stack;

    @BeforeAll
    static void start() throws Exception {
        Map<String, String> properties = new HashMap<>(TestStack.localProperties(dataDir));
        properties.put("sqlassist.approval.approvers", "group:analysts, asker");
        properties.put("sqlassist.approval.group.analysts", "reviewer, Carol");
        properties.put("sqlassist.approval.max-refinements", "1");
        stack = TestStack.start(properties, Map.of());
    }

    @AfterAll
    static void stop() {
        stack.close();
    }

    @Test
    void an_approver_not_on_the_list_is_refused_and_one_in_a_listed_group_is_accepted() throws Exception {
        String thread = stack.ask("Show me 5 customers");
        ApprovalRequest request = stack.awaitRequest(thread);

        stack.decide(request, DecisionAction.approve, null, "mallory");
        assertThat(reason(thread)).contains("mallory is not on the approver list");
        assertThat(stack.pendingThreadIds()).contains(thread);

        stack.decide(request, DecisionAction.approve, null, "carol");
        assertThat(stack.awaitResult(thread).status()).isEqualTo(ResultStatus.succeeded);
        assertThat(stack.auditOf(thread)).satisfiesExactly(
                line -> assertThat(line).isEqualTo("requested asker awaiting decision"),
                line -> assertThat(line).startsWith("approve mallory refused: mallory is not on the approver list"),
                line -> assertThat(line).isEqualTo("approve carol accepted"),
                line -> assertThat(line).isEqualTo("executing carol execution begins"),
                line -> assertThat(line).startsWith("succeeded carol 5 rows at "));
    }

    @Test
    void the_requester_may_not_approve_their_own_question_but_may_reject_it() throws Exception {
        String thread = stack.ask("Show me 5 customers");
        ApprovalRequest request = stack.awaitRequest(thread);

        stack.decide(request, DecisionAction.approve, null, "Asker");
        assertThat(reason(thread)).contains("four-eyes");
        assertThat(stack.pendingThreadIds()).contains(thread);

        stack.decide(request, DecisionAction.reject, "never mind", "asker");
        assertThat(stack.awaitResult(thread).status()).isEqualTo(ResultStatus.rejected);
        assertThat(stack.auditOf(thread)).containsSubsequence("requested asker awaiting decision",
                "reject asker accepted", "rejected asker rejected by the reviewer: never mind");
        assertThat(stack.auditOf(thread)).anySatisfy(line -> assertThat(line).startsWith("approve Asker refused:"));
    }

    @Test
    void a_refinement_beyond_the_limit_is_refused_and_the_last_attempt_can_still_be_approved() throws Exception {
        String thread = stack.ask("Show me 5 customers");
        ApprovalRequest first = stack.awaitRequest(thread);
        stack.decide(first, DecisionAction.refine, "only 3");
        ApprovalRequest second = stack.awaitRequest(thread);

        stack.decide(second, DecisionAction.refine, "only 2");
        assertThat(reason(thread)).contains("has had 1 refinements, the most allowed");
        assertThat(stack.pendingThreadIds()).contains(thread);

        stack.decide(second, DecisionAction.approve, null);
        assertThat(stack.awaitResult(thread).rowCount()).isEqualTo(3);
        assertThat(stack.auditOf(thread)).hasSize(7).containsSubsequence("requested asker awaiting decision",
                "refine reviewer accepted", "requested asker awaiting decision", "approve reviewer accepted",
                "executing reviewer execution begins");
    }

    private static String reason(String thread) {
        return stack.awaitDeadLetter(stack.names.approvalResponseDeadLetter(), thread).messageAttributes()
                .get("error_reason").stringValue();
    }

}
