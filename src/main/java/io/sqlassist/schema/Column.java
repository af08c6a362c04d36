package io.sqlassist.schema;

import static java.util.Objects.requireNonNull;

/**
 * One column of a table as the catalog describes it.
 *
 * @param name      column name as the engine spells it
 * @param type      engine type name, upper case (VARCHAR, BIGINT, DECIMAL(10,2), DATE, TIMESTAMP …)
 * @param comment   catalog comment, may be null
 * @param partition true for a partition key (Glue); false for ordinary columns
 */
public record Column(String name, String type, String comment, boolean partition) {
    public Column {
        requireNonNull(name, "name is null");
        requireNonNull(type, "type is null");
    }

    public Column(String name, String type, String comment) {
        this(name, type, comment, false);
    }

    public boolean isNumeric() {
        String t = type.toUpperCase(java.util.Locale.ROOT);
        return t.startsWith("INT") || t.startsWith("BIGINT") || t.startsWith("SMALLINT") || t.startsWith("TINYINT")
                || t.startsWith("HUGEINT") || t.startsWith("UBIGINT") || t.startsWith("UINTEGER")
                || t.startsWith("DECIMAL") || t.startsWith("NUMERIC") || t.startsWith("DOUBLE")
                || t.startsWith("FLOAT") || t.startsWith("REAL");
    }

    public boolean isTemporal() {
        String t = type.toUpperCase(java.util.Locale.ROOT);
        return t.startsWith("DATE") || t.startsWith("TIMESTAMP");
    }

    public boolean isText() {
        String t = type.toUpperCase(java.util.Locale.ROOT);
        return t.startsWith("VARCHAR") || t.startsWith("CHAR") || t.startsWith("STRING") || t.startsWith("TEXT");
    }
}
