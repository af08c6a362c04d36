package io.sqlassist.chart;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Text shown on a chart: titles from questions, axis labels from SQL column names. */
final class ChartLabels {

    static final int MAX_TITLE = 90;
    static final int MAX_CATEGORY = 28;
    private static final Set<String> UPPER = Set.of("id", "usd", "eur", "gbp", "sku", "kpi", "url", "aov", "ltv",
            "arr", "mrr", "gmv", "roi", "ctr", "cpc", "utc", "us", "uk", "eu");

    private ChartLabels() {
    }

    /** {@code total_revenue} → "Total revenue"; {@code count_star()} and {@code count(*)} → "Count". */
    static String readable(String column) {
        List<String> words = ChartColumnProfile.words(column);
        if (words.isEmpty()) {
            return column;
        }
        if (words.equals(List.of("count", "star")) || words.equals(List.of("count")) || words.equals(List.of("count", "1"))) {
            return "Count";
        }
        StringBuilder b = new StringBuilder();
        for (String w : words) {
            if (!b.isEmpty()) {
                b.append(' ');
            }
            b.append(UPPER.contains(w) ? w.toUpperCase(Locale.ROOT) : w);
        }
        return Character.toUpperCase(b.charAt(0)) + b.substring(1);
    }

    /** The question, on one line and cut at a word boundary; or "Total revenue by country" when there is none. */
    static String title(String question, String xColumn, List<String> yColumns) {
        if (question == null || question.isBlank()) {
            String y = yColumns.size() == 1 ? readable(yColumns.get(0)) : readable(yColumns.get(0)) + " and more";
            return y + " by " + readable(xColumn).toLowerCase(Locale.ROOT);
        }
        return shorten(question.strip().replaceAll("\\s+", " "), MAX_TITLE);
    }

    static String shorten(String text, int max) {
        if (text.length() <= max) {
            return text;
        }
        int cut = text.lastIndexOf(' ', max - 1);
        if (cut < max / 2) {
            cut = max - 1;
        }
        return text.substring(0, cut).stripTrailing() + "…";
    }
}
