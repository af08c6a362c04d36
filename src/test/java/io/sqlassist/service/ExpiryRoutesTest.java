package io.sqlassist.service;

import static org.assertj.core.api.Assertions.assertThat;

import io.sqlassist.testing.TestStack;
import io.sqlassist.wire.ApprovalRequest;
import io.sqlassist.wire.DecisionAction;
import io.sqlassist.wire.Result;
import io.sqlassist.wire.ResultStatus;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A thread nobody decides on expires: the requester is told, and a late decision runs nothing. */
class ExpiryRoutesTest {
    @TempDir
    static Path dataDir;
    static TestStack stack;

    @BeforeAll
    static void start() throws Exception {
        Map<String, String> properties = new HashMap<>(TestStack.localProperties(dataDir));
        properties.put("sqlassist.approval.expiry-ms", "1500");
        stack = TestStack.start(properties, Map.of());
    }

    @AfterAll
    static void stop() {
        stack.close();
    }

    @Test
    void an_undecided_thread_expires_with_a_result_and_a_late_approval_is_refused() throws Exception {
        String thread = stack.ask("Show me 5 customers");
        ApprovalRequest request = stack.awaitRequest(thread);

        Result expired = stack.awaitResult(thread);

        assertThat(expired.status()).isEqualTo(ResultStatus.expired);
        assertThat(expired.message()).contains("nobody decided");
        assertThat(stack.pendingThreadIds()).doesNotContain(thread);

        stack.decide(request, DecisionAction.approve, null);
        assertThat(stack.awaitDeadLetter(stack.names.approvalResponseDeadLetter(), thread).messageAttributes()
                .get("error_reason").stringValue()).contains("no pending thread " + thread);
        assertThat(dataDir.resolve("results").resolve(thread)).doesNotExist();
        assertThat(stack.auditOf(thread)).first().asString().startsWith("requested");
        assertThat(stack.auditOf(thread)).anySatisfy(line -> assertThat(line).startsWith("expired sqlassist nobody decided"))
                .anySatisfy(line -> assertThat(line).startsWith("approve reviewer refused: no pending thread"));
    }
}
