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
import io.sqlassist.wire.Json;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.camel.Body;
import org.apache.camel.Exchange;
import org.apache.camel.ExchangeProperty;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The execute stage's own steps around the warehouse's route: {@link #plan} checks the approved SQL again as it
 * stands, {@link #collect} spools every row the route's {@link RowSource} streams to a local CSV and answers with a
 * {@link Result} holding a preview, and the files (result.csv, chart.png, metadata.json) that the result store's
 * route then keeps. A query that fails becomes a failed Result ({@link #failed}), never a lost thread; a failing
 * spool or store is an infrastructure fault and propagates so that the thread is retried.
 */
public final class QueryExecutor {
    private static final Logger LOG = LoggerFactory.getLogger(QueryExecutor.class);
    /** The exchange property execute-approved-sql keeps the {@link ApprovedRun} in while the warehouse runs it. */
    public static final String RUN = "run";
    private static final int CHART_ROWS = 1000;

    private final ResultPlace place;
    private final CandidateValidator validator;
    private final SchemaProvider schemas;
    private final ChartStep charts;
    private final int previewRows;
    private final int defaultMaxRows;
    private final Clock clock;

    /**
     * @param validator checks the approved SQL again just before it runs, against the schema as it is then
     */
    public QueryExecutor(ResultPlace place, CandidateValidator validator, SchemaProvider schemas, ChartStep charts,
                         int previewRows, int defaultMaxRows, Clock clock) {
        this.place = place;
        this.validator = validator;
        this.schemas = schemas;
        this.charts = charts;
        this.previewRows = previewRows;
        this.defaultMaxRows = defaultMaxRows;
        this.clock = clock;
    }

    /** Whether the decided thread's SQL may run, and what the warehouse's route needs to run it. */
    public RunPlan plan(DecidedThread decided) {
        PendingThread thread = decided.thread();
        ApprovalRequest request = thread.request();
        Decision decision = decided.decision();
        if (!request.hasSql()) {
            return new NothingToRun(UnexecutedResults.closed(thread, ResultStatus.no_sql, decision.approver(),
                    "there was no SQL to approve: " + request.explanation()));
        }
        // Defence in depth: whatever was stored as approved, only SQL that passes every check as it stands runs.
        Validation recheck = validator.recheck(request.sql(), schemas.load(thread.question().database()));
        if (!recheck.passed()) {
            LOG.warn("Approved SQL of thread {} refused at execution: {}", thread.question().threadId(), recheck.reasons());
            return new NothingToRun(UnexecutedResults.closed(thread, ResultStatus.failed, decision.approver(),
                    "refused by the checks before execution (" + recheck.stage().wireName() + "): "
                            + String.join("; ", recheck.reasons())));
        }
        int maxRows = thread.question().maxRows() != null ? thread.question().maxRows() : defaultMaxRows;
        LOG.info("Thread {} attempt {}: running the approved SQL", thread.question().threadId(), request.attempt());
        return new ApprovedRun(thread, decision, maxRows, clock.instant());
    }

    /** Reads the warehouse's rows into result.csv, the preview and the chart; a query that fails is {@link #failed}. */
    public ExecutedQuery collect(@ExchangeProperty(RUN) ApprovedRun run, @Body RowSource source) throws IOException, QueryFailedException {
        PendingThread thread = run.thread();
        String threadId = run.threadId();
        Path spool = Files.createTempFile("sqlassist-result-", ".csv");
        boolean handedOn = false;
        try (source) {
            Collector rows;
            QueryStats stats;
            try (CsvRows csv = new CsvRows(Files.newBufferedWriter(spool, StandardCharsets.UTF_8))) {
                rows = new Collector(csv, run.maxRows());
                stats = source.streamTo(rows);
            }
            Instant finished = clock.instant();
            Timings timings = new Timings(thread.askedAt(), run.started(), finished,
                    Duration.between(run.started(), finished).toMillis());
            String message = rows.truncated ? "result truncated at " + run.maxRows() + " rows" : null;
            Question question = thread.question();
            List<ResultFile> files = new ArrayList<>();
            ResultChart chart = charts.chart(rows.columns, rows.chartRows, rows.count,
                    ChartRequests.requested(question.chart(), question.question()), question.question(),
                    (name, content, type) -> {
                        files.add(ResultFile.of(place.key(threadId, name), content, type));
                        return place.fileLocation(threadId, name);
                    });
            files.add(ResultFile.of(place.key(threadId, "result.csv"), spool, "text/csv; charset=utf-8"));
            files.add(ResultFile.of(place.key(threadId, "metadata.json"), Json.pretty(metadata(thread, run.decision(),
                    rows, stats, message, timings, chart)).getBytes(StandardCharsets.UTF_8), "application/json"));
            Result result = new Result(Result.SCHEMA_VERSION, threadId, ResultStatus.succeeded, question.question(),
                    run.sql(), run.decision().approver(), rows.count, rows.columns, rows.preview,
                    place.location(threadId), message, timings, chart);
            handedOn = true;
            return new ExecutedQuery(result, files, spool);
        } finally {
            if (!handedOn) {
                Files.deleteIfExists(spool);
            }
        }
    }

    /** The warehouse refused or failed the query: the requester hears why, and nothing is kept. */
    public ExecutedQuery failed(@ExchangeProperty(RUN) ApprovedRun run,
                                @ExchangeProperty(Exchange.EXCEPTION_CAUGHT) QueryFailedException failure) {
        LOG.info("Query for thread {} failed: {}", run.threadId(), failure.getMessage());
        Instant finished = clock.instant();
        PendingThread thread = run.thread();
        return ExecutedQuery.nothingRan(new Result(Result.SCHEMA_VERSION, run.threadId(), ResultStatus.failed,
                thread.question().question(), run.sql(), run.decision().approver(), 0, List.of(), List.of(), null,
                "the query failed: " + failure.getMessage(), new Timings(thread.askedAt(), run.started(), finished,
                        Duration.between(run.started(), finished).toMillis()), null));
    }

    /** Deletes the local copy of result.csv once the store's route has kept it (or failed to). */
    public void discardSpool(ExecutedQuery executed) throws IOException {
        if (executed.spool() != null) {
            Files.deleteIfExists(executed.spool());
        }
    }

    /** Writes every row (up to the cap) to the store and keeps the first ones as the preview. */
    private final class Collector implements RowSink {
        private final CsvRows writer;
        private final int maxRows;
        private List<String> columns = List.of();
        private final List<List<Object>> preview = new ArrayList<>();
        /** The rows a chart is drawn from: bounded, the chart says when it shows only the first ones. */
        private final List<List<Object>> chartRows = new ArrayList<>();
        private long count;
        private boolean truncated;

        Collector(CsvRows writer, int maxRows) {
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
