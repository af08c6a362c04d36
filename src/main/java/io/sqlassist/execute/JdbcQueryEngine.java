package io.sqlassist.execute;

import io.sqlassist.warehouse.Warehouse;
import java.io.IOException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Runs queries on the warehouse over JDBC, cancelling any that run past the timeout. */
public final class JdbcQueryEngine implements QueryEngine {
    private static final Logger LOG = LoggerFactory.getLogger(JdbcQueryEngine.class);
    private final Warehouse warehouse;
    private final int timeoutSeconds;
    /** Cancels statements that run past the timeout: not every driver honours JDBC's own query timeout. */
    private final ScheduledExecutorService watchdog = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "sqlassist-query-timeout");
        thread.setDaemon(true);
        return thread;
    });

    public JdbcQueryEngine(Warehouse warehouse, int timeoutSeconds) {
        this.warehouse = warehouse;
        this.timeoutSeconds = timeoutSeconds;
    }

    @Override
    public QueryStats run(String sql, RowSink sink) throws QueryFailedException, IOException {
        AtomicBoolean timedOut = new AtomicBoolean();
        try (Connection connection = warehouse.connect(); Statement statement = connection.createStatement()) {
            applyTimeout(statement);
            ScheduledFuture<?> cancel = watchdog.schedule(() -> {
                timedOut.set(true);
                cancelQuietly(statement);
            }, timeoutSeconds, TimeUnit.SECONDS);
            try (ResultSet rs = statement.executeQuery(sql)) {
                stream(rs, sink);
            } finally {
                cancel.cancel(false);
            }
            return QueryStats.NONE;
        } catch (SQLException e) {
            throw new QueryFailedException(timedOut.get()
                    ? "the query ran longer than " + timeoutSeconds + " s and was cancelled" : e.getMessage(), e);
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

    private void applyTimeout(Statement statement) {
        try {
            statement.setQueryTimeout(timeoutSeconds);
        } catch (SQLException e) {
            LOG.debug("The engine does not take a JDBC query timeout: {}", e.getMessage());
        }
    }

    private static void cancelQuietly(Statement statement) {
        try {
            statement.cancel();
        } catch (SQLException e) {
            LOG.warn("Could not cancel a query past its timeout: {}", e.getMessage());
        }
    }
}
