package io.sqlassist.chart;

/** How the renderer orders the x values of a plan. */
public enum ChartOrder {
    /** Ascending time (line charts, bars over time). */
    TIME,
    /** By the first y column, largest first (plain categories). */
    VALUE_DESCENDING,
    /** By the categories' own order: numbers, month or weekday names, buckets (ordinal categories). */
    NATURAL
}
