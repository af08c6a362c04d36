package io.sqlassist.cli;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Renders rows as a plain-text table for the terminal; numbers are right-aligned, long cells cut. For reading, not
 * for reuse (result.csv keeps every value as the engine gave it): a column of midnight timestamps (what
 * {@code date_trunc} gives) shows dates, and floating-point values show two decimals, or four significant digits in a
 * column with values below 1.
 */
final class TableFormatter {
    private static final int MAX_CELL = 40;
    private static final Pattern MIDNIGHT = Pattern.compile("(\\d{4}-\\d{2}-\\d{2})T00:00(?::00(?:\\.0+)?)?");

    private TableFormatter() {
    }

    static String format(List<String> columns, List<List<Object>> rows) {
        int[] widths = new int[columns.size()];
        boolean[] numeric = new boolean[columns.size()];
        List<List<String>> cells = new ArrayList<>();
        for (int c = 0; c < columns.size(); c++) {
            widths[c] = Math.min(MAX_CELL, columns.get(c).length());
            numeric[c] = !rows.isEmpty();
        }
        boolean[] dates = new boolean[columns.size()];
        boolean[] small = new boolean[columns.size()];
        for (int c = 0; c < columns.size(); c++) {
            dates[c] = !rows.isEmpty();
            for (List<Object> row : rows) {
                Object value = c < row.size() ? row.get(c) : null;
                dates[c] &= value == null || value instanceof String text && MIDNIGHT.matcher(text).matches();
                small[c] |= isFloat(value) && Math.abs(((Number) value).doubleValue()) < 1
                        && ((Number) value).doubleValue() != 0;
            }
        }
        for (List<Object> row : rows) {
            List<String> line = new ArrayList<>();
            for (int c = 0; c < columns.size(); c++) {
                Object value = c < row.size() ? row.get(c) : null;
                String text = cut(display(value, dates[c], small[c]));
                numeric[c] &= value == null || value instanceof Number;
                widths[c] = Math.max(widths[c], text.length());
                line.add(text);
            }
            cells.add(line);
        }
        StringBuilder out = new StringBuilder();
        String rule = rule(widths);
        out.append(rule).append(line(columns.stream().map(TableFormatter::cut).toList(), widths, new boolean[widths.length]))
                .append(rule);
        cells.forEach(line -> out.append(line(line, widths, numeric)));
        return out.append(rule).toString();
    }

    private static String display(Object value, boolean dateColumn, boolean smallValues) {
        if (value == null) {
            return "NULL";
        }
        if (dateColumn) {
            Matcher midnight = MIDNIGHT.matcher((String) value);
            return midnight.matches() ? midnight.group(1) : (String) value;
        }
        if (isFloat(value) && Double.isFinite(((Number) value).doubleValue())) {
            BigDecimal number = BigDecimal.valueOf(((Number) value).doubleValue());
            return smallValues ? number.round(new MathContext(4, RoundingMode.HALF_EVEN)).stripTrailingZeros()
                    .toPlainString() : number.setScale(2, RoundingMode.HALF_EVEN).toPlainString();
        }
        return String.valueOf(value);
    }

    private static boolean isFloat(Object value) {
        return value instanceof Double || value instanceof Float;
    }

    private static String rule(int[] widths) {
        StringBuilder line = new StringBuilder("+");
        for (int width : widths) {
            line.append("-".repeat(width + 2)).append('+');
        }
        return line.append('\n').toString();
    }

    private static String line(List<String> cells, int[] widths, boolean[] rightAligned) {
        StringBuilder line = new StringBuilder("|");
        for (int c = 0; c < widths.length; c++) {
            String pad = " ".repeat(widths[c] - cells.get(c).length());
            line.append(' ').append(rightAligned[c] ? pad + cells.get(c) : cells.get(c) + pad).append(" |");
        }
        return line.append('\n').toString();
    }

    private static String cut(String text) {
        String oneLine = text.replace('\n', ' ').replace('\r', ' ');
        return oneLine.length() <= MAX_CELL ? oneLine : oneLine.substring(0, MAX_CELL - 1) + "…";
    }
}
