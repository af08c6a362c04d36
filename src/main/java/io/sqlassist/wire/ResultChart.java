package io.sqlassist.wire;

/**
 * What the requester learns about the chart of a result: where it is, or why there is none.
 *
 * @param type     line, bar or pie; null when there is no chart
 * @param location where chart.png was saved; null when there is no chart
 * @param note     why there is no chart (or what was left out of it); may be null
 */
public record ResultChart(ChartType type, String location, String note) {
    public static ResultChart none(String reason) {
        return new ResultChart(null, null, reason);
    }
}
