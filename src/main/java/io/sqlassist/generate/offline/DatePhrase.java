package io.sqlassist.generate.offline;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A date range a question names ("in 2025", "last 30 days", "since March"), as a SQL condition template
 * with {c} for the column. Only DATE literals, INTERVAL 'n' UNIT, date_trunc and EXTRACT are used, which
 * DuckDB and Trino both accept.
 */
record DatePhrase(int start, int end, String template, String yearTemplate) {
    private static final Map<String, Integer> MONTHS = Map.ofEntries(Map.entry("january", 1), Map.entry("jan", 1),
            Map.entry("february", 2), Map.entry("feb", 2), Map.entry("march", 3), Map.entry("mar", 3),
            Map.entry("april", 4), Map.entry("apr", 4), Map.entry("may", 5), Map.entry("june", 6),
            Map.entry("jun", 6), Map.entry("july", 7), Map.entry("jul", 7), Map.entry("august", 8),
            Map.entry("aug", 8), Map.entry("september", 9), Map.entry("sep", 9), Map.entry("sept", 9),
            Map.entry("october", 10), Map.entry("oct", 10), Map.entry("november", 11), Map.entry("nov", 11),
            Map.entry("december", 12), Map.entry("dec", 12));
    private static final Map<String, String> UNITS = Map.ofEntries(Map.entry("day", "DAY"), Map.entry("days", "DAY"),
            Map.entry("week", "WEEK"), Map.entry("weeks", "WEEK"), Map.entry("month", "MONTH"),
            Map.entry("months", "MONTH"), Map.entry("year", "YEAR"), Map.entry("years", "YEAR"),
            Map.entry("quarter", "QUARTER"), Map.entry("quarters", "QUARTER"));
    private static final List<String> IN_WORDS = List.of("in", "during", "for", "of", "from", "within");

    static String unit(String word) {
        return UNITS.get(word);
    }

    private static String lit(LocalDate d) {
        return "DATE '" + d + "'";
    }

    private static String range(LocalDate from, LocalDate toExclusive) {
        return "{c} >= " + lit(from) + " AND {c} < " + lit(toExclusive);
    }

    private static boolean isYear(QuestionToken t) {
        return t.isNumber() && t.number().scale() <= 0 && t.number().intValue() >= 1900
                && t.number().intValue() <= 2100 && t.lower().length() == 4;
    }

