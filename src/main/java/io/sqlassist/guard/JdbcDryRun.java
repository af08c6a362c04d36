package io.sqlassist.guard;

import static java.util.Objects.requireNonNull;

import io.sqlassist.deepstack.DeepStack;
import io.sqlassist.guard.duckdb.DuckDbParser;
import io.sqlassist.guard.duckdb.DuckDbReading;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Dry run on DuckDB: {@code EXPLAIN <sql>}, which plans but never executes; the plan's estimates must not show a
 * join that multiplies rows ({@link JoinGrowth}). It still reaches the engine before any
 * reviewer has seen the SQL, so it is guarded like execution: DuckDB's own parser must read the exact text as one
 * SELECT (DuckDB's JDBC driver runs every statement of a multi-statement string, EXPLAIN's too), and the call runs
 * on a {@link DeepStack} thread under a deadline, cancelled when it passes.
 */
public final class JdbcDryRun implements DryRun {
    /** Opens a connection the dry run closes after use. */
    @FunctionalInterface
    public interface ConnectionOpener {
        Connection open() throws SQLException;
    }

    private final ConnectionOpener connections;
    private final DuckDbParser parser;
    private final Duration deadline;
    private final JoinGrowth joinGrowth;

    public JdbcDryRun(ConnectionOpener connections, DuckDbParser parser, DryRunLimits limits) {
        this.connections = requireNonNull(connections, "connections is null");
        this.parser = requireNonNull(parser, "parser is null");
        this.deadline = limits.timeout();
        this.joinGrowth = new JoinGrowth(limits.maxJoinGrowth(), limits.joinGrowthFloor());
    }

    @Override
    public DryRunOutcome explain(String sql) {
        DuckDbReading reading = parser.read(sql);
        if (!reading.isOneStatement()) {
            return DryRunOutcome.failed("not planned: DuckDB does not read the text as one query ("
                    + (reading.error() != null ? reading.error() : reading.statements() + " statements") + ")");
        }
        AtomicReference<Statement> running = new AtomicReference<>();
        try {
            return DeepStack.call("the dry run", deadline, () -> {
                try (Connection connection = connections.open(); Statement statement = connection.createStatement()) {
                    running.set(statement);
                    StringBuilder plan = new StringBuilder();
                    try (ResultSet rows = statement.executeQuery("EXPLAIN (FORMAT json) " + sql)) {
                        while (rows.next()) {
                            plan.append(rows.getString(2));
                        }
                    }
                    return joinGrowth.refusal(plan.toString()).map(DryRunOutcome::failed)
                            .orElse(DryRunOutcome.succeeded());
                } catch (SQLException | RuntimeException e) {
                    return DryRunOutcome.failed(e.getMessage());
                }
            }, () -> cancelQuietly(running.get()));
        } catch (DeepStack.DeadlineExceededException e) {
            return DryRunOutcome.failed(e.getMessage());
        }
    }

    static void cancelQuietly(Statement statement) {
        if (statement == null) {
            return;
        }
        try {
            statement.cancel();
        } catch (SQLException | RuntimeException e) {
            // the deadline is reported either way
        }
    }
}
