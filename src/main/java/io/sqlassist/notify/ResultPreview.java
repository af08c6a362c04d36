package io.sqlassist.notify;

import static io.sqlassist.notify.ChatHtml.bold;
import static io.sqlassist.notify.ChatHtml.color;
import static io.sqlassist.notify.ChatHtml.escape;
import static io.sqlassist.notify.ChatHtml.italic;
import static io.sqlassist.notify.Truncation.count;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.sqlassist.wire.Result;
import java.util.ArrayList;
import java.util.List;

/**
 * The first rows of a result as one text paragraph: a bold header line, then one line per row, cells separated
 * by " | ". Cards have no table widget ({@code columns} holds two columns at most, {@code grid} items are tiles)
 * and card text uses a proportional font that folds runs of spaces, so the columns are not padded to align.
 */
final class ResultPreview {
    static final String CELL_SEPARATOR = " | ";

    private ResultPreview() {
    }

    static List<ObjectNode> widgets(Result result, CardLimits limits) {
        int totalColumns = columnCount(result);
        long totalRows = Math.max(result.rowCount(), result.rows().size());
        if (totalColumns == 0 || totalRows == 0) {
            return List.of(CardJson.textParagraph(italic("No rows.")));
        }
        int shownColumns = Math.min(totalColumns, limits.previewColumns());
        int shownRows = (int) Math.min(result.rows().size(), limits.previewRows());

        List<ObjectNode> widgets = new ArrayList<>();
        if (shownColumns > 0 && shownRows > 0) {
            widgets.add(CardJson.textParagraph(table(result, shownRows, shownColumns, limits.cellChars())));
        }
        List<String> notes = notes(result, totalRows - shownRows, totalColumns - shownColumns, shownRows,
                shownColumns, limits.cellChars());
        if (!notes.isEmpty()) {
            widgets.add(CardJson.textParagraph(color(ChatHtml.GREY, italic(String.join("<br>", notes)))));
        }
        return widgets;
    }

    private static int columnCount(Result result) {
        int widestRow = result.rows().stream().mapToInt(List::size).max().orElse(0);
        return Math.max(result.columns().size(), widestRow);
    }

    private static String table(Result result, int rows, int columns, int cellChars) {
        List<String> lines = new ArrayList<>();
        lines.add(bold(headerLine(result.columns(), columns, cellChars)));
        for (int r = 0; r < rows; r++) {
            lines.add(rowLine(result.rows().get(r), columns, cellChars));
        }
        return String.join("<br>", lines);
    }

    private static String headerLine(List<String> names, int columns, int cellChars) {
        List<String> cells = new ArrayList<>();
        for (int c = 0; c < columns; c++) {
            String name = c < names.size() ? names.get(c) : "column " + (c + 1);
            cells.add(escape(Truncation.withEllipsis(name, cellChars)));
        }
        return String.join(CELL_SEPARATOR, cells);
    }

    private static String rowLine(List<Object> row, int columns, int cellChars) {
        List<String> cells = new ArrayList<>();
        for (int c = 0; c < columns; c++) {
            cells.add(cellHtml(c < row.size() ? row.get(c) : null, cellChars));
        }
        return String.join(CELL_SEPARATOR, cells);
    }

    private static String cellHtml(Object value, int cellChars) {
        if (value == null) {
            return color(ChatHtml.GREY, italic("null"));
        }
        return escape(Truncation.withEllipsis(String.valueOf(value), cellChars));
    }

    private static List<String> notes(Result result, long hiddenRows, int hiddenColumns, int shownRows,
                                      int shownColumns, int cellChars) {
        List<String> notes = new ArrayList<>();
        if (hiddenRows > 0) {
            notes.add(Truncation.ELLIPSIS + " " + count(hiddenRows) + " more " + (hiddenRows == 1 ? "row" : "rows"));
        }
        if (hiddenColumns > 0) {
            notes.add(Truncation.ELLIPSIS + " " + count(hiddenColumns) + " more "
                    + (hiddenColumns == 1 ? "column" : "columns"));
        }
        if (anyCellCut(result, shownRows, shownColumns, cellChars)) {
            notes.add("Values longer than " + cellChars + " characters are cut (" + Truncation.ELLIPSIS + ").");
        }
        return notes.stream().map(ChatHtml::escape).toList();
    }

    private static boolean anyCellCut(Result result, int rows, int columns, int cellChars) {
        for (int c = 0; c < columns; c++) {
            if (c < result.columns().size() && Truncation.exceeds(result.columns().get(c), cellChars)) {
                return true;
            }
        }
        for (int r = 0; r < rows; r++) {
            List<Object> row = result.rows().get(r);
            for (int c = 0; c < Math.min(columns, row.size()); c++) {
                if (row.get(c) != null && Truncation.exceeds(String.valueOf(row.get(c)), cellChars)) {
                    return true;
                }
            }
        }
        return false;
    }
}
