package io.sqlassist.execute;

import io.sqlassist.wire.Json;
import io.sqlassist.wire.Result;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Keeps a Result under SQS's message size (256 KiB, attributes included): a wide {@code SELECT *} preview would
 * exceed it, SendMessage would fail, and the thread would be retried until abandoned. Long values in the preview
 * are shortened first, then rows are dropped from its end; the message says so and where the full result is.
 */
public final class ResultSizeCap {
    /** Room left below SQS's 262,144 bytes for the message attributes and the JSON of the envelope. */
    public static final int MAX_BYTES = 240 * 1024;
    static final int MAX_CELL_CHARACTERS = 1000;

    private final int maxBytes;

    public ResultSizeCap() {
        this(MAX_BYTES);
    }

    ResultSizeCap(int maxBytes) {
        this.maxBytes = maxBytes;
    }

    public Result cap(Result result) {
        if (bytes(result) <= maxBytes) {
            return result;
        }
        List<List<Object>> shortened = new ArrayList<>();
        for (List<Object> row : result.rows()) {
            List<Object> cells = new ArrayList<>(row.size());
            for (Object cell : row) {
                cells.add(cell instanceof String text && text.length() > MAX_CELL_CHARACTERS
                        ? text.substring(0, MAX_CELL_CHARACTERS) + "…" : cell);
            }
            shortened.add(cells);
        }
        int keep = shortened.size();
        Result capped = with(result, shortened, keep);
        int low = 0; // binary search for the longest preview that fits
        int high = keep;
        while (bytes(capped) > maxBytes && low < high) {
            int middle = (low + high) / 2;
            Result attempt = with(result, shortened, middle);
            if (bytes(attempt) <= maxBytes) {
                low = middle + 1;
                capped = attempt;
            } else {
                high = middle;
            }
        }
        if (bytes(capped) > maxBytes) {
            capped = with(result, List.of(), 0);
        }
        return capped;
    }

    private static Result with(Result result, List<List<Object>> rows, int keep) {
        String note = "the preview was cut to fit a queue message (" + keep + " of " + result.rows().size()
                + " preview rows; values over " + MAX_CELL_CHARACTERS + " characters shortened)"
                + (result.location() == null ? "" : "; the full result is at " + result.location());
        String message = result.message() == null ? note : result.message() + "; " + note;
        return new Result(result.schemaVersion(), result.threadId(), result.status(), result.question(), result.sql(),
                result.approver(), result.rowCount(), result.columns(), rows.subList(0, keep), result.location(),
                message, result.timings(), result.chart());
    }

    private static int bytes(Result result) {
        return Json.write(result).getBytes(StandardCharsets.UTF_8).length;
    }
}
