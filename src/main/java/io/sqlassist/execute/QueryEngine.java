package io.sqlassist.execute;

import java.io.IOException;

/** Where approved SQL runs: the local warehouse over JDBC, or Athena. Implementations are thread-safe. */
public interface QueryEngine {
    /**
     * Runs {@code sql} and streams its columns and rows to {@code sink}.
     *
     * @param runKey names this run (thread id and attempt): an engine that can (Athena, through its idempotency
     *               token) answers a second run with the same key and SQL from the execution already started,
     *               instead of running and billing the query again
     * @throws QueryFailedException the engine refused or failed the query
     * @throws IOException          the sink failed (where results are written): an infrastructure fault
     */
    QueryStats run(String sql, String runKey, RowSink sink) throws QueryFailedException, IOException;
}
