package io.sqlassist.guard;

import static java.util.Objects.requireNonNull;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.function.Supplier;
import javax.sql.DataSource;

/**
 * Dry run through JDBC: {@code EXPLAIN <sql>}. Works on DuckDB locally and on Athena/Trino drivers.
 * Only pass SQL the {@link ReadOnlyGuard} allowed: EXPLAIN plans but, for a guarded statement, never executes.
 */
public final class JdbcDryRun implements DryRun {
    /** Opens a connection the dry run closes after use. */
    @FunctionalInterface
    private interface ConnectionOpener {
        Connection open() throws SQLException;
    }

    private final ConnectionOpener connections;

    public JdbcDryRun(DataSource dataSource) {
        requireNonNull(dataSource, "dataSource is null");
        this.connections = dataSource::getConnection;
    }

    public JdbcDryRun(Supplier<Connection> connections) {
        requireNonNull(connections, "connections is null");
        this.connections = connections::get;
    }

    private JdbcDryRun(ConnectionOpener connections) {
        this.connections = connections;
    }

    /** A dry run that opens a fresh connection per call through {@link DriverManager}. */
    public static JdbcDryRun forJdbcUrl(String jdbcUrl) {
        requireNonNull(jdbcUrl, "jdbcUrl is null");
        return new JdbcDryRun((ConnectionOpener) () -> DriverManager.getConnection(jdbcUrl));
    }

    @Override
    public DryRunOutcome explain(String sql) {
        String statementText = SqlTokens.of(sql).withoutTrailingSemicolons();
        try (Connection connection = connections.open();
             Statement statement = connection.createStatement()) {
            statement.execute("EXPLAIN " + statementText);
            return DryRunOutcome.succeeded();
        } catch (SQLException | RuntimeException e) {
            return DryRunOutcome.failed(e.getMessage());
        }
    }
}
