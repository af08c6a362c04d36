package io.sqlassist.chart;

/** What a result column can be on a chart. */
enum ChartColumnRole {
    /** All values null: ignored. */
    EMPTY,
    /** ISO dates, timestamps, months, quarters, or integer years in a year-named column. */
    TIME,
    /** Numbers that are not identifiers and not time parts: what gets plotted. */
    MEASURE,
    /** Labels with an order of their own (month numbers, weekday names, buckets). */
    ORDINAL,
    /** Any other labels. */
    CATEGORY,
    /** Ids, keys and codes: never a measure, a label only when nothing else is. */
    IDENTIFIER
}
