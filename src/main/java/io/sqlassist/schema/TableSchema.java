package io.sqlassist.schema;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * One table as the catalog describes it.
 *
 * @param database    database (Glue) or schema (JDBC) the table lives in; may be null for the default
 * @param name        table name
 * @param comment     table description, may be null
 * @param columns     columns in table order
 * @param primaryKey  primary key column names, empty when none is declared
 * @param foreignKeys foreign keys declared on this table, empty when none
 */
public record TableSchema(String database, String name, String comment, List<Column> columns,
                          List<String> primaryKey, List<ForeignKey> foreignKeys) {
    public TableSchema {
        requireNonNull(name, "name is null");
        columns = List.copyOf(requireNonNull(columns, "columns is null"));
        primaryKey = List.copyOf(requireNonNull(primaryKey, "primaryKey is null"));
        foreignKeys = List.copyOf(requireNonNull(foreignKeys, "foreignKeys is null"));
    }

    public Optional<Column> column(String columnName) {
        String wanted = columnName.toLowerCase(Locale.ROOT);
        return columns.stream().filter(c -> c.name().toLowerCase(Locale.ROOT).equals(wanted)).findFirst();
    }
}
