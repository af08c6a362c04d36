package io.sqlassist.generate.offline;

import io.sqlassist.schema.TableSchema;
import java.util.Set;
import java.util.regex.Pattern;

/** Identifier quoting that is valid in both DuckDB and Trino. */
final class SqlNames {
    private static final Pattern PLAIN = Pattern.compile("[a-z_][a-z0-9_]*");
    private static final Set<String> RESERVED = Set.of("all", "and", "as", "by", "case", "cast", "create", "cross",
            "current_date", "current_time", "current_timestamp", "current_user", "date", "delete", "describe",
            "distinct", "drop", "else", "end", "escape", "except", "exists", "extract", "false", "for", "from", "full",
            "group", "having", "in", "inner", "insert", "intersect", "into", "is", "join", "left", "like", "limit",
            "natural", "not", "null", "on", "or", "order", "outer", "right", "select", "table", "then", "time",
            "timestamp", "true", "union", "unnest", "using", "values", "when", "where", "with", "user", "year",
            "month", "day", "interval", "position", "row", "rows", "window", "over", "partition", "range", "key");

    private SqlNames() {
    }

    static String quote(String identifier) {
        if (PLAIN.matcher(identifier).matches() && !RESERVED.contains(identifier)) {
            return identifier;
        }
        return "\"" + identifier.replace("\"", "\"\"") + "\"";
    }

    static String table(TableSchema table) {
        return quote(table.name());
    }

    static String literal(String value) {
        return "'" + value.replace("'", "''") + "'";
    }
}
