package io.sqlassist.notify;

import java.util.List;

/**
 * Caps on what a card shows. Google Chat rejects messages over 32,000 bytes, so when a card built with one step
 * is over the byte budget the next, tighter step is tried: the result preview shrinks first, SQL and free text last.
 *
 * @param sqlChars       longest SQL shown
 * @param textChars      longest question, explanation, message … shown
 * @param previewRows    result rows shown
 * @param previewColumns result columns shown
 * @param cellChars      longest cell value shown
 * @param listItems      most list entries shown (tables, validation reasons)
 */
record CardLimits(int sqlChars, int textChars, int previewRows, int previewColumns, int cellChars, int listItems) {
    static final int MAX_SQL_CHARS = 3_000;
    static final int MAX_CELL_CHARS = 60;
    static final int MAX_PREVIEW_ROWS = 10;
    static final int MAX_PREVIEW_COLUMNS = 6;

    static final CardLimits NORMAL =
            new CardLimits(MAX_SQL_CHARS, 1_000, MAX_PREVIEW_ROWS, MAX_PREVIEW_COLUMNS, MAX_CELL_CHARS, 20);

    static final List<CardLimits> SHRINK_STEPS = List.of(
            NORMAL,
            new CardLimits(MAX_SQL_CHARS, 1_000, 5, MAX_PREVIEW_COLUMNS, MAX_CELL_CHARS, 20),
            new CardLimits(MAX_SQL_CHARS, 1_000, 5, 3, 40, 20),
            new CardLimits(MAX_SQL_CHARS, 1_000, 2, 2, 30, 20),
            new CardLimits(MAX_SQL_CHARS, 1_000, 0, 0, 0, 20),
            new CardLimits(1_000, 500, 0, 0, 0, 10),
            new CardLimits(300, 200, 0, 0, 0, 5));

    boolean isShrunk() {
        return !equals(NORMAL);
    }
}
