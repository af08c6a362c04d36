package io.sqlassist.execute.athena;

import io.sqlassist.execute.QueryFailedException;
import io.sqlassist.execute.QueryStats;
import io.sqlassist.execute.RowSink;
import io.sqlassist.execute.RowSource;
import java.io.InputStream;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import org.apache.camel.Exchange;
import org.apache.camel.ExchangeProperty;
import org.apache.camel.Header;
import org.apache.camel.Message;
import software.amazon.awssdk.services.athena.model.ColumnInfo;
import software.amazon.awssdk.services.athena.model.Datum;
import software.amazon.awssdk.services.athena.model.GetQueryResultsResponse;
import software.amazon.awssdk.services.athena.model.QueryExecution;
import software.amazon.awssdk.services.athena.model.Row;
import software.amazon.awssdk.services.athena.model.StatementType;
import software.amazon.awssdk.services.athena.paginators.GetQueryResultsIterable;
import software.amazon.awssdk.services.s3.model.S3Exception;

/**
 * The Athena route's result steps. A DML query's rows come from the CSV file Athena wrote to S3 — one GET however
 * large the result, where GetQueryResults pages 1,000 rows a call — with the column types from one GetQueryResults
 * call. SHOW and DESCRIBE (UTILITY, DDL) write text, not CSV, and Athena sends no header row for them, so they are
 * read through GetQueryResults throughout.
 */
public final class AthenaResultRows {
    /** The first page of GetQueryResults, kept for its column names and types while the CSV is fetched. */
    public static final String COLUMNS = "athenaColumns";

    /** Whether the succeeded query's rows are read from its CSV file in S3. */
    public boolean readsFromFile(@ExchangeProperty(AthenaQueryWatch.SUCCEEDED) QueryExecution execution) {
        return execution.statementType() == null || execution.statementType() == StatementType.DML;
    }

    /** Points aws2-s3's getObject at {@code s3://bucket/key}, the S3 pointer aws2-athena gave for the result. */
    public void pointAt(@Header("CamelAwsAthenaOutputLocation") String outputLocation, Message message)
            throws QueryFailedException {
        URI uri = outputLocation == null ? null : URI.create(outputLocation);
        if (uri == null || !"s3".equals(uri.getScheme()) || uri.getHost() == null || uri.getPath().length() < 2) {
            throw new QueryFailedException("Athena gave no result file for the query: '" + outputLocation + "'");
        }
        message.setHeader("CamelAwsS3OverrideBucketName", uri.getHost());
        message.setHeader("CamelAwsS3Key", uri.getPath().substring(1));
    }

    /** S3 refused Athena's result file (the task role may not read Athena's output location, say). */
    public void unreadable(@ExchangeProperty(Exchange.EXCEPTION_CAUGHT) S3Exception failure,
                           @Header("CamelAwsAthenaOutputLocation") String outputLocation) throws QueryFailedException {
        throw new QueryFailedException("cannot read Athena's result file " + outputLocation + ": "
                + (failure.awsErrorDetails() == null ? failure.getMessage() : failure.awsErrorDetails().errorMessage()),
                failure);
    }

    /** The rows of Athena's CSV file, typed by the columns of the first GetQueryResults page. */
    public RowSource fromFile(InputStream csv, @ExchangeProperty(COLUMNS) GetQueryResultsResponse firstPage,
                              @ExchangeProperty(AthenaQueryWatch.SUCCEEDED) QueryExecution execution) {
        List<ColumnInfo> columns = firstPage.resultSet().resultSetMetadata().columnInfo();
        List<String> types = columns.stream().map(ColumnInfo::type).toList();
        return new RowSource() {
            @Override
            public QueryStats streamTo(RowSink sink) throws java.io.IOException {
                sink.columns(columns.stream().map(ColumnInfo::name).toList());
                AthenaCsvResultReader.stream(csv, types, sink);
                return stats(execution);
            }

            @Override
            public void close() throws java.io.IOException {
                AthenaCsvResultReader.abortUnlessComplete(csv, false); // after a full read: closes, nothing left
            }
        };
    }

    /** The rows of a SHOW or DESCRIBE, through GetQueryResults' pages (no header row there). */
    public RowSource fromPages(GetQueryResultsIterable pages,
                               @ExchangeProperty(AthenaQueryWatch.SUCCEEDED) QueryExecution execution) {
        return sink -> {
            List<String> types = null;
            for (GetQueryResultsResponse page : pages) {
                if (types == null) {
                    List<ColumnInfo> columns = page.resultSet().resultSetMetadata().columnInfo();
                    types = columns.stream().map(ColumnInfo::type).toList();
                    sink.columns(columns.stream().map(ColumnInfo::name).toList());
                }
                for (Row row : page.resultSet().rows()) {
                    if (!sink.row(values(types, row))) {
                        return stats(execution);
                    }
                }
            }
            return stats(execution);
        };
    }

    private static QueryStats stats(QueryExecution execution) {
        return new QueryStats(execution.queryExecutionId(),
                execution.statistics() == null ? null : execution.statistics().dataScannedInBytes());
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
