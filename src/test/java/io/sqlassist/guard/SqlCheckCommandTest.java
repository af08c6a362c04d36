package io.sqlassist.guard;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.sqlassist.testing.Engines;
import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code sqlassist sql check} on one statement and on a batch, against a real (throw-away) DuckDB file. */
class SqlCheckCommandTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    @TempDir
    static Path dir;
    static String warehouseUrl;

    private final StringWriter output = new StringWriter();
    private String stdin = "";
    private SqlEngine configuredEngine = SqlEngine.DUCKDB;

    @BeforeAll
    static void warehouse() throws Exception {
        Path file = dir.resolve("shop.duckdb");
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + file); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE orders (order_id BIGINT, customer_id BIGINT, amount DECIMAL(10, 2))");
            s.execute("CREATE TABLE customers (customer_id BIGINT, name VARCHAR, ssn VARCHAR)");
            s.execute("INSERT INTO orders VALUES (1, 1, 10.5)");
        }
        warehouseUrl = "jdbc:duckdb:" + file;
    }

    private int run(String... args) {
        SqlCheckCommand command = new SqlCheckCommand(new PrintWriter(output), () -> new SqlCheckSettings(
                new CatalogPolicy(Set.of(), Set.of(), Set.of("customers.ssn")), configuredEngine, Engines.LIMITS,
                Engines.DRY_RUN, 1000), new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)));
        return SqlCheckCommand.commandLine(command).execute(args);
    }

    private List<JsonNode> jsonLines() throws Exception {
        List<JsonNode> lines = new ArrayList<>();
        for (String line : output.toString().split("\n")) {
            lines.add(JSON.readTree(line));
        }
        return lines;
    }

    @Test
    void allowedQueryShowsTheSqlAsItWouldRun() {
        assertThat(run("--sql", "SELECT * FROM orders;", "--max-rows", "50")).isZero();
        assertThat(output.toString()).isEqualToNormalizingNewlines("""
                allowed
                - LIMIT 50 appended
                SQL as it would run:
                SELECT * FROM orders LIMIT 50
                """);
    }

    @Test
    void allowedStatementThatNeedsNoChangePrintsOnlyTheVerdict() {
        assertThat(run("--sql", "SHOW TABLES")).isZero();
        assertThat(output.toString()).isEqualToNormalizingNewlines("allowed\n");
    }

    @Test
    void refusedStatementPrintsTheStageAndEveryReason() {
        assertThat(run("--sql", "SELECT 1; DROP TABLE orders")).isEqualTo(3);
        assertThat(output.toString()).isEqualToNormalizingNewlines("""
                refused (guard)
                - exactly one statement is allowed, found 2: SELECT, DROP TABLE
                """);
    }

    @Test
    void readsAFile() throws Exception {
        Path file = dir.resolve("q.sql");
        Files.writeString(file, "DELETE FROM orders\n");
        assertThat(run("--file", file.toString())).isEqualTo(3);
        assertThat(output.toString()).startsWith("refused (guard)\n- DELETE is not allowed");
    }

    @Test
    void readsStandardInput() {
        stdin = "SELECT order_id FROM orders LIMIT 5";
        assertThat(run("--file", "-")).isZero();
        assertThat(output.toString()).isEqualToNormalizingNewlines("allowed\n");
    }

    @Test
    void withJdbcUrlChecksTheCatalogAndDryRunsThere() {
        assertThat(run("--sql", "SELECT name FROM customers", "--jdbc-url", warehouseUrl, "--max-rows", "10")).isZero();
        assertThat(output.toString()).contains("SELECT name FROM customers LIMIT 10");

        output.getBuffer().setLength(0);
        assertThat(run("--sql", "SELECT ssn, nope FROM customers", "--jdbc-url", warehouseUrl)).isEqualTo(3);
        assertThat(output.toString()).isEqualToNormalizingNewlines("""
                refused (catalog)
                - column customers.ssn is restricted
                - unknown column nope: table customers has no such column
                """);
    }

    @Test
    void dryRunErrorsAreShownInTheEnginesWords() {
        // an Athena function DuckDB lacks passes the guard and is refused by the engine itself
        assertThat(run("--sql", "SELECT approx_percentile(amount, 0.5) FROM orders", "--jdbc-url", warehouseUrl))
                .isEqualTo(3);
        assertThat(output.toString()).startsWith("refused (dry-run)").contains("approx_percentile");
    }

    @Test
    void theEngineOptionChoosesWhoseReadingCounts() {
        // DuckDB has no SHOW CREATE; Athena has
        assertThat(run("--sql", "SHOW CREATE TABLE orders")).isEqualTo(3);
        output.getBuffer().setLength(0);
        assertThat(run("--sql", "SHOW CREATE TABLE orders", "--engine", "athena")).isZero();
        output.getBuffer().setLength(0);
        configuredEngine = SqlEngine.ATHENA;
        assertThat(run("--sql", "SELECT read_csv('/etc/passwd')")).isEqualTo(3);
    }

    @Test
    void catalogThatCannotBeLoadedIsAnError() {
        assertThat(run("--sql", "SELECT 1", "--jdbc-url", "jdbc:duckdb:" + dir.resolve("missing/x.duckdb"))).isEqualTo(1);
        assertThat(output.toString()).contains("could not load the catalog from");
    }

    @Test
    void aBatchGetsOneVerdictPerLineAndABadLineNeverStopsIt() throws Exception {
        Path batch = dir.resolve("saved.jsonl");
        Files.writeString(batch, String.join("\n",
                "{\"sql\": \"SELECT name FROM customers\", \"owner\": \"ann\"}",
                "not json",
                "",
                "{\"query\": \"SELECT 1\"}",
                "{\"sql\": \"SELECT ssn FROM customers\"}",
                "{\"sql\": \"SELECT 1 /* /* */ ; COPY orders TO '/tmp/x.csv'; */\"}",
                "{\"sql\": \"SELECT approx_percentile(amount, 0.5) FROM orders\"}") + "\n");

        assertThat(run("--batch", batch.toString(), "--jdbc-url", warehouseUrl, "--json")).isEqualTo(3);

        List<JsonNode> lines = jsonLines();
        assertThat(lines).extracting(l -> l.get("line").asInt()).containsExactly(1, 2, 4, 5, 6, 7);
        assertThat(lines).extracting(l -> l.get("verdict").asText())
                .containsExactly("allowed", "refused", "refused", "refused", "refused", "refused");
        assertThat(lines).extracting(l -> l.get("stage").isNull() ? null : l.get("stage").asText())
                .containsExactly(null, "guard", "guard", "catalog", "guard", "dry-run");
        assertThat(lines.get(0).get("sql").asText()).isEqualTo("SELECT name FROM customers LIMIT 1000");
        assertThat(lines.get(1).get("reasons").get(0).asText()).contains("not JSON");
        assertThat(lines.get(2).get("reasons").get(0).asText()).contains("no \"sql\"");
        assertThat(lines.get(4).get("reasons").toString()).contains("exactly one statement");
    }

    @Test
    void aBatchFromStandardInputWithEveryStatementAllowedExitsZero() {
        stdin = "{\"sql\": \"SELECT order_id FROM orders LIMIT 5\"}\n{\"sql\": \"SHOW TABLES\"}\n";
        assertThat(run("--batch", "-")).isZero();
        assertThat(output.toString()).isEqualToNormalizingNewlines("line 1: allowed\nline 2: allowed\n");
    }

    @Test
    void oneStatementCanBeAnsweredInJson() throws Exception {
        assertThat(run("--sql", "SELECT 1; SELECT 2", "--json")).isEqualTo(3);
        JsonNode verdict = jsonLines().get(0);
        assertThat(verdict.has("line")).isFalse();
        assertThat(verdict.get("verdict").asText()).isEqualTo("refused");
        assertThat(verdict.get("stage").asText()).isEqualTo("guard");
    }

    @Test
    void usageErrorsExitWithTwo() {
        assertThat(run()).isEqualTo(2);
        assertThat(output.toString()).contains("Missing required argument").contains("Usage: check");
        assertThat(run("--sql", "SELECT 1", "--file", "x.sql")).isEqualTo(2);
        assertThat(run("--sql", "SELECT 1", "--batch", "x.jsonl")).isEqualTo(2);
        assertThat(run("--sql", "SELECT 1", "--max-rows", "many")).isEqualTo(2);
        assertThat(run("--sql", "SELECT 1", "--max-rows", "0")).isEqualTo(2);
        assertThat(run("--sql", "SELECT 1", "--engine", "oracle")).isEqualTo(2);
        assertThat(run("--file", "/no/such/file.sql")).isEqualTo(2);
        assertThat(run("--batch", "/no/such/file.jsonl")).isEqualTo(2);
        assertThat(run("--bogus")).isEqualTo(2);
    }

    @Test
    void usageErrorsExitWithTwoAlsoAsASubcommand() {
        @picocli.CommandLine.Command(name = "sql")
        class SqlGroup {
        }
        SqlCheckCommand check = new SqlCheckCommand(new PrintWriter(output), () -> new SqlCheckSettings(
                CatalogPolicy.unrestricted(), SqlEngine.DUCKDB, Engines.LIMITS, Engines.DRY_RUN, 1000),
                new ByteArrayInputStream(new byte[0]));
        picocli.CommandLine root = new picocli.CommandLine(new SqlGroup()).addSubcommand(check);
        root.setOut(new PrintWriter(output)).setErr(new PrintWriter(output));
        assertThat(root.execute("check")).isEqualTo(2);
        assertThat(root.execute("check", "--sql", "DROP TABLE t")).isEqualTo(3);
    }

    @Test
    void helpExitsWithZero() {
        assertThat(run("--help")).isZero();
        assertThat(output.toString()).contains("--jdbc-url").contains("--batch").contains("Exit codes");
    }
}
