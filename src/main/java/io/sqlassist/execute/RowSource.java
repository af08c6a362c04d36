package io.sqlassist.execute;

import java.io.IOException;

/**
 * A query's result as a warehouse route hands it to the execute stage: streamed once, into the stage's sink, and
 * closed whether or not it was read to the end (an S3 object left half-read is aborted, not downloaded).
 */
@FunctionalInterface
public interface RowSource extends AutoCloseable {
    /** Sends the columns, then rows until the sink has enough or there are none left. */
    QueryStats streamTo(RowSink sink) throws QueryFailedException, IOException;

    @Override
    default void close() throws IOException {
    }
}
