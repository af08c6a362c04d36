package io.sqlassist.execute;

import static java.util.Objects.requireNonNull;

import io.sqlassist.wire.Result;
import java.nio.file.Path;
import java.util.List;

/**
 * What the execute stage hands on: the Result, and the files the result store's route is to keep, in order (the
 * metadata last: its presence says the rest is complete).
 *
 * @param spool the local copy of result.csv, deleted once the files are kept (or not); null when nothing ran
 */
public record ExecutedQuery(Result result, List<ResultFile> files, Path spool) {
    public ExecutedQuery {
        requireNonNull(result, "result is null");
        files = List.copyOf(requireNonNull(files, "files is null"));
    }

    /** A thread that ran nothing: a Result and no files. */
    public static ExecutedQuery nothingRan(Result result) {
        return new ExecutedQuery(result, List.of(), null);
    }
}
