package io.sqlassist.chart;

import java.io.IOException;

/** Where a drawn chart is kept: beside its result, wherever the result store keeps results. */
@FunctionalInterface
public interface ChartFiles {
    /**
     * Saves a file that belongs with the result (a chart) beside it.
     *
     * @return where the file is
     */
    String attach(String fileName, byte[] content, String contentType) throws IOException;
}
