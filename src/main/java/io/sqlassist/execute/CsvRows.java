package io.sqlassist.execute;

import com.fasterxml.jackson.databind.SequenceWriter;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.Closeable;
import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.util.List;

/** Writes a result as RFC 4180 CSV with a header line: the one format every result store writes. */
public final class CsvRows implements Closeable {
    private static final CsvMapper CSV = new CsvMapper();
    private final Writer out;
    private SequenceWriter csv;

    public CsvRows(Writer out) {
        this.out = out;
    }

    public void columns(List<String> names) throws IOException {
        CsvSchema.Builder schema = CsvSchema.builder().setUseHeader(true);
        names.forEach(schema::addColumn);
        csv = CSV.writer(schema.build()).writeValues(out);
    }

    public void row(List<Object> values) throws IOException {
        // Cells go out as text: a null list element would otherwise be skipped and shift the columns after it.
        String[] cells = new String[values.size()];
        for (int i = 0; i < cells.length; i++) {
            Object value = values.get(i);
            cells[i] = value == null ? "" : value instanceof BigDecimal d ? d.toPlainString() : String.valueOf(value);
        }
        csv.write(cells);
    }

    /** Flushes and closes the CSV and the underlying writer. */
    @Override
    public void close() throws IOException {
        if (csv != null) {
            csv.close();
            csv = null;
        }
        out.close();
    }
}
