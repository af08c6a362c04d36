package io.sqlassist.service;

import static org.assertj.core.api.Assertions.assertThat;

import io.sqlassist.testing.TestStack;
import io.sqlassist.wire.ApprovalRequest;
import io.sqlassist.wire.DecisionAction;
import io.sqlassist.wire.Result;
import io.sqlassist.wire.ResultStatus;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Processing after approval that keeps failing is retried a bounded number of times, then the thread is closed. */
class AbandonedThreadRoutesTest {
    @TempDir
    static Path dataDir;
    static TestStack stack;

    @BeforeAll
    static void start() throws Exception {
        Map<String, String> properties = new HashMap<>(TestStack.localProperties(dataDir));
        properties.put("sqlassist.pending.recovery-interval-ms", "200");
        properties.put("sqlassist.pending.recovery-lease-ms", "300");
        properties.put("sqlassist.pending.max-recoveries", "2");
        // A results "folder" that is a file: every run fails to keep its result.
        Path notAFolder = Files.writeString(dataDir.resolve("results-is-a-file"), "");
        properties.put("sqlassist.results.dir", notAFolder.toString());
        stack = TestStack.start(properties, Map.of());
    }

    @AfterAll
    static void stop() {
        stack.close();
    }

    @Test
    void a_thread_that_cannot_be_completed_is_retried_then_closed_with_a_failed_result() throws Exception {
        String thread = stack.ask("Show me 5 customers");
        ApprovalRequest request = stack.awaitRequest(thread);

        stack.decide(request, DecisionAction.approve, null);
        Result result = stack.awaitResult(thread);

        assertThat(result.status()).isEqualTo(ResultStatus.failed);
        assertThat(result.message()).contains("could not be completed after repeated attempts");
        // Counted from the engine's side of the audit: one "executing" entry per run.
        assertThat(stack.auditOf(thread)).filteredOn(entry -> entry.startsWith("executing")).hasSize(3);
        assertThat(stack.pendingThreadIds()).doesNotContain(thread);
    }
}
