package io.sqlassist.chart;

import static java.util.Objects.requireNonNull;

import io.sqlassist.wire.ChartType;
import java.util.List;

/**
 * What to draw from a result: the chart type, its title, the x column (time or category) and the y columns (measures).
 *
 * @param type     line, bar or pie
 * @param title    chart title, already trimmed to a displayable length
 * @param xColumn  the time or category column
 * @param yColumns one or more numeric measure columns (exactly one for pie)
 * @param order    how the x values are ordered
 */
public record ChartPlan(ChartType type, String title, String xColumn, List<String> yColumns, ChartOrder order) {

    public ChartPlan {
        requireNonNull(type, "type is null");
        requireNonNull(title, "title is null");
        requireNonNull(xColumn, "xColumn is null");
        requireNonNull(yColumns, "yColumns is null");
        requireNonNull(order, "order is null");
        yColumns = List.copyOf(yColumns);
        if (yColumns.isEmpty()) {
            throw new IllegalArgumentException("a chart needs at least one y column");
        }
        if (type == ChartType.pie && yColumns.size() != 1) {
            throw new IllegalArgumentException("a pie chart has exactly one y column, got " + yColumns);
        }
    }
}
