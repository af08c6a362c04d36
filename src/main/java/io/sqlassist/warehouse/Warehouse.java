package io.sqlassist.warehouse;

import static java.util.Objects.requireNonNull;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import org.duckdb.DuckDBConnection;

/**
 * The database that questions are answered from: DuckDB, opened read-only with {@link EngineLimits} — the second
 * wall behind the SQL guard. DuckDB keeps one database instance per process and hands out duplicates of it.
 *
 * <p>Only DuckDB is accepted as a local engine. Through JDBC other drivers run every statement of a
 * multi-statement string, and the service could not read such a string the way they do; the guard proves a text
 * is one statement with DuckDB's own parser (see {@code io.sqlassist.guard.duckdb}).
 */
public final class Warehouse implements AutoCloseable {
    private final String jdbcUrl;
    private final DuckDBConnection duckdb;

    private Warehouse(String jdbcUrl, DuckDBConnection duckdb) {
        this.jdbcUrl = jdbcUrl;
        this.duckdb = duckdb;
    }

    /** Opens a DuckDB file read-only; an in-memory DuckDB ({@code jdbc:duckdb:}) stays writable for its owner. */
    public static Warehouse open(String jdbcUrl, EngineLimits limits) throws SQLException {
        requireNonNull(jdbcUrl, "jdbcUrl is null");
        requireNonNull(limits, "limits is null");
        if (!isDuckDb(jdbcUrl)) {
            throw new SQLException("the local warehouse must be DuckDB (jdbc:duckdb:…), not " + jdbcUrl
                    + ": other JDBC drivers run every statement of a multi-statement text, and only DuckDB's own"
                    + " parser can prove a text holds one; use the aws profile for Athena");
        }
        return new Warehouse(jdbcUrl, DriverManager.getConnection(jdbcUrl, limits.duckDbProperties(!isInMemory(jdbcUrl)))
                .unwrap(DuckDBConnection.class));
    }

    public static boolean isDuckDb(String jdbcUrl) {
        return jdbcUrl.startsWith("jdbc:duckdb:");
    }

    private static boolean isInMemory(String jdbcUrl) {
        String path = jdbcUrl.substring("jdbc:duckdb:".length());
        int query = path.indexOf('?');
        path = query >= 0 ? path.substring(0, query) : path;
        return path.isBlank() || path.startsWith(":memory:");
    }

    /** A new connection; the caller closes it. */
    public Connection connect() throws SQLException {
        return duckdb.duplicate();
    }

    public String jdbcUrl() {
        return jdbcUrl;
    }

    @Override
    public void close() throws SQLException {
        duckdb.close();
    }
}
