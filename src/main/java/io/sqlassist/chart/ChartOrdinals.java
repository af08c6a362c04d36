package io.sqlassist.chart;

import java.util.Collection;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Categories that have an order of their own, so bars keep that order instead of being sorted by value:
 * numbers, booleans, month and weekday names, quarters ({@code Q1}) and buckets ({@code 0-10}, {@code <10}, {@code 100+}).
 */
final class ChartOrdinals {

    private static final Map<String, Integer> NAMES = names();
    private static final Pattern QUARTER = Pattern.compile("q([1-4])");
    private static final String NUMBER = "\\$?(-?\\d[\\d,]*(?:\\.\\d+)?)";
    // "10-20", "10 to 20", "<10", ">= 100", "100+", "under 5", "$0-$50", "30 days", "50%"
    private static final Pattern BUCKET = Pattern.compile(
            "(<=?|>=?|≤|≥|under|below|over|above)?\\s*" + NUMBER
                    + "\\s*(\\+|(?:-|–|to)\\s*" + NUMBER + ")?\\s*[a-z%]*");

    private ChartOrdinals() {
    }

    /** Whether every non-null value has an ordinal sort key. */
    static boolean ordinal(Collection<?> nonNullValues) {
        return !nonNullValues.isEmpty() && nonNullValues.stream().allMatch(v -> sortKey(v).isPresent());
    }

    static Optional<Double> sortKey(Object value) {
        if (value instanceof Number n) {
            return Optional.of(n.doubleValue());
        }
        if (value instanceof Boolean b) {
            return Optional.of(b ? 1.0 : 0.0);
        }
        if (!(value instanceof String s)) {
            return Optional.empty();
        }
        String t = s.strip().toLowerCase(Locale.ROOT);
        Integer named = NAMES.get(t.endsWith(".") ? t.substring(0, t.length() - 1) : t);
        if (named != null) {
            return Optional.of(named.doubleValue());
        }
        Matcher q = QUARTER.matcher(t);
        if (q.matches()) {
            return Optional.of(Double.parseDouble(q.group(1)));
        }
        Matcher b = BUCKET.matcher(t);
        if (b.matches()) {
            double n = Double.parseDouble(b.group(2).replace(",", ""));
            String op = b.group(1) == null ? "" : b.group(1);
            // "<10" sorts before "10-20", ">100" and "100+" after "50-100"
            if (op.startsWith("<") || op.equals("≤") || op.equals("under") || op.equals("below")) {
                n -= 0.5;
            } else if (!op.isEmpty() || "+".equals(b.group(3))) {
                n += 0.5;
            }
            return Optional.of(n);
        }
        return Optional.empty();
    }

    private static Map<String, Integer> names() {
        Map<String, Integer> m = new java.util.HashMap<>();
        String[] months = {"january", "february", "march", "april", "may", "june", "july", "august", "september",
                "october", "november", "december"};
        for (int i = 0; i < months.length; i++) {
            m.put(months[i], i + 1);
            m.put(months[i].substring(0, 3), i + 1);
        }
        m.put("sept", 9);
        String[] days = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"};
        for (int i = 0; i < days.length; i++) {
            m.put(days[i], i + 1);
            m.put(days[i].substring(0, 3), i + 1);
        }
        return Map.copyOf(m);
    }
}
