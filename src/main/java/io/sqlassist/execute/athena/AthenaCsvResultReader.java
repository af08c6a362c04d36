package io.sqlassist.execute.athena;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import io.sqlassist.execute.QueryFailedException;
import io.sqlassist.execute.RowSink;
import java.io.IOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import software.amazon.awssdk.core.ResponseInputStream;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.GetObjectResponse;
import software.amazon.awssdk.services.s3.model.S3Exception;

/**
 * Streams the CSV file Athena wrote for a query from S3. Athena quotes every value and writes NULL as an empty
 * unquoted field, so an empty quoted field is the empty string and an empty unquoted one is null.
 */
final class AthenaCsvResultReader {
    private static final CsvMapper CSV = new CsvMapper();

    private final S3Client s3;

    AthenaCsvResultReader(S3Client s3) {
        this.s3 = Objects.requireNonNull(s3, "s3");
    }

    /**
     * Sends the rows of {@code outputLocation} after the header and the first {@code skip} rows to {@code sink}.
     *
     * @return false when the sink asked to stop
     */
    boolean stream(String outputLocation, List<String> types, long skip, RowSink sink)
            throws IOException, QueryFailedException {
        URI uri = URI.create(outputLocation);
        String bucket = uri.getHost();
        String key = uri.getPath().startsWith("/") ? uri.getPath().substring(1) : uri.getPath();
        ResponseInputStream<GetObjectResponse> body;
        try {
            body = s3.getObject(r -> r.bucket(bucket).key(key));
        } catch (S3Exception e) {
            throw new QueryFailedException("cannot read Athena's result file " + outputLocation + ": "
                    + e.awsErrorDetails().errorMessage(), e);
        }
        boolean complete = false;
        try (MappingIterator<List<String>> rows = CSV.readerForListOf(String.class)
                .with(CsvParser.Feature.WRAP_AS_ARRAY)
                .with(CsvParser.Feature.EMPTY_UNQUOTED_STRING_AS_NULL)
                .readValues(body)) {
            long index = -1; // the header
            while (rows.hasNextValue()) {
                List<String> cells = rows.nextValue();
                if (index++ < skip) {
                    continue;
                }
                List<Object> values = new ArrayList<>(types.size());
                for (int i = 0; i < types.size(); i++) {
                    values.add(AthenaValues.portable(types.get(i), i < cells.size() ? cells.get(i) : null));
                }
                if (!sink.row(values)) {
                    return false;
                }
            }
            complete = true;
            return true;
        } finally {
            if (!complete) {
                body.abort(); // do not download the rest of a large file just to close the connection cleanly
            }
            body.close();
        }
    }
}
