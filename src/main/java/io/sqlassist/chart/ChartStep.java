package io.sqlassist.chart;

import io.sqlassist.wire.ChartType;
import io.sqlassist.wire.ResultChart;
import java.io.IOException;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Stage 2: draws the chart of a result when it has a plottable shape and saves it beside the result as
 * {@code chart.png}. A chart that cannot be drawn never fails the result: the Result says why instead.
 */
public final class ChartStep {
    private static final Logger LOG = LoggerFactory.getLogger(ChartStep.class);
    public static final String FILE_NAME = "chart.png";
    private final ChartRenderer renderer = new ChartRenderer();

    public ResultChart chart(List<String> columns, List<List<Object>> rows, long totalRows, ChartType requested,
                             String question, ChartFiles files) {
        ChartDecision decision = ChartShapes.detect(columns, rows, requested, question);
        if (!decision.charted()) {
            return ResultChart.none(decision.reason());
        }
        try {
            byte[] png = renderer.render(decision.plan(), columns, rows);
            String location = files.attach(FILE_NAME, png, "image/png");
            String note = totalRows > rows.size() ? "drawn from the first " + rows.size() + " of " + totalRows + " rows" : null;
            return new ResultChart(decision.plan().type(), location, note);
        } catch (IOException | RuntimeException e) {
            LOG.warn("Chart not drawn: {}", e.getMessage());
            return ResultChart.none("the chart could not be drawn: " + e.getMessage());
        }
    }
}
