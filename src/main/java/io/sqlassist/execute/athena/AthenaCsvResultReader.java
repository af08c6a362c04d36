package io.sqlassist.execute.athena;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import io.sqlassist.execute.RowSink;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import software.amazon.awssdk.core.ResponseInputStream;

/**
 * Reads the CSV file Athena wrote for a DML query, as it streams from S3. Athena quotes every value and writes NULL
 * as an empty unquoted field, so an empty quoted field is the empty string and an empty unquoted one is null; the
 * first line repeats the column names.
 */
final class AthenaCsvResultReader {
    private static final CsvMapper CSV = new CsvMapper();

    private AthenaCsvResultReader() {
    }

    /**
     * Sends the rows after the header to {@code sink}, converted by the columns' Athena types, and closes the stream.
     * A stream from S3 that is left before its end is aborted, not downloaded to the end to close it cleanly.
     */
    static void stream(InputStream body, List<String> types, RowSink sink) throws IOException {
        boolean complete = false;
        try (MappingIterator<List<String>> rows = CSV.readerForListOf(String.class)
                .with(CsvParser.Feature.WRAP_AS_ARRAY)
                .with(CsvParser.Feature.EMPTY_UNQUOTED_STRING_AS_NULL)
                .readValues(body)) {
            boolean header = true;
            while (rows.hasNextValue()) {
                List<String> cells = rows.nextValue();
                if (header) {
                    header = false;
                    continue;
                }
                List<Object> values = new ArrayList<>(types.size());
                for (int i = 0; i < types.size(); i++) {
                    values.add(AthenaValues.portable(types.get(i), i < cells.size() ? cells.get(i) : null));
                }
                if (!sink.row(values)) {
                    return;
                }
            }
            complete = true;
        } finally {
            abortUnlessComplete(body, complete);
        }
    }

    static void abortUnlessComplete(InputStream body, boolean complete) throws IOException {
        if (!complete && body instanceof ResponseInputStream<?> response) {
            response.abort();
        }
        body.close();
    }
}
