package io.sqlassist.eval;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.sql.Date;
import java.sql.Time;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Compares two query results the way execution accuracy needs: rows as multisets (in order only when asked),
 * values within a row regardless of column order, numbers within a relative tolerance, NULL equal to NULL.
 */
public final class ResultComparator {
    public static final double RELATIVE_TOLERANCE = 1e-6;

    /** Outcome of a comparison; reason is null when equal. */
    public record Comparison(boolean equal, String reason) {
        static Comparison same() {
            return new Comparison(true, null);
        }

        static Comparison differ(String reason) {
            return new Comparison(false, reason);
        }
    }

    private static final Comparator<Object> VALUE_ORDER = ResultComparator::compareValues;
    private static final Comparator<List<Object>> ROW_ORDER = (a, b) -> {
        for (int i = 0; i < Math.min(a.size(), b.size()); i++) {
            int c = compareValues(a.get(i), b.get(i));
            if (c != 0) {
                return c;
            }
        }
        return Integer.compare(a.size(), b.size());
    };

    private ResultComparator() {
    }

    public static Comparison compare(List<List<Object>> expected, List<List<Object>> actual, boolean ordered) {
        List<List<Object>> e = canonicalRows(expected);
        List<List<Object>> a = canonicalRows(actual);
        int expectedColumns = e.isEmpty() ? -1 : e.get(0).size();
        int actualColumns = a.isEmpty() ? -1 : a.get(0).size();
        if (expectedColumns >= 0 && actualColumns >= 0 && expectedColumns != actualColumns) {
            return Comparison.differ("expected " + expectedColumns + " columns, got " + actualColumns);
        }
        if (e.size() != a.size()) {
            return Comparison.differ("expected " + e.size() + " rows, got " + a.size());
        }
        if (!ordered) {
            e.sort(ROW_ORDER);
            a.sort(ROW_ORDER);
        }
        for (int i = 0; i < e.size(); i++) {
            if (!rowsEqual(e.get(i), a.get(i))) {
                return Comparison.differ((ordered ? "row " + (i + 1) : "rows") + " differ: expected " + e.get(i)
                        + ", got " + a.get(i));
            }
        }
        return Comparison.same();
    }

    private static List<List<Object>> canonicalRows(List<List<Object>> rows) {
        List<List<Object>> out = new ArrayList<>(rows.size());
        for (List<Object> row : rows) {
            List<Object> r = new ArrayList<>(row.size());
            for (Object v : row) {
                r.add(canonical(v));
            }
            r.sort(VALUE_ORDER);
            out.add(r);
        }
        return out;
    }

    private static boolean rowsEqual(List<Object> a, List<Object> b) {
        if (a.size() != b.size()) {
            return false;
        }
        for (int i = 0; i < a.size(); i++) {
            if (!valuesEqual(a.get(i), b.get(i))) {
                return false;
            }
        }
        return true;
    }

    /** Numbers become BigDecimal, dates and times ISO strings (midnight timestamps as dates), the rest as is. */
    static Object canonical(Object v) {
        if (v == null) {
            return null;
        }
        if (v instanceof BigDecimal d) {
            return d;
        }
        if (v instanceof Integer || v instanceof Long || v instanceof Short || v instanceof Byte) {
            return BigDecimal.valueOf(((Number) v).longValue());
        }
        if (v instanceof BigInteger bi) {
            return new BigDecimal(bi);
        }
        if (v instanceof Double || v instanceof Float) {
            double d = ((Number) v).doubleValue();
            if (Double.isNaN(d) || Double.isInfinite(d)) {
                return String.valueOf(d);
            }
            return new BigDecimal(Double.toString(d));
        }
        if (v instanceof Number n) {
            try {
                return new BigDecimal(n.toString());
            } catch (NumberFormatException e) {
                return n.toString();
            }
        }
        if (v instanceof Timestamp ts) {
            return dateTime(ts.toLocalDateTime());
        }
        if (v instanceof LocalDateTime ldt) {
            return dateTime(ldt);
        }
        if (v instanceof OffsetDateTime odt) {
            return dateTime(odt.toLocalDateTime());
        }
        if (v instanceof Date d) {
            return d.toLocalDate().toString();
        }
        if (v instanceof LocalDate d) {
            return d.toString();
        }
        if (v instanceof Time t) {
            return t.toLocalTime().toString();
        }
        if (v instanceof LocalTime t) {
            return t.toString();
        }
        if (v instanceof Boolean b) {
            return b;
        }
        return v.toString();
    }

    private static String dateTime(LocalDateTime t) {
        return t.toLocalTime().equals(LocalTime.MIDNIGHT) ? t.toLocalDate().toString() : t.toString();
    }

    private static int rank(Object v) {
        if (v == null) {
            return 0;
        }
        if (v instanceof Boolean) {
            return 1;
        }
        if (v instanceof BigDecimal) {
            return 2;
        }
        return 3;
    }

    private static int compareValues(Object a, Object b) {
        int ra = rank(a);
        int rb = rank(b);
        if (ra != rb) {
            return Integer.compare(ra, rb);
        }
        return switch (ra) {
            case 0 -> 0;
            case 1 -> Boolean.compare((Boolean) a, (Boolean) b);
            case 2 -> ((BigDecimal) a).compareTo((BigDecimal) b);
            default -> a.toString().compareTo(b.toString());
        };
    }

    static boolean valuesEqual(Object a, Object b) {
        if (a == null || b == null) {
            return a == b;
        }
        if (a instanceof BigDecimal x && b instanceof BigDecimal y) {
            if (x.compareTo(y) == 0) {
                return true;
            }
            double dx = x.doubleValue();
            double dy = y.doubleValue();
            double scale = Math.max(Math.abs(dx), Math.abs(dy));
            return Math.abs(dx - dy) <= RELATIVE_TOLERANCE * scale;
        }
        return a.equals(b);
    }
}
