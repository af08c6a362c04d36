package io.sqlassist.guard;

import static org.assertj.core.api.Assertions.assertThat;

import io.sqlassist.schema.Catalog;
import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SqlCheckCommandTest {
    private final StringWriter output = new StringWriter();
    private final List<String> dryRunSql = new ArrayList<>();
    private String stdin = "";
    private DryRunOutcome dryRunOutcome = DryRunOutcome.succeeded();
    private Function<String, Catalog> catalogLoader = url -> CatalogCheckTest.CATALOG;

    private int run(String... args) {
        SqlCheckCommand command = new SqlCheckCommand(new PrintWriter(output), url -> catalogLoader.apply(url),
                () -> new CatalogPolicy(Set.of(), Set.of(), Set.of("customers.ssn")),
                url -> sql -> {
                    dryRunSql.add(sql);
                    return dryRunOutcome;
                },
                new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)));
        return SqlCheckCommand.commandLine(command).execute(args);
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
    void refusedStatementPrintsEveryReason() {
        assertThat(run("--sql", "SELECT 1; DROP TABLE orders")).isEqualTo(3);
        assertThat(output.toString()).isEqualToNormalizingNewlines("""
                refused
                - exactly one statement is allowed, found 2: SELECT, DROP TABLE
                """);
    }

    @Test
    void readsAFile(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("q.sql");
        Files.writeString(file, "DELETE FROM orders\n");
        assertThat(run("--file", file.toString())).isEqualTo(3);
        assertThat(output.toString()).startsWith("refused\n- DELETE is not allowed");
    }

    @Test
    void readsStandardInput() {
        stdin = "SELECT order_id FROM orders LIMIT 5";
        assertThat(run("--file", "-")).isZero();
        assertThat(output.toString()).isEqualToNormalizingNewlines("allowed\n");
    }

    @Test
    void withJdbcUrlChecksTheCatalogAndDryRunsTheLimitedSql() {
        assertThat(run("--sql", "SELECT name FROM customers", "--jdbc-url", "jdbc:duckdb:", "--max-rows", "10"))
                .isZero();
        assertThat(dryRunSql).containsExactly("SELECT name FROM customers LIMIT 10");

        output.getBuffer().setLength(0);
        assertThat(run("--sql", "SELECT ssn, nope FROM customers", "--jdbc-url", "jdbc:duckdb:")).isEqualTo(3);
        assertThat(output.toString()).isEqualToNormalizingNewlines("""
                refused
                - column customers.ssn is restricted
                - unknown column nope: table customers has no such column
                """);
        assertThat(dryRunSql).hasSize(1); // refused SQL never reaches the engine
    }

    @Test
    void dryRunErrorsAreShownVerbatim() {
        dryRunOutcome = DryRunOutcome.failed("Binder Error: something the engine said");
        assertThat(run("--sql", "SELECT name FROM customers", "--jdbc-url", "jdbc:duckdb:")).isEqualTo(3);
        assertThat(output.toString()).contains("- dry run failed: Binder Error: something the engine said");
    }

    @Test
    void catalogThatCannotBeLoadedIsAnError() {
        catalogLoader = url -> {
            throw new IllegalStateException("connection refused");
        };
        assertThat(run("--sql", "SELECT 1", "--jdbc-url", "jdbc:x:")).isEqualTo(1);
        assertThat(output.toString()).contains("could not load the catalog from jdbc:x:: connection refused");
    }

    @Test
    void usageErrorsExitWithTwo() {
        assertThat(run()).isEqualTo(2);
        assertThat(output.toString()).contains("Missing required argument").contains("Usage: check");
        assertThat(run("--sql", "SELECT 1", "--file", "x.sql")).isEqualTo(2);
        assertThat(run("--sql", "SELECT 1", "--max-rows", "many")).isEqualTo(2);
        assertThat(run("--sql", "SELECT 1", "--max-rows", "0")).isEqualTo(2);
        assertThat(run("--file", "/no/such/file.sql")).isEqualTo(2);
        assertThat(run("--bogus")).isEqualTo(2);
    }

    @Test
    void usageErrorsExitWithTwoAlsoAsASubcommand() {
        @picocli.CommandLine.Command(name = "sql")
        class SqlGroup {
        }
        SqlCheckCommand check = new SqlCheckCommand(new PrintWriter(output), url -> CatalogCheckTest.CATALOG);
        picocli.CommandLine root = new picocli.CommandLine(new SqlGroup()).addSubcommand(check);
        root.setOut(new PrintWriter(output)).setErr(new PrintWriter(output));
        assertThat(root.execute("check")).isEqualTo(2);
        assertThat(root.execute("check", "--sql", "DROP TABLE t")).isEqualTo(3);
    }

    @Test
    void helpExitsWithZero() {
        assertThat(run("--help")).isZero();
        assertThat(output.toString()).contains("--jdbc-url").contains("Exit codes");
    }
}
