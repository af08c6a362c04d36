package io.sqlassist.schema;

/** Compact text of a catalog for an LLM prompt, and a rough size of it. */
public final class SchemaText {
    static final int MAX_TABLE_COMMENT = 200;
    static final int MAX_COLUMN_COMMENT = 100;

    private SchemaText() {
    }

    /**
     * One block per table, blank line between blocks:
     * <pre>
     * sales.sales_orders — One row per customer order
     *   order_id BIGINT -- order identifier
     *   dt STRING PARTITION KEY
     * </pre>
     * Comments are cut to {@value #MAX_TABLE_COMMENT} (table) and {@value #MAX_COLUMN_COMMENT} (column)
     * characters so that one verbose catalog entry cannot crowd the prompt.
     */
    public static String render(Catalog catalog) {
        StringBuilder out = new StringBuilder();
        for (TableSchema table : catalog.tables()) {
            if (!out.isEmpty()) {
                out.append('\n');
            }
            out.append(qualifiedName(table));
            if (table.comment() != null) {
                out.append(" — ").append(cut(table.comment(), MAX_TABLE_COMMENT));
            }
            out.append('\n');
            for (Column column : table.columns()) {
                out.append("  ").append(column.name()).append(' ').append(column.type());
                if (column.partition()) {
                    out.append(" PARTITION KEY");
                }
                if (column.comment() != null) {
                    out.append(" -- ").append(cut(column.comment(), MAX_COLUMN_COMMENT));
                }
                out.append('\n');
            }
        }
        return out.toString();
    }

    /**
     * An estimate of the LLM tokens in {@code text}: about four characters per token, as BPE tokenizers
     * average on English and identifiers. Not a tokenizer; keep a margin.
     */
    public static int estimateTokens(String text) {
        return (text.length() + 3) / 4;
    }

    /** {@code db.table}, or just the table when it has no database. */
    public static String qualifiedName(TableSchema table) {
        return table.database() == null ? table.name() : table.database() + "." + table.name();
    }

    private static String cut(String text, int max) {
        String oneLine = text.replaceAll("\\s+", " ").strip();
        return oneLine.length() <= max ? oneLine : oneLine.substring(0, max - 1) + "…";
    }
}
