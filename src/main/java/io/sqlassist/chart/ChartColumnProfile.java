package io.sqlassist.chart;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * What one result column looks like: its role on a chart and the counts the rules need.
 *
 * @param distinct    number of distinct values, null counted as one value when present
 * @param duplicates  whether some non-null value occurs twice (the result is not one row per label)
 * @param nonNegative whether every numeric value is ≥ 0
 */
record ChartColumnProfile(String name, int index, ChartColumnRole role, int distinct, boolean duplicates,
                          boolean nonNegative) {

    private static final Set<String> TIME_WORDS = Set.of("year", "yr", "yyyy", "quarter", "qtr", "month", "mon",
            "week", "wk", "day", "date", "dt", "hour", "hr", "minute", "time", "period", "ts", "timestamp", "dow",
            "weekday");
    private static final Set<String> YEAR_WORDS = Set.of("year", "yr", "yyyy");
    private static final Set<String> ID_LAST_WORDS = Set.of("id", "key", "pk", "fk", "uuid", "guid", "code", "zip",
            "zipcode", "postcode", "phone", "number", "no", "num", "ssn", "sku", "isbn", "ean", "iban");

    private static final Set<String> AGGREGATE_WORDS = Set.of("avg", "average", "mean", "median", "sum", "total",
            "count", "cnt", "min", "max", "num", "number", "pct", "percent", "share", "stddev");

    ChartColumnProfile {
        requireNonNull(name, "name is null");
        requireNonNull(role, "role is null");
    }

    static ChartColumnProfile of(String name, int index, List<List<Object>> rows) {
        List<Object> values = new ArrayList<>();
        boolean anyNull = false;
        for (List<Object> row : rows) {
            Object v = index < row.size() ? row.get(index) : null;
            if (v == null) {
                anyNull = true;
            } else {
                values.add(v);
            }
        }
        Set<Object> keys = new HashSet<>();
        boolean duplicates = false;
        for (Object v : values) {
            duplicates |= !keys.add(key(v));
        }
        int distinct = keys.size() + (anyNull ? 1 : 0);
        boolean nonNegative = values.stream().allMatch(v -> !(v instanceof Number n) || n.doubleValue() >= 0);
        return new ChartColumnProfile(name, index, role(name, values), distinct, duplicates, nonNegative);
    }

    boolean labels() {
        return role == ChartColumnRole.TIME || role == ChartColumnRole.ORDINAL || role == ChartColumnRole.CATEGORY;
    }

    static boolean yearNamed(String name) {
        return words(name).stream().anyMatch(YEAR_WORDS::contains);
    }

    private static ChartColumnRole role(String name, List<Object> values) {
        if (values.isEmpty()) {
            return ChartColumnRole.EMPTY;
        }
        List<String> words = words(name);
        boolean yearNamed = words.stream().anyMatch(YEAR_WORDS::contains);
        boolean timeNamed = words.stream().anyMatch(TIME_WORDS::contains);
        boolean identifier = !words.isEmpty() && (ID_LAST_WORDS.contains(words.get(words.size() - 1))
                || words.get(0).equals("id"));
        if (values.stream().allMatch(v -> ChartTime.parse(v, yearNamed).isPresent())) {
            return ChartColumnRole.TIME;
        }
        if (identifier) {
            return ChartColumnRole.IDENTIFIER;
        }
        if (values.stream().allMatch(v -> v instanceof Number)) {
            // month numbers, hours, weekdays are labels with an order; avg_response_time is still an amount
            boolean timePart = timeNamed && !AGGREGATE_WORDS.contains(words.get(0))
                    && values.stream().allMatch(v -> smallInteger((Number) v));
            return timePart ? ChartColumnRole.ORDINAL : ChartColumnRole.MEASURE;
        }
        return ChartOrdinals.ordinal(values) ? ChartColumnRole.ORDINAL : ChartColumnRole.CATEGORY;
    }

    private static boolean smallInteger(Number n) {
        double d = n.doubleValue();
        return d == Math.rint(d) && d >= 0 && d <= 60;
    }

    /** {@code total_revenue} → [total, revenue]; {@code orderMonth} → [order, month]; {@code count_star()} → [count, star]. */
    static List<String> words(String name) {
        String spaced = name.replaceAll("([a-z0-9])([A-Z])", "$1 $2").toLowerCase(Locale.ROOT);
        return Arrays.stream(spaced.split("[^a-z0-9%]+")).filter(w -> !w.isEmpty()).toList();
    }

    /** 1, 1L, 1.0 and BigDecimal 1.00 are the same label. */
    static Object key(Object v) {
        if (v instanceof Number n) {
            try {
                return new BigDecimal(n.toString()).stripTrailingZeros();
            } catch (NumberFormatException e) {
                return n.toString();
            }
        }
        return v;
    }
}
