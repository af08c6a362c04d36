package io.sqlassist.service;

import static org.assertj.core.api.Assertions.assertThat;

import io.sqlassist.generate.GeneratedSql;
import io.sqlassist.generate.GenerationRequest;
import io.sqlassist.generate.SqlGenerator;
import io.sqlassist.testing.TestStack;
import io.sqlassist.wire.ApprovalRequest;
import io.sqlassist.wire.Confidence;
import io.sqlassist.wire.DecisionAction;
import io.sqlassist.wire.Result;
import io.sqlassist.wire.ResultStatus;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A running service meets SQL written to take it down — statements that overflowed DuckDB's native stack (the JVM
 * died with SIGSEGV), that fold to gigabytes while DuckDB plans them, or that run without end — and keeps
 * answering: each is refused before any reviewer sees it, and the next question is answered as usual.
 */
class HostileSqlRoutesTest {
    @TempDir
    static Path dataDir;
    static TestStack stack;

    /** Writes the question as its SQL, as a compromised or prompt-injected LLM would. */
    static final SqlGenerator ECHO = new SqlGenerator() {
        @Override
        public GeneratedSql generate(GenerationRequest request) {
            return GeneratedSql.of(request.question(), "echo", Confidence.high, List.of());
        }

        @Override
        public String name() {
            return "echo";
        }
    };

    @BeforeAll
    static void start() throws Exception {
        Map<String, String> properties = new java.util.HashMap<>(TestStack.localProperties(dataDir));
        properties.put("sqlassist.question.max-length", "100000"); // the questions here are the SQL itself
        stack = TestStack.start(properties, Map.of("sqlGenerator", ECHO));
    }

    @AfterAll
    static void stop() {
        stack.close();
    }

    @Test
    void statements_built_to_crash_or_exhaust_the_engine_are_refused_and_the_service_keeps_answering() {
        List<String> hostile = List.of(
                "SELECT " + "NOT ".repeat(900) + "true",
                "SELECT " + "NOT ".repeat(999) + "true FROM customers",
                "SELECT length(repeat('x', 100000000000))",
                "SELECT len(range(1000000000000))",
                "SELECT lpad('', 2000000000, 'x')",
                "SELECT printf('%2000000000d', 1)",
                "WITH RECURSIVE t(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM t) SELECT count(*) FROM t",
                "SELECT count(*) FROM orders a, orders b, orders c",
                IntStream.range(0, 2000).mapToObj(i -> "SELECT " + i).collect(Collectors.joining(" UNION ALL ")),
                "SELECT " + "(".repeat(5000) + "1" + ")".repeat(5000),
                "SELECT 1 /* /* */ ; SET GLOBAL threads = 1; */");
        for (String sql : hostile) {
            String thread = stack.ask(sql);
            ApprovalRequest request = stack.awaitRequest(thread);
            assertThat(request.sql()).as(sql.substring(0, Math.min(80, sql.length()))).isNull();
            assertThat(request.validation().status()).isEqualTo("failed");
        }

        String thread = stack.ask("SELECT count(*) AS customers FROM customers");
        ApprovalRequest request = stack.awaitRequest(thread);
        stack.decide(request, DecisionAction.approve, null);
        Result result = stack.awaitResult(thread);
        assertThat(result.status()).isEqualTo(ResultStatus.succeeded);
        assertThat(result.rows()).singleElement().satisfies(row -> assertThat(((Number) row.get(0)).longValue())
                .isPositive());
    }
    @Test
    void a_result_with_huge_cells_reaches_the_requester_under_the_sqs_message_size_with_the_full_result_kept() throws Exception {
        // About 60 KB per row: the preview as it comes from the engine would be several MB, over SQS's 256 KiB.
        String thread = stack.ask("SELECT product_id, repeat(name, 3000) AS long_text FROM products ORDER BY product_id");
        ApprovalRequest request = stack.awaitRequest(thread);
        assertThat(request.validation().status()).as(request.validation().toString()).isEqualTo("passed");
        stack.decide(request, DecisionAction.approve, null);

        software.amazon.awssdk.services.sqs.model.Message message = stack.queues.await(stack.names.results(),
                TestStack.forThread(thread), TestStack.WAIT).orElseThrow(() -> new AssertionError("no Result"));
        assertThat(message.body().getBytes(java.nio.charset.StandardCharsets.UTF_8).length)
                .isLessThanOrEqualTo(io.sqlassist.execute.ResultSizeCap.MAX_BYTES);
        Result result = io.sqlassist.wire.Json.read(message.body(), Result.class);
        assertThat(result.status()).isEqualTo(ResultStatus.succeeded);
        assertThat(result.message()).contains("preview was cut").contains(result.location());
        assertThat(result.rows()).isNotEmpty();

        // The full result, every cell whole, is where the message says.
        Path csv = Path.of(result.location()).resolve("result.csv");
        List<String> lines = java.nio.file.Files.readAllLines(csv);
        assertThat(lines).hasSize((int) result.rowCount() + 1);
        assertThat(lines.get(1).length()).isGreaterThan(30_000);
    }
}