    /** Parses a date phrase starting at token i, or returns null. */
    static DatePhrase parse(List<QuestionToken> tokens, int i) {
        QuestionToken t = tokens.get(i);
        QuestionToken n1 = i + 1 < tokens.size() ? tokens.get(i + 1) : null;
        QuestionToken n2 = i + 2 < tokens.size() ? tokens.get(i + 2) : null;
        String w = t.lower();
        if ((w.equals("last") || w.equals("past") || w.equals("previous") || w.equals("recent")) && n1 != null) {
            int at = i + 1;
            if (n1.isNumber() && n2 != null && unit(n2.lower()) != null) {
                int n = n1.number().intValue();
                String u = unit(n2.lower());
                String interval = switch (u) {
                    case "WEEK" -> "INTERVAL '" + (7 * n) + "' DAY";
                    case "QUARTER" -> "INTERVAL '" + (3 * n) + "' MONTH";
                    default -> "INTERVAL '" + n + "' " + u;
                };
                return new DatePhrase(i, i + 3, "{c} >= current_date - " + interval, null);
            }
            if (unit(n1.lower()) != null && !n1.lower().endsWith("s")) {
                String u = unit(n1.lower()).toLowerCase(Locale.ROOT);
                if (u.equals("day")) {
                    return new DatePhrase(i, at + 1, "{c} = current_date - INTERVAL '1' DAY", null);
                }
                String trunc = "date_trunc('" + u + "', current_date)";
                String step = u.equals("quarter") ? "INTERVAL '3' MONTH" : u.equals("week") ? "INTERVAL '7' DAY"
                        : "INTERVAL '1' " + u.toUpperCase(Locale.ROOT);
                return new DatePhrase(i, at + 1, "{c} >= " + trunc + " - " + step + " AND {c} < " + trunc, null);
            }
            return null;
        }
        if ((w.equals("this") || w.equals("current")) && n1 != null && unit(n1.lower()) != null
                && !n1.lower().endsWith("s")) {
            String u = unit(n1.lower()).toLowerCase(Locale.ROOT);
            if (u.equals("day")) {
                return new DatePhrase(i, i + 2, "{c} = current_date", null);
            }
            String step = u.equals("quarter") ? "INTERVAL '3' MONTH" : u.equals("week") ? "INTERVAL '7' DAY"
                    : "INTERVAL '1' " + u.toUpperCase(Locale.ROOT);
            String trunc = "date_trunc('" + u + "', current_date)";
            return new DatePhrase(i, i + 2, "{c} >= " + trunc + " AND {c} < " + trunc + " + " + step, null);
        }
        if (w.equals("today")) {
            return new DatePhrase(i, i + 1, "{c} = current_date", null);
        }
        if (w.equals("yesterday")) {
            return new DatePhrase(i, i + 1, "{c} = current_date - INTERVAL '1' DAY", null);
        }
        if (w.equals("ytd") || (w.equals("year") && n1 != null && n1.is("to") && n2 != null && n2.is("date"))) {
            return new DatePhrase(i, w.equals("ytd") ? i + 1 : i + 3, "{c} >= date_trunc('year', current_date)", null);
        }
        if (w.equals("since") || w.equals("after") || w.equals("before") || w.equals("until") || w.equals("from")) {
            String op = w.equals("since") || w.equals("from") ? ">=" : w.equals("after") ? ">" : "<";
            Point p = point(tokens, i + 1);
            if (p != null) {
                String yt = p.year == null ? null : "{c} " + op + " " + p.year;
                if (op.equals(">")) {
                    return new DatePhrase(i, p.end, "{c} >= " + p.nextSql, yt);
                }
                return new DatePhrase(i, p.end, "{c} " + op + " " + p.startSql, yt);
            }
            return null;
        }
        if (w.equals("between") && n1 != null) {
            Point a = point(tokens, i + 1);
            if (a != null && a.end < tokens.size() && tokens.get(a.end).is("and")) {
                Point b = point(tokens, a.end + 1);
                if (b != null) {
                    String yt = a.year != null && b.year != null ? "{c} BETWEEN " + a.year + " AND " + b.year : null;
                    return new DatePhrase(i, b.end, "{c} >= " + a.startSql + " AND {c} < " + b.nextSql, yt);
                }
            }
            return null;
        }
        if (w.equals("on") && n1 != null && n1.isoDate()) {
            LocalDate d = LocalDate.parse(n1.lower());
            return new DatePhrase(i, i + 2, "{c} = " + lit(d), null);
        }
        boolean lead = IN_WORDS.contains(w);
        int at = lead ? i + 1 : i;
        QuestionToken a = at < tokens.size() ? tokens.get(at) : null;
        if (a == null) {
            return null;
        }
        if (MONTHS.containsKey(a.lower()) && (lead || !a.is("may", "mar", "jan", "jun", "dec", "oct"))) {
            int m = MONTHS.get(a.lower());
            QuestionToken y = at + 1 < tokens.size() ? tokens.get(at + 1) : null;
            if (y != null && isYear(y)) {
                LocalDate from = LocalDate.of(y.number().intValue(), m, 1);
                return new DatePhrase(i, at + 2, range(from, from.plusMonths(1)), null);
            }
            if (lead) {
                return new DatePhrase(i, at + 1, "EXTRACT(MONTH FROM {c}) = " + m, null);
            }
            return null;
        }
        if (isYear(a) && (lead || (at > 0 && tokens.get(at - 1).is("the")))) {
            int year = a.number().intValue();
            return new DatePhrase(i, at + 1, range(LocalDate.of(year, 1, 1), LocalDate.of(year + 1, 1, 1)), "{c} = " + year);
        }
        if (a.isoDate() && lead) {
            LocalDate d = LocalDate.parse(a.lower());
            return new DatePhrase(i, at + 1, "{c} = " + lit(d), null);
        }
        return null;
    }

    private record Point(int end, String startSql, String nextSql, Integer year) {
    }

    /** A point in time: ISO date, "March 2025", "2025", "March" (this year), "March 5, 2025". */
    private static Point point(List<QuestionToken> tokens, int i) {
        if (i >= tokens.size()) {
            return null;
        }
        QuestionToken t = tokens.get(i);
        if (t.is("the") && i + 1 < tokens.size()) {
            return point(tokens, i + 1);
        }
        if (t.isoDate()) {
            LocalDate d = LocalDate.parse(t.lower());
            return new Point(i + 1, lit(d), lit(d.plusDays(1)), null);
        }
        if (isYear(t)) {
            int y = t.number().intValue();
            return new Point(i + 1, lit(LocalDate.of(y, 1, 1)), lit(LocalDate.of(y + 1, 1, 1)), y);
        }
        if (MONTHS.containsKey(t.lower())) {
            int m = MONTHS.get(t.lower());
            QuestionToken n1 = i + 1 < tokens.size() ? tokens.get(i + 1) : null;
            QuestionToken n2 = i + 2 < tokens.size() ? tokens.get(i + 2) : null;
            if (n1 != null && n1.isNumber() && !isYear(n1) && n1.number().intValue() >= 1 && n1.number().intValue() <= 31
                    && n2 != null && isYear(n2)) {
                LocalDate d = LocalDate.of(n2.number().intValue(), m, n1.number().intValue());
                return new Point(i + 3, lit(d), lit(d.plusDays(1)), null);
            }
            if (n1 != null && isYear(n1)) {
                LocalDate d = LocalDate.of(n1.number().intValue(), m, 1);
                return new Point(i + 2, lit(d), lit(d.plusMonths(1)), null);
            }
            String start = m == 1 ? "date_trunc('year', current_date)"
                    : "date_trunc('year', current_date) + INTERVAL '" + (m - 1) + "' MONTH";
            String next = "date_trunc('year', current_date) + INTERVAL '" + m + "' MONTH";
            return new Point(i + 1, start, next, null);
        }
        return null;
    }
}
