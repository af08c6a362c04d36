package io.sqlassist.chart;

import static java.util.Objects.requireNonNull;

import io.sqlassist.wire.ChartType;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Decides whether a result has a plottable shape, and which chart: line over time, bar over categories, pie for a
 * share of a total. A requested type that does not fit is refused with the reason rather than swapped for another.
 */
public final class ChartShapes {

    public static final int MAX_BAR_CATEGORIES = 30;
    public static final int MAX_PIE_SLICES = 8;
    public static final int MAX_SERIES = 8;

    private static final Pattern SHARE_WORDS = Pattern.compile(
            "\\b(share|shares|percent|percents|percentage|percentages|proportion|proportions|breakdown|broken down"
                    + "|distribution|split|composition|fraction|pie)\\b|%",
            Pattern.CASE_INSENSITIVE);

    private ChartShapes() {
    }

    /**
     * @param columns          result column names
     * @param rows             result rows: Number, String (ISO dates and times as text), Boolean or null
     * @param requestedOrNull  the chart type the requester asked for, or null to let the shape decide
     * @param question         the question the result answers (title; "share"/"breakdown" words favour a pie); may be null
     */
    public static ChartDecision detect(List<String> columns, List<List<Object>> rows, ChartType requestedOrNull,
                                       String question) {
        requireNonNull(columns, "columns is null");
        requireNonNull(rows, "rows is null");
        if (rows.isEmpty()) {
            return ChartDecision.refuse("no rows");
        }
        if (rows.size() == 1) {
            return ChartDecision.refuse("single row: nothing to compare");
        }
        if (rows.stream().anyMatch(r -> r == null || r.size() != columns.size())) {
            return ChartDecision.refuse("rows do not match the " + columns.size() + " columns");
        }
        List<ChartColumnProfile> profiles = new ArrayList<>();
        for (int i = 0; i < columns.size(); i++) {
            profiles.add(ChartColumnProfile.of(columns.get(i), i, rows));
        }

        List<ChartColumnProfile> measures = having(profiles, ChartColumnRole.MEASURE);
        if (measures.isEmpty()) {
            return ChartDecision.refuse(noMeasureReason(profiles));
        }
        if (measures.size() > MAX_SERIES) {
            return ChartDecision.refuse(measures.size() + " numeric columns: more than " + MAX_SERIES + " series");
        }

        List<ChartColumnProfile> labels = profiles.stream().filter(ChartColumnProfile::labels).toList();
        if (labels.isEmpty()) {
            labels = having(profiles, ChartColumnRole.IDENTIFIER);
        }
        if (labels.isEmpty()) {
            return ChartDecision.refuse("no category or time column to plot " + names(measures) + " against");
        }
        if (labels.size() > 1) {
            return ChartDecision.refuse(labels.size() + " label columns (" + names(labels)
                    + "): a chart here has one x column, so the result would need pivoting");
        }
        ChartColumnProfile x = labels.get(0);
        boolean time = x.role() == ChartColumnRole.TIME;
        if (x.duplicates()) {
            return ChartDecision.refuse("values of " + x.name() + " repeat: a chart needs one row per "
                    + (time ? "point in time" : "category"));
        }

        ChartType type = requestedOrNull != null ? requestedOrNull : preferred(x, measures, rows, question);
        String misfit = misfit(type, x, measures, rows);
        if (misfit != null) {
            return ChartDecision.refuse(misfit);
        }
        List<String> y = measures.stream().map(ChartColumnProfile::name).toList();
        ChartOrder order = time ? ChartOrder.TIME
                : x.role() == ChartColumnRole.ORDINAL ? ChartOrder.NATURAL : ChartOrder.VALUE_DESCENDING;
        return ChartDecision.chart(new ChartPlan(type, ChartLabels.title(question, x.name(), y), x.name(), y, order));
    }

    private static ChartType preferred(ChartColumnProfile x, List<ChartColumnProfile> measures, List<List<Object>> rows,
                                       String question) {
        if (x.role() == ChartColumnRole.TIME) {
            return ChartType.line;
        }
        boolean share = question != null && SHARE_WORDS.matcher(question).find();
        return share && misfit(ChartType.pie, x, measures, rows) == null ? ChartType.pie : ChartType.bar;
    }

    /** Why the result cannot be drawn as that type, or null when it can. */
    private static String misfit(ChartType type, ChartColumnProfile x, List<ChartColumnProfile> measures,
                                 List<List<Object>> rows) {
        switch (type) {
            case line -> {
                if (x.role() != ChartColumnRole.TIME) {
                    return "a line chart needs a date or time column; " + x.name() + " is not one";
                }
                return x.distinct() < 2 ? "a single point in time: nothing to draw a line through" : null;
            }
            case bar -> {
                return x.distinct() > MAX_BAR_CATEGORIES
                        ? x.distinct() + " categories: more than " + MAX_BAR_CATEGORIES : null;
            }
            case pie -> {
                if (measures.size() != 1) {
                    return measures.size() + " numeric columns (" + names(measures) + "): a pie shows exactly one";
                }
                ChartColumnProfile m = measures.get(0);
                if (x.distinct() > MAX_PIE_SLICES) {
                    return x.distinct() + " categories: more than " + MAX_PIE_SLICES + " for a pie";
                }
                if (!m.nonNegative()) {
                    return "negative values in " + m.name() + ": a pie needs values of 0 or more";
                }
                double total = rows.stream().map(r -> r.get(m.index()))
                        .mapToDouble(v -> v instanceof Number n ? n.doubleValue() : 0).sum();
                return total > 0 ? null : "the values of " + m.name() + " add up to 0: no share to show";
            }
            default -> throw new IllegalStateException("unknown chart type " + type);
        }
    }

    private static String noMeasureReason(List<ChartColumnProfile> profiles) {
        List<ChartColumnProfile> empty = having(profiles, ChartColumnRole.EMPTY);
        List<ChartColumnProfile> ids = having(profiles, ChartColumnRole.IDENTIFIER);
        if (!empty.isEmpty()) {
            return "no numeric column with values (all null: " + names(empty) + ")";
        }
        if (!ids.isEmpty() && ids.size() == profiles.size()) {
            return "no numeric column: only identifier columns (" + names(ids) + ")";
        }
        if (!ids.isEmpty()) {
            return "no numeric column (identifiers are not measures: " + names(ids) + ")";
        }
        return "no numeric column";
    }

    private static List<ChartColumnProfile> having(List<ChartColumnProfile> profiles, ChartColumnRole role) {
        return profiles.stream().filter(p -> p.role() == role).toList();
    }

    private static String names(List<ChartColumnProfile> profiles) {
        return profiles.stream().map(ChartColumnProfile::name).collect(Collectors.joining(", "));
    }
}
