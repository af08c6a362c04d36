package io.sqlassist.execute;

import java.io.IOException;

/** Where approved SQL runs: the local warehouse over JDBC, or Athena. Implementations are thread-safe. */
public interface QueryEngine {
    /**
     * Runs {@code sql} and streams its columns and rows to {@code sink}.
     *
     * @throws QueryFailedException the engine refused or failed the query
     * @throws IOException          the sink failed (where results are written): an infrastructure fault
     */
    QueryStats run(String sql, RowSink sink) throws QueryFailedException, IOException;
}
