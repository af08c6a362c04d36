package io.sqlassist.wire;

import static java.util.Objects.requireNonNull;

import java.util.List;

/**
 * What the requester gets back on the results queue.
 *
 * @param rowCount number of rows the query returned (all of them, not just the preview)
 * @param columns  column names in result order
 * @param rows     the first rows, as a preview
 * @param location where the full result was written (a folder path locally, {@code s3://…} on AWS)
 * @param message  human-readable outcome: the error, the rejection feedback, or null on success
 * @param chart    the chart drawn from the result, or why there is none; null when nothing ran
 */
public record Result(int schemaVersion, String threadId, ResultStatus status, String question, String sql,
                     String approver, long rowCount, List<String> columns, List<List<Object>> rows, String location,
                     String message, Timings timings, ResultChart chart) {
    public static final int SCHEMA_VERSION = 1;

    public Result {
        requireNonNull(threadId, "threadId is null");
        requireNonNull(status, "status is null");
        columns = columns == null ? List.of() : List.copyOf(columns);
        rows = rows == null ? List.of() : rows.stream().map(r -> java.util.Collections.unmodifiableList(new java.util.ArrayList<>(r))).toList();
    }

    public static Result closedWithoutExecution(String threadId, ResultStatus status, String question, String sql,
                                                String approver, String message, Timings timings) {
        return new Result(SCHEMA_VERSION, threadId, status, question, sql, approver, 0, List.of(), List.of(), null,
                message, timings, null);
    }
}
