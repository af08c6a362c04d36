package io.sqlassist.guard;

import static org.assertj.core.api.Assertions.assertThat;

import io.sqlassist.testing.Engines;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import org.duckdb.DuckDBConnection;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class JdbcDryRunTest {
    private DuckDBConnection database;
    private JdbcDryRun dryRun;

    @BeforeEach
    void createDatabase() throws SQLException {
        database = (DuckDBConnection) DriverManager.getConnection("jdbc:duckdb:");
        try (Statement statement = database.createStatement()) {
            statement.execute("CREATE TABLE orders (order_id BIGINT, amount DECIMAL(10, 2))");
            statement.execute("INSERT INTO orders VALUES (1, 10.5)");
        }
        // each dry run gets its own connection to the same in-memory database
        dryRun = new JdbcDryRun(database::duplicate, Engines.duckDbParser(), Engines.DRY_RUN);
    }

    @AfterEach
    void closeDatabase() throws SQLException {
        database.close();
    }

    private long orders() throws SQLException {
        try (Statement statement = database.createStatement();
             ResultSet rows = statement.executeQuery("SELECT count(*) FROM orders")) {
            rows.next();
            return rows.getLong(1);
        }
    }

    @Test
    void plansAValidQuery() {
        assertThat(dryRun.explain("SELECT sum(amount) FROM orders;  -- total")).isEqualTo(DryRunOutcome.succeeded());
    }

    @Test
    void keepsTheEngineErrorVerbatim() throws SQLException {
        DryRunOutcome outcome = dryRun.explain("SELECT amout FROM orders");
        String expected;
        try (Statement statement = database.createStatement()) {
            statement.execute("EXPLAIN (FORMAT json) SELECT amout FROM orders");
            throw new AssertionError("DuckDB accepted an unknown column");
        } catch (SQLException e) {
            expected = e.getMessage();
        }
        assertThat(outcome.ok()).isFalse();
        assertThat(outcome.error()).isEqualTo(expected).contains("amout");
    }

    @Test
    void reportsUnknownTables() {
        DryRunOutcome outcome = dryRun.explain("SELECT * FROM nope");
        assertThat(outcome.ok()).isFalse();
        assertThat(outcome.error()).contains("nope");
    }

    @Test
    void neverSendsTextDuckDbReadsAsMoreThanOneStatement() throws SQLException {
        // DuckDB's JDBC driver runs every statement of such a text, EXPLAIN's included
        DryRunOutcome outcome = dryRun.explain("SELECT 1; DELETE FROM orders");
        assertThat(outcome.ok()).isFalse();
        assertThat(outcome.error()).contains("not planned");
        assertThat(orders()).isEqualTo(1);
    }

    @Test
    void neverSendsAWrite() throws SQLException {
        assertThat(dryRun.explain("DELETE FROM orders").ok()).isFalse();
        assertThat(orders()).isEqualTo(1);
    }

    @Test
    void refusesAPlanWhoseJoinMultipliesRows() throws SQLException {
        try (Statement statement = database.createStatement()) {
            statement.execute("CREATE TABLE items AS SELECT range AS id, range % 3 AS colour FROM range(20000)");
        }
        DryRunOutcome keys = dryRun.explain("SELECT count(*) FROM items a JOIN items b ON a.id = b.id");
        DryRunOutcome colours = dryRun.explain("SELECT count(*) FROM items a JOIN items b ON a.colour = b.colour"
                + " JOIN items c ON b.colour = c.colour");

        assertThat(keys.ok()).as(keys.error()).isTrue();
        assertThat(colours.ok()).isFalse();
        assertThat(colours.error()).contains("multiplies rows").contains("hash join");
    }

    @Test
    void reportsConnectionFailures() {
        DryRunOutcome outcome = new JdbcDryRun(() -> DriverManager.getConnection("jdbc:nosuchdriver:x"),
                Engines.duckDbParser(), Engines.DRY_RUN).explain("SELECT 1");
        assertThat(outcome.ok()).isFalse();
        assertThat(outcome.error()).contains("No suitable driver");
    }

    @Test
    void stopsWaitingAtTheDeadline() {
        CountDownLatch never = new CountDownLatch(1);
        JdbcDryRun stuck = new JdbcDryRun(() -> {
            try {
                never.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            throw new SQLException("interrupted");
        }, Engines.duckDbParser(), new DryRunLimits(Duration.ofMillis(200), 100, 1_000_000));

        DryRunOutcome outcome = stuck.explain("SELECT 1");

        assertThat(outcome.ok()).isFalse();
        assertThat(outcome.error()).contains("took longer than");
    }

    @Test
    void closesItsConnections() {
        Connection[] opened = new Connection[1];
        new JdbcDryRun(() -> {
            opened[0] = database.duplicate();
            return opened[0];
        }, Engines.duckDbParser(), Engines.DRY_RUN).explain("SELECT 1");
        assertThat(opened[0]).satisfies(connection -> assertThat(connection.isClosed()).isTrue());
    }
}
