package io.sqlassist.execute;

import io.sqlassist.chart.ChartFiles;
import java.io.IOException;
import java.util.List;
import java.util.Map;

/** Receives one result as it streams from the engine and keeps it somewhere durable. */
public interface ResultWriter extends ChartFiles, AutoCloseable {
    void columns(List<String> names) throws IOException;

    void row(List<Object> values) throws IOException;

    /**
     * Completes the result and writes its metadata beside it.
     *
     * @return where the result is, as a path or URI the requester can open
     */
    String finish(Map<String, Object> metadata) throws IOException;

    @Override
    void close() throws IOException;
}
