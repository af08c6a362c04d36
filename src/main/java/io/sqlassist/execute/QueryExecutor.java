package io.sqlassist.execute;

import io.sqlassist.approval.ApprovalRequest;
import io.sqlassist.approval.DecidedThread;
import io.sqlassist.approval.Decision;
import io.sqlassist.approval.PendingThread;
import io.sqlassist.guard.GuardVerdict;
import io.sqlassist.guard.ReadOnlyGuard;
import io.sqlassist.warehouse.Warehouse;
import java.io.IOException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs approved SQL on the warehouse, streams every row to the result store and answers with a {@link Result}
 * holding a preview. Engine errors become a failed Result, never a lost thread; a failing result store is an
 * infrastructure fault and propagates so that the thread is retried.
 */
public final class QueryExecutor {
    private static final Logger LOG = LoggerFactory.getLogger(QueryExecutor.class);

    private final Warehouse warehouse;
    private final ResultStore store;
    private final ReadOnlyGuard guard;
    private final int previewRows;
    private final int defaultMaxRows;
    private final int timeoutSeconds;
    private final Clock clock;
    /** Cancels statements that run past the timeout: not every driver honours JDBC's own query timeout. */
    private final ScheduledExecutorService watchdog = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "sqlassist-query-timeout");
        thread.setDaemon(true);
        return thread;
    });

    public QueryExecutor(Warehouse warehouse, ResultStore store, ReadOnlyGuard guard, int previewRows, int defaultMaxRows,
                         int timeoutSeconds, Clock clock) {
        this.warehouse = warehouse;
        this.store = store;
        this.guard = guard;
        this.previewRows = previewRows;
        this.defaultMaxRows = defaultMaxRows;
        this.timeoutSeconds = timeoutSeconds;
        this.clock = clock;
    }

    public Result execute(DecidedThread decided) throws IOException {
        PendingThread thread = decided.thread();
        ApprovalRequest request = thread.request();
        Decision decision = decided.decision();
        if (!request.hasSql()) {
            return closed(thread, ResultStatus.no_sql, decision.approver(), "there was no SQL to approve: " + request.explanation());
        }
        // Defence in depth: whatever was stored as approved, only read-only SQL runs.
        GuardVerdict verdict = guard.check(request.sql());
        if (!verdict.allowed()) {
            LOG.warn("Approved SQL of thread {} refused at execution: {}", thread.question().threadId(), verdict.reasons());
            return closed(thread, ResultStatus.failed, decision.approver(), "refused by the read-only guard before execution: "
                    + String.join("; ", verdict.reasons()));
        }
        int maxRows = thread.question().maxRows() != null ? thread.question().maxRows() : defaultMaxRows;
        Instant started = clock.instant();
        try (ResultWriter writer = store.open(thread.question().threadId());
             Connection connection = warehouse.connect();
             Statement statement = connection.createStatement()) {
            applyTimeout(statement);
            AtomicBoolean timedOut = new AtomicBoolean();
            ScheduledFuture<?> cancel = watchdog.schedule(() -> {
                timedOut.set(true);
                cancelQuietly(statement);
            }, timeoutSeconds, TimeUnit.SECONDS);
            try {
                return run(thread, decision, writer, statement, maxRows, started);
            } catch (SQLException e) {
                if (timedOut.get()) {
                    throw new SQLException("the query ran longer than " + timeoutSeconds + " s and was cancelled", e);
                }
                throw e;
            } finally {
                cancel.cancel(false);
            }
        } catch (SQLException e) {
            LOG.info("Query for thread {} failed: {}", thread.question().threadId(), e.getMessage());
            Instant finished = clock.instant();
            return new Result(Result.SCHEMA_VERSION, thread.question().threadId(), ResultStatus.failed,
                    thread.question().question(), request.sql(), decision.approver(), 0, List.of(), List.of(), null,
                    "the query failed: " + e.getMessage(),
                    new Timings(thread.askedAt(), started, finished, Duration.between(started, finished).toMillis()));
        }
    }

    private Result run(PendingThread thread, Decision decision, ResultWriter writer, Statement statement, int maxRows,
                   Instant started) throws SQLException, IOException {
        ApprovalRequest request = thread.request();
        List<String> columns = new ArrayList<>();
        List<List<Object>> preview = new ArrayList<>();
        long rows = 0;
        boolean truncated = false;
        try (ResultSet rs = statement.executeQuery(request.sql())) {
            ResultSetMetaData meta = rs.getMetaData();
            for (int i = 1; i <= meta.getColumnCount(); i++) {
                columns.add(meta.getColumnLabel(i));
            }
            writer.columns(columns);
            while (rs.next()) {
                if (rows == maxRows) {
                    truncated = true;
                    break;
                }
                List<Object> row = new ArrayList<>(columns.size());
                for (int i = 1; i <= columns.size(); i++) {
                    row.add(JdbcValues.portable(rs.getObject(i)));
                }
                writer.row(row);
                if (preview.size() < previewRows) {
                    preview.add(row);
                }
                rows++;
            }
        }
        Instant finished = clock.instant();
        Timings timings = new Timings(thread.askedAt(), started, finished, Duration.between(started, finished).toMillis());
        String message = truncated ? "result truncated at " + maxRows + " rows" : null;
        String location = writer.finish(metadata(thread, decision, columns, rows, message, timings));
        return new Result(Result.SCHEMA_VERSION, thread.question().threadId(), ResultStatus.succeeded,
                thread.question().question(), request.sql(), decision.approver(), rows, columns, preview, location,
                message, timings);
    }

    private static void cancelQuietly(Statement statement) {
        try {
            statement.cancel();
        } catch (SQLException e) {
            LOG.warn("Could not cancel a query past its timeout: {}", e.getMessage());
        }
    }

    public Result rejected(DecidedThread decided) {
        String feedback = decided.decision().feedback();
        return closed(decided.thread(), ResultStatus.rejected, decided.decision().approver(),
                "rejected by the reviewer" + (feedback == null || feedback.isBlank() ? "" : ": " + feedback));
    }

    public Result expired(PendingThread thread) {
        return closed(thread, ResultStatus.expired, null, "nobody decided within the approval window; the thread has"
                + " closed and nothing ran. Ask again if the question still matters.");
    }

    public Result noSql(PendingThread thread) {
        return closed(thread, ResultStatus.no_sql, null, thread.request().explanation()
                + " Rephrase the question (name the table or columns), or configure an LLM generator.");
    }

    private Result closed(PendingThread thread, ResultStatus status, String approver, String message) {
        return Result.closedWithoutExecution(thread.question().threadId(), status, thread.question().question(),
                thread.request().sql(), approver, message, new Timings(thread.askedAt(), null, null, null));
    }

    private void applyTimeout(Statement statement) {
        try {
            statement.setQueryTimeout(timeoutSeconds);
        } catch (SQLException e) {
            LOG.debug("The engine does not take a JDBC query timeout: {}", e.getMessage());
        }
    }

    private static Map<String, Object> metadata(PendingThread thread, Decision decision, List<String> columns, long rows,
                                                String message, Timings timings) {
        Map<String, Object> meta = new LinkedHashMap<>();
        meta.put("thread_id", thread.question().threadId());
        meta.put("question", thread.question().question());
        meta.put("requested_by", thread.question().requestedBy());
        meta.put("sql", thread.request().sql());
        meta.put("sql_sha256", thread.request().sqlSha256());
        meta.put("attempt", thread.request().attempt());
        meta.put("approver", decision.approver());
        meta.put("columns", columns);
        meta.put("row_count", rows);
        meta.put("message", message);
        meta.put("timings", timings);
        return meta;
    }
}
