package io.sqlassist.execute;

import io.sqlassist.chart.ChartRequests;
import io.sqlassist.chart.ChartStep;
import io.sqlassist.guard.CandidateValidator;
import io.sqlassist.guard.Validation;
import io.sqlassist.schema.SchemaProvider;
import io.sqlassist.wire.ApprovalRequest;
import io.sqlassist.wire.DecidedThread;
import io.sqlassist.wire.Decision;
import io.sqlassist.wire.PendingThread;
import io.sqlassist.wire.Question;
import io.sqlassist.wire.Result;
import io.sqlassist.wire.ResultChart;
import io.sqlassist.wire.ResultStatus;
import io.sqlassist.wire.Timings;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs approved SQL on the query engine, streams every row to the result store and answers with a {@link Result}
 * holding a preview. Engine errors become a failed Result, never a lost thread; a failing result store is an
 * infrastructure fault and propagates so that the thread is retried.
 */
public final class QueryExecutor {
    private static final Logger LOG = LoggerFactory.getLogger(QueryExecutor.class);
    private static final int CHART_ROWS = 1000;

    private final QueryEngine engine;
    private final ResultStore store;
    private final CandidateValidator validator;
    private final SchemaProvider schemas;
    private final ChartStep charts;
    private final int previewRows;
    private final int defaultMaxRows;
    private final Clock clock;

    /**
     * @param validator checks the approved SQL again just before it runs, against the schema as it is then
     */
    public QueryExecutor(QueryEngine engine, ResultStore store, CandidateValidator validator, SchemaProvider schemas,
                         ChartStep charts, int previewRows, int defaultMaxRows, Clock clock) {
        this.engine = engine;
        this.store = store;
        this.validator = validator;
        this.schemas = schemas;
        this.charts = charts;
        this.previewRows = previewRows;
        this.defaultMaxRows = defaultMaxRows;
        this.clock = clock;
    }

    public Result execute(DecidedThread decided) throws IOException {
        PendingThread thread = decided.thread();
        ApprovalRequest request = thread.request();
        Decision decision = decided.decision();
        if (!request.hasSql()) {
            return UnexecutedResults.closed(thread, ResultStatus.no_sql, decision.approver(), "there was no SQL to approve: "
                    + request.explanation());
        }
        // Defence in depth: whatever was stored as approved, only SQL that passes every check as it stands runs.
        Validation recheck = validator.recheck(request.sql(), schemas.load(thread.question().database()));
        if (!recheck.passed()) {
            LOG.warn("Approved SQL of thread {} refused at execution: {}", thread.question().threadId(), recheck.reasons());
            return UnexecutedResults.closed(thread, ResultStatus.failed, decision.approver(), "refused by the checks before execution ("
                    + recheck.stage().wireName() + "): " + String.join("; ", recheck.reasons()));
        }
        int maxRows = thread.question().maxRows() != null ? thread.question().maxRows() : defaultMaxRows;
        Instant started = clock.instant();
        try (ResultWriter writer = store.open(thread.question().threadId())) {
            Collector rows = new Collector(writer, maxRows);
            LOG.info("Thread {} attempt {}: running the approved SQL", thread.question().threadId(), request.attempt());
            QueryStats stats = engine.run(request.sql(), thread.question().threadId() + "/" + request.attempt(), rows);
            Instant finished = clock.instant();
            Timings timings = new Timings(thread.askedAt(), started, finished, Duration.between(started, finished).toMillis());
            String message = rows.truncated ? "result truncated at " + maxRows + " rows" : null;
            Question question = thread.question();
            ResultChart chart = charts.chart(rows.columns, rows.chartRows, rows.count,
                    ChartRequests.requested(question.chart(), question.question()), question.question(), writer);
            String location = writer.finish(metadata(thread, decision, rows, stats, message, timings, chart));
            return new Result(Result.SCHEMA_VERSION, question.threadId(), ResultStatus.succeeded, question.question(),
                    request.sql(), decision.approver(), rows.count, rows.columns, rows.preview, location, message, timings,
                    chart);
        } catch (QueryFailedException e) {
            LOG.info("Query for thread {} failed: {}", thread.question().threadId(), e.getMessage());
            Instant finished = clock.instant();
            return new Result(Result.SCHEMA_VERSION, thread.question().threadId(), ResultStatus.failed,
                    thread.question().question(), request.sql(), decision.approver(), 0, List.of(), List.of(), null,
                    "the query failed: " + e.getMessage(),
                    new Timings(thread.askedAt(), started, finished, Duration.between(started, finished).toMillis()), null);
        }
    }

    /** Writes every row (up to the cap) to the store and keeps the first ones as the preview. */
    private final class Collector implements RowSink {
        private final ResultWriter writer;
        private final int maxRows;
        private List<String> columns = List.of();
        private final List<List<Object>> preview = new ArrayList<>();
        /** The rows a chart is drawn from: bounded, the chart says when it shows only the first ones. */
        private final List<List<Object>> chartRows = new ArrayList<>();
        private long count;
        private boolean truncated;

        Collector(ResultWriter writer, int maxRows) {
            this.writer = writer;
            this.maxRows = maxRows;
        }

        @Override
        public void columns(List<String> names) throws IOException {
            columns = List.copyOf(names);
            writer.columns(columns);
        }

        @Override
        public boolean row(List<Object> values) throws IOException {
            if (count == maxRows) {
                truncated = true;
                return false;
            }
            writer.row(values);
            if (preview.size() < previewRows) {
                preview.add(values);
            }
            if (chartRows.size() < CHART_ROWS) {
                chartRows.add(values);
            }
            count++;
            return true;
        }
    }

    private static Map<String, Object> metadata(PendingThread thread, Decision decision, Collector rows, QueryStats stats,
                                                String message, Timings timings, ResultChart chart) {
        Map<String, Object> meta = new LinkedHashMap<>();
        meta.put("thread_id", thread.question().threadId());
        meta.put("question", thread.question().question());
        meta.put("requested_by", thread.question().requestedBy());
        meta.put("sql", thread.request().sql());
        meta.put("sql_sha256", thread.request().sqlSha256());
        meta.put("attempt", thread.request().attempt());
        meta.put("approver", decision.approver());
        meta.put("query_execution_id", stats.executionId());
        meta.put("bytes_scanned", stats.bytesScanned());
        meta.put("columns", rows.columns);
        meta.put("row_count", rows.count);
        meta.put("message", message);
        meta.put("timings", timings);
        meta.put("chart", chart);
        return meta;
    }
}
