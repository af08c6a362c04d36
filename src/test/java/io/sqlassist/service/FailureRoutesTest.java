package io.sqlassist.service;

import static org.assertj.core.api.Assertions.assertThat;

import io.sqlassist.generate.GeneratedSql;
import io.sqlassist.generate.GenerationException;
import io.sqlassist.generate.GenerationRequest;
import io.sqlassist.generate.SqlGenerator;
import io.sqlassist.testing.TestStack;
import io.sqlassist.wire.ApprovalRequest;
import io.sqlassist.wire.Confidence;
import io.sqlassist.wire.DecisionAction;
import io.sqlassist.wire.Result;
import io.sqlassist.wire.ResultStatus;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** When the generator or the engine fails, the requester is told and the thread closes cleanly. */
class FailureRoutesTest {
    @TempDir
    static Path dataDir;
    static TestStack stack;
    static final AtomicInteger calls = new AtomicInteger();

    /** Throttled on questions that say "throttled" (always) or "flaky" (twice); otherwise SQL that fails at run time. */
    static final SqlGenerator generator = new SqlGenerator() {
        private final Map<String, AtomicInteger> flaky = new java.util.concurrent.ConcurrentHashMap<>();

        @Override
        public GeneratedSql generate(GenerationRequest request) {
            calls.incrementAndGet();
            if (request.question().contains("throttled")) {
                throw new GenerationException("ThrottlingException: Too many requests");
            }
            if (request.question().contains("flaky")
                    && flaky.computeIfAbsent(request.question(), q -> new AtomicInteger()).incrementAndGet() <= 2) {
                throw new GenerationException("503 Service Unavailable");
            }
            return GeneratedSql.of("SELECT CAST(first_name AS INTEGER) AS n FROM customers", "casts names", Confidence.low,
                    List.of("customers"));
        }

        @Override
        public String name() {
            return "failing";
        }
    };

    @BeforeAll
    static void start() throws Exception {
        Map<String, String> properties = new HashMap<>(TestStack.localProperties(dataDir));
        properties.put("sqlassist.generation.retry-delay-ms", "20");
        stack = TestStack.start(properties, Map.of("sqlGenerator", generator));
    }

    @AfterAll
    static void stop() {
        stack.close();
    }

    @Test
    void a_generator_that_keeps_failing_is_retried_then_the_requester_gets_a_failed_result() throws Exception {
        int before = calls.get();
        String thread = stack.ask("how many throttled customers");

        Result result = stack.awaitResult(thread);

        assertThat(result.status()).isEqualTo(ResultStatus.failed);
        assertThat(result.message()).contains("no SQL could be generated").contains("ThrottlingException");
        assertThat(calls.get() - before).isEqualTo(4);
        assertThat(stack.pendingThreadIds()).doesNotContain(thread);
        assertThat(stack.auditOf(thread)).singleElement().asString().startsWith("failed sqlassist no SQL could be generated");
    }

    @Test
    void a_generator_that_recovers_within_the_retries_gets_the_question_to_review() {
        String thread = stack.ask("flaky customers");

        ApprovalRequest request = stack.awaitRequest(thread);

        assertThat(request.sql()).contains("CAST(first_name AS INTEGER)");
        stack.decide(request, DecisionAction.reject, null);
        stack.awaitResult(thread);
    }

    @Test
    void a_query_that_fails_in_the_engine_closes_the_thread_with_the_engine_error() throws Exception {
        String thread = stack.ask("customer numbers");
        ApprovalRequest request = stack.awaitRequest(thread);

        stack.decide(request, DecisionAction.approve, null);
        Result result = stack.awaitResult(thread);

        assertThat(result.status()).isEqualTo(ResultStatus.failed);
        assertThat(result.message()).startsWith("the query failed:").containsIgnoringCase("convert");
        assertThat(stack.pendingThreadIds()).doesNotContain(thread);
        assertThat(stack.auditOf(thread)).last().asString().startsWith("failed reviewer the query failed");
    }
}
