package io.sqlassist.guard;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
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
        dryRun = new JdbcDryRun(() -> {
            try {
                return database.duplicate();
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        });
    }

    @AfterEach
    void closeDatabase() throws SQLException {
        database.close();
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
            statement.execute("EXPLAIN SELECT amout FROM orders");
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
    void doesNotExecuteTheStatement() throws SQLException {
        // EXPLAIN only plans: the guard never lets a write through, but even so the data must stay as it was
        dryRun.explain("DELETE FROM orders");
        try (Statement statement = database.createStatement();
             ResultSet rows = statement.executeQuery("SELECT count(*) FROM orders")) {
            rows.next();
            assertThat(rows.getLong(1)).isEqualTo(1);
        }
    }

    @Test
    void reportsConnectionFailures() {
        DryRunOutcome outcome = JdbcDryRun.forJdbcUrl("jdbc:nosuchdriver:x").explain("SELECT 1");
        assertThat(outcome.ok()).isFalse();
        assertThat(outcome.error()).contains("No suitable driver");
    }

    @Test
    void worksThroughAJdbcUrl() {
        assertThat(JdbcDryRun.forJdbcUrl("jdbc:duckdb:").explain("SELECT 42").ok()).isTrue();
    }

    @Test
    void closesItsConnections() throws SQLException {
        Connection[] opened = new Connection[1];
        new JdbcDryRun(() -> {
            try {
                opened[0] = database.duplicate();
                return opened[0];
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        }).explain("SELECT 1");
        assertThat(opened[0].isClosed()).isTrue();
    }
}
