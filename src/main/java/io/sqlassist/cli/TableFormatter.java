package io.sqlassist.cli;

import java.util.ArrayList;
import java.util.List;

/** Renders rows as a plain-text table for the terminal; numbers are right-aligned, long cells cut. */
final class TableFormatter {
    private static final int MAX_CELL = 40;

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
        for (List<Object> row : rows) {
            List<String> line = new ArrayList<>();
            for (int c = 0; c < columns.size(); c++) {
                Object value = c < row.size() ? row.get(c) : null;
                String text = cut(value == null ? "NULL" : String.valueOf(value));
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
