package io.sqlassist.warehouse;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Properties;
import org.duckdb.DuckDBConnection;

/**
 * The database that questions are answered from, opened read-only: a second line of defence behind the SQL guard.
 * DuckDB keeps one database instance per process and hands out duplicates of it; other engines connect per call.
 */
public final class Warehouse implements AutoCloseable {
    private final String jdbcUrl;
    private final DuckDBConnection duckdb;

    private Warehouse(String jdbcUrl, DuckDBConnection duckdb) {
        this.jdbcUrl = jdbcUrl;
        this.duckdb = duckdb;
    }

    public static Warehouse open(String jdbcUrl) throws SQLException {
        if (isDuckDb(jdbcUrl)) {
            Properties props = new Properties();
            if (!jdbcUrl.equals("jdbc:duckdb:") && !jdbcUrl.contains(":memory:")) {
                props.setProperty("duckdb.read_only", "true");
            }
            return new Warehouse(jdbcUrl, DriverManager.getConnection(jdbcUrl, props).unwrap(DuckDBConnection.class));
        }
        return new Warehouse(jdbcUrl, null);
    }

    public static boolean isDuckDb(String jdbcUrl) {
        return jdbcUrl.startsWith("jdbc:duckdb:");
    }

    /** A new connection; the caller closes it. */
    public Connection connect() throws SQLException {
        if (duckdb != null) {
            return duckdb.duplicate();
        }
        Connection connection = DriverManager.getConnection(jdbcUrl);
        connection.setReadOnly(true);
        return connection;
    }

    public String jdbcUrl() {
        return jdbcUrl;
    }

    @Override
    public void close() throws SQLException {
        if (duckdb != null) {
            duckdb.close();
        }
    }
}
