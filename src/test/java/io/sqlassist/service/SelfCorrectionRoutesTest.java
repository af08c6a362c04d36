package io.sqlassist.service;

import static org.assertj.core.api.Assertions.assertThat;

import io.sqlassist.testing.ScriptedGenerator;
import io.sqlassist.testing.TestStack;
import io.sqlassist.wire.ApprovalRequest;
import io.sqlassist.wire.DecisionAction;
import io.sqlassist.wire.Result;
import io.sqlassist.wire.ResultStatus;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The reviewer only ever sees SQL that passed validation: a bad first answer is corrected before anyone is asked. */
class SelfCorrectionRoutesTest {
    @TempDir
    static Path dataDir;
    static TestStack stack;
    static ScriptedGenerator generator = new ScriptedGenerator(
            "SELECT first_name FROM customers; DROP TABLE customers",
            "SELECT first_name, country FROM customers WHERE country = 'Japan'");

    @BeforeAll
    static void start() throws Exception {
        stack = TestStack.start(TestStack.localProperties(dataDir), Map.of("sqlGenerator", generator));
    }

    @AfterAll
    static void stop() {
        stack.close();
    }

    @Test
    void a_harmful_first_answer_is_handed_back_and_only_the_corrected_limited_sql_is_reviewed_and_run() {
        String thread = stack.ask("names of customers in Japan");

        ApprovalRequest request = stack.awaitRequest(thread);

        assertThat(request.sql()).startsWith("SELECT first_name, country FROM customers WHERE country = 'Japan'")
                .contains("LIMIT 1000").doesNotContainIgnoringCase("DROP");
        assertThat(request.validation().status()).isEqualTo("passed");
        assertThat(request.validation().generationAttempts()).isEqualTo(2);
        assertThat(generator.requests.get(1).validationError()).contains("DROP TABLE customers")
                .contains("exactly one statement");

        stack.decide(request, DecisionAction.approve, null);
        Result result = stack.awaitResult(thread);
        assertThat(result.status()).isEqualTo(ResultStatus.succeeded);
        assertThat(result.sql()).isEqualTo(request.sql());
        assertThat(result.rows()).isNotEmpty().allSatisfy(row -> assertThat(row.get(1)).isEqualTo("Japan"));
    }
}
