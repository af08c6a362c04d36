package io.sqlassist.execute;

import static java.util.Objects.requireNonNull;

import io.sqlassist.deepstack.DeepStack;
import io.sqlassist.guard.duckdb.DuckDbParser;
import io.sqlassist.guard.duckdb.DuckDbReading;
import io.sqlassist.warehouse.Warehouse;
import java.io.IOException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Runs queries on the DuckDB warehouse. The exact text must read as one statement to DuckDB's own parser first —
 * DuckDB's JDBC driver runs every statement of a multi-statement string — and it runs on a {@link DeepStack} thread,
 * cancelled when it passes the timeout.
 */
public final class JdbcQueryEngine {
    private final Warehouse warehouse;
    private final DuckDbParser parser;
    private final int timeoutSeconds;

    public JdbcQueryEngine(Warehouse warehouse, DuckDbParser parser, int timeoutSeconds) {
        this.warehouse = requireNonNull(warehouse, "warehouse is null");
        this.parser = requireNonNull(parser, "parser is null");
        this.timeoutSeconds = timeoutSeconds;
    }

    /** The local warehouse route's step: the approved SQL, run when the execute stage reads the rows. */
    public RowSource rows(ApprovedRun run) {
        return sink -> run(run.sql(), sink);
    }

    /**
     * Runs {@code sql} and streams its columns and rows to {@code sink}.
     *
     * @throws QueryFailedException DuckDB refused or failed the query
     * @throws IOException          the sink failed (where results are written): an infrastructure fault
     */
    public QueryStats run(String sql, RowSink sink) throws QueryFailedException, IOException {
        DuckDbReading reading = parser.read(sql);
        if (!reading.isOneStatement()) {
            throw new QueryFailedException("not run: DuckDB does not read the text as one query ("
                    + (reading.error() != null ? reading.error() : reading.statements() + " statements") + ")", null);
        }
        AtomicReference<Statement> running = new AtomicReference<>();
        try {
            return DeepStack.<QueryStats, Exception>call("the query", Duration.ofSeconds(timeoutSeconds), () -> {
                try (Connection connection = warehouse.connect(); Statement statement = connection.createStatement()) {
                    running.set(statement);
                    try (ResultSet rs = statement.executeQuery(sql)) {
                        stream(rs, sink);
                    }
                    return QueryStats.NONE;
                } catch (SQLException e) {
                    throw new QueryFailedException(e.getMessage(), e);
                }
            }, () -> cancelQuietly(running.get()));
        } catch (DeepStack.DeadlineExceededException e) {
            throw new QueryFailedException("the query ran longer than " + timeoutSeconds + " s and was cancelled", e);
        } catch (QueryFailedException | IOException | RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException("the query failed unexpectedly: " + e, e);
        }
    }

    private static void stream(ResultSet rs, RowSink sink) throws SQLException, IOException {
        ResultSetMetaData meta = rs.getMetaData();
        List<String> columns = new ArrayList<>();
        for (int i = 1; i <= meta.getColumnCount(); i++) {
            columns.add(meta.getColumnLabel(i));
        }
        sink.columns(columns);
        while (rs.next()) {
            List<Object> row = new ArrayList<>(columns.size());
            for (int i = 1; i <= columns.size(); i++) {
                row.add(JdbcValues.portable(rs.getObject(i)));
            }
            if (!sink.row(row)) {
                return;
            }
        }
    }

    private static void cancelQuietly(Statement statement) {
        if (statement == null) {
            return;
        }
        try {
            statement.cancel();
        } catch (SQLException | RuntimeException e) {
            // the timeout is reported either way
        }
    }
}
