package io.sqlassist.execute.athena;

import io.sqlassist.execute.QueryEngine;
import io.sqlassist.execute.QueryFailedException;
import io.sqlassist.execute.QueryStats;
import io.sqlassist.execute.RowSink;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.services.athena.AthenaClient;
import software.amazon.awssdk.services.athena.model.ColumnInfo;
import software.amazon.awssdk.services.athena.model.Datum;
import software.amazon.awssdk.services.athena.model.GetQueryResultsResponse;
import software.amazon.awssdk.services.athena.model.QueryExecution;
import software.amazon.awssdk.services.athena.model.Row;
import software.amazon.awssdk.services.athena.model.StatementType;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * Runs approved SQL on Athena and streams the result.
 *
 * <p>Rows come through {@code GetQueryResults} (paginated, up to 1,000 a call) until
 * {@link AthenaSettings#maxResultRowsViaApi()} rows have been delivered; when more remain, the rest is streamed from
 * the CSV file Athena wrote to S3, which is one GET however large the result. Athena's statistics do not say how
 * big the output is, so the rule counts rows; the first page is always read through the API for the column types.
 */
public final class AthenaQueryEngine implements QueryEngine {
    private static final Logger LOG = LoggerFactory.getLogger(AthenaQueryEngine.class);
    private static final int MAX_PAGE_SIZE = 1000;

    private final AthenaClient athena;
    private final AthenaSettings settings;
    private final AthenaExecutionRunner runner;
    private final AthenaCsvResultReader csv;

    public AthenaQueryEngine(AthenaClient athena, S3Client s3, AthenaSettings settings) {
        this(athena, s3, settings, Clock.systemUTC());
    }

    public AthenaQueryEngine(AthenaClient athena, S3Client s3, AthenaSettings settings, Clock clock) {
        this.athena = Objects.requireNonNull(athena, "athena");
        this.settings = Objects.requireNonNull(settings, "settings");
        this.runner = new AthenaExecutionRunner(athena, settings, clock);
        this.csv = new AthenaCsvResultReader(s3);
    }

    /**
     * @param idempotencyKey the caller's key for this run (thread id and attempt): a re-run after a crash with the
     *                       same key and SQL gets the execution already started instead of a second, billed one;
     *                       null for a random token
     */
    @Override
    public QueryStats run(String sql, String idempotencyKey, RowSink sink) throws QueryFailedException, IOException {
        Objects.requireNonNull(sql, "sql");
        Objects.requireNonNull(sink, "sink");
        QueryExecution execution = runner.execute(sql, clientRequestToken(sql, idempotencyKey), idempotencyKey != null);
        String id = execution.queryExecutionId();
        Long scanned = execution.statistics() == null ? null : execution.statistics().dataScannedInBytes();
        stream(execution, sink);
        return new QueryStats(id, scanned);
    }

    static String clientRequestToken(String sql, String idempotencyKey) {
        if (idempotencyKey == null) {
            return UUID.randomUUID().toString();
        }
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(idempotencyKey.getBytes(StandardCharsets.UTF_8));
            sha.update((byte) 0);
            sha.update(sql.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private void stream(QueryExecution execution, RowSink sink) throws IOException, QueryFailedException {
        String id = execution.queryExecutionId();
        int pageSize = (int) Math.min(MAX_PAGE_SIZE, settings.maxResultRowsViaApi() + 1);
        List<String> types = null;
        long delivered = 0;
        // Athena repeats the column names as the first row only for DML (SELECT): SHOW and DESCRIBE (UTILITY, DDL)
        // start with data, and their result file is text, not CSV, so they are read through the API throughout.
        boolean dml = execution.statementType() == null || execution.statementType() == StatementType.DML;
        boolean header = dml;
        for (GetQueryResultsResponse page : athena.getQueryResultsPaginator(r -> r
                .queryExecutionId(id).maxResults(pageSize))) {
            List<Row> rows = page.resultSet().rows();
            if (types == null) {
                List<ColumnInfo> columns = page.resultSet().resultSetMetadata().columnInfo();
                types = columns.stream().map(ColumnInfo::type).toList();
                sink.columns(columns.stream().map(ColumnInfo::name).toList());
            }
            for (Row row : rows) {
                if (header) {
                    header = false; // the first row of the first page repeats the column names
                    continue;
                }
                if (!sink.row(values(types, row))) {
                    return;
                }
                delivered++;
            }
            if (dml && page.nextToken() != null && delivered >= settings.maxResultRowsViaApi()) {
                String location = execution.resultConfiguration() == null ? null
                        : execution.resultConfiguration().outputLocation();
                if (location == null) {
                    throw new QueryFailedException("Athena query " + id + " has more rows than "
                            + settings.maxResultRowsViaApi() + " but no result file location to read them from");
                }
                LOG.info("Athena query {}: {} rows read through the API, streaming the rest from {}", id,
                        delivered, location);
                csv.stream(location, types, delivered, sink);
                return;
            }
        }
    }

    private static List<Object> values(List<String> types, Row row) {
        List<Datum> data = row.data();
        List<Object> values = new ArrayList<>(types.size());
        for (int i = 0; i < types.size(); i++) {
            // A NULL comes back as a Datum without VarCharValue.
            values.add(AthenaValues.portable(types.get(i), i < data.size() ? data.get(i).varCharValue() : null));
        }
        return values;
    }
}
