package io.sqlassist.schema;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Reads tables, columns, keys and comments of one schema through standard {@link DatabaseMetaData},
 * so it works for any JDBC engine (DuckDB, PostgreSQL, H2 …).
 */
public final class JdbcCatalogReader {
    private static final String[] TABLE_TYPES = {"TABLE", "BASE TABLE", "VIEW"};

    private JdbcCatalogReader() {
    }

    /**
     * @param schema the schema to read; null means the connection's current schema
     */
    public static Catalog read(Connection connection, String schema) throws SQLException {
        String effectiveSchema = schema != null ? schema : connection.getSchema();
        DatabaseMetaData meta = connection.getMetaData();
        List<TableSchema> tables = new ArrayList<>();
        for (Map.Entry<String, String> table : tableNamesWithComments(meta, effectiveSchema).entrySet()) {
            String name = table.getKey();
            tables.add(new TableSchema(effectiveSchema, name, table.getValue(), columns(meta, effectiveSchema, name),
                    primaryKey(meta, effectiveSchema, name), foreignKeys(meta, effectiveSchema, name)));
        }
        return new Catalog(connection.getCatalog(), tables);
    }

    private static Map<String, String> tableNamesWithComments(DatabaseMetaData meta, String schema) throws SQLException {
        Map<String, String> tables = new LinkedHashMap<>();
        try (ResultSet rs = meta.getTables(null, schema, "%", TABLE_TYPES)) {
            while (rs.next()) {
                tables.put(rs.getString("TABLE_NAME"), blankToNull(rs.getString("REMARKS")));
            }
        }
        return tables;
    }

    private static List<Column> columns(DatabaseMetaData meta, String schema, String table) throws SQLException {
        List<Column> columns = new ArrayList<>();
        try (ResultSet rs = meta.getColumns(null, schema, table, "%")) {
            while (rs.next()) {
                columns.add(new Column(rs.getString("COLUMN_NAME"), rs.getString("TYPE_NAME").toUpperCase(Locale.ROOT),
                        blankToNull(rs.getString("REMARKS"))));
            }
        }
        return columns;
    }

    private static List<String> primaryKey(DatabaseMetaData meta, String schema, String table) throws SQLException {
        Map<Integer, String> bySequence = new TreeMap<>();
        try (ResultSet rs = meta.getPrimaryKeys(null, schema, table)) {
            while (rs.next()) {
                bySequence.put(rs.getInt("KEY_SEQ"), rs.getString("COLUMN_NAME"));
            }
        }
        return List.copyOf(bySequence.values());
    }

    private static List<ForeignKey> foreignKeys(DatabaseMetaData meta, String schema, String table) throws SQLException {
        // A composite key arrives as several rows sharing FK_NAME (or, where drivers leave it null, PKTABLE_NAME).
        Map<String, List<String[]>> byKey = new LinkedHashMap<>();
        try (ResultSet rs = meta.getImportedKeys(null, schema, table)) {
            while (rs.next()) {
                String referenced = rs.getString("PKTABLE_NAME");
                String key = rs.getString("FK_NAME") != null ? rs.getString("FK_NAME") : referenced;
                byKey.computeIfAbsent(key, k -> new ArrayList<>())
                        .add(new String[] {rs.getString("FKCOLUMN_NAME"), referenced, rs.getString("PKCOLUMN_NAME")});
            }
        }
        List<ForeignKey> keys = new ArrayList<>();
        for (List<String[]> rows : byKey.values()) {
            keys.add(new ForeignKey(rows.stream().map(r -> r[0]).toList(), rows.get(0)[1],
                    rows.stream().map(r -> r[2]).toList()));
        }
        return keys;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
