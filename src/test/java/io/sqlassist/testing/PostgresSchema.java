package io.sqlassist.testing;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * A throwaway schema in the test PostgreSQL ({@code SQLASSIST_TEST_PG_URL}; CI sets it, and this machine's loopback
 * server is the default), so that test classes never see each other's rows.
 */
public final class PostgresSchema implements AutoCloseable {
    public static final String URL_ENV = "SQLASSIST_TEST_PG_URL";
    private static final String DEFAULT_URL = "jdbc:postgresql://127.0.0.1:5432/postgres?user=postgres";
    private final String baseUrl;
    private final String schema;

    private PostgresSchema(String baseUrl, String schema) {
        this.baseUrl = baseUrl;
        this.schema = schema;
    }

    public static PostgresSchema create(String prefix) throws SQLException {
        String url = System.getenv(URL_ENV) == null || System.getenv(URL_ENV).isBlank() ? DEFAULT_URL : System.getenv(URL_ENV);
        String schema = prefix + "_" + Long.toHexString(System.nanoTime());
        try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement()) {
            s.execute("CREATE SCHEMA " + schema);
        } catch (SQLException e) {
            throw new SQLException("PostgreSQL is needed for this test: set " + URL_ENV + " (tried " + url + ")", e);
        }
        return new PostgresSchema(url, schema);
    }

    /** The JDBC URL with this schema as the search path. */
    public String url() {
        return baseUrl + (baseUrl.contains("?") ? "&" : "?") + "currentSchema=" + schema;
    }

    @Override
    public void close() throws SQLException {
        try (Connection c = DriverManager.getConnection(baseUrl); Statement s = c.createStatement()) {
            s.execute("DROP SCHEMA " + schema + " CASCADE");
        }
    }
}
