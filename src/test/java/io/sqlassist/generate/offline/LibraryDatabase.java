package io.sqlassist.generate.offline;

import io.sqlassist.eval.SqlScriptRunner;
import io.sqlassist.schema.Catalog;
import io.sqlassist.schema.JdbcCatalogReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/** The second (library) schema from eval/second-schema.sql in an in-memory DuckDB, for tests. */
final class LibraryDatabase implements AutoCloseable {
    static final Path SCRIPT = Path.of("eval/second-schema.sql");

    final Connection connection;
    final Catalog catalog;
    final ValueIndex values;

    LibraryDatabase() throws SQLException {
        connection = DriverManager.getConnection("jdbc:duckdb:");
        try {
            SqlScriptRunner.run(connection, Files.readString(SCRIPT));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        catalog = JdbcCatalogReader.read(connection, null);
        values = ValueIndex.build(connection, catalog);
    }

    List<List<Object>> rows(String sql) throws SQLException {
        List<List<Object>> out = new ArrayList<>();
        try (Statement st = connection.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            int n = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                List<Object> row = new ArrayList<>();
                for (int i = 1; i <= n; i++) {
                    row.add(rs.getObject(i));
                }
                out.add(row);
            }
        }
        return out;
    }

    @Override
    public void close() throws SQLException {
        connection.close();
    }
}
