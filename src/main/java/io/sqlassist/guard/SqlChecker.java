package io.sqlassist.guard;

import io.sqlassist.guard.duckdb.DuckDbParser;
import io.sqlassist.schema.Catalog;
import io.sqlassist.schema.JdbcCatalogReader;
import io.sqlassist.warehouse.Warehouse;
import java.sql.Connection;
import java.sql.SQLException;

/**
 * One {@code sql check} run: the validator, and — with a JDBC URL — the warehouse opened once, read-only, for its
 * catalog and the dry runs of every statement in a batch.
 */
final class SqlChecker implements AutoCloseable {
    /** The catalog behind the JDBC URL could not be read. */
    static final class CatalogUnavailableException extends RuntimeException {
        CatalogUnavailableException(String message, Throwable cause) {
            super(message, cause);
        }
    }

    private final CandidateValidator validator;
    private final Catalog catalog;
    private final DuckDbParser parser;
    private final Warehouse warehouse;

    private SqlChecker(CandidateValidator validator, Catalog catalog, DuckDbParser parser, Warehouse warehouse) {
        this.validator = validator;
        this.catalog = catalog;
        this.parser = parser;
        this.warehouse = warehouse;
    }

    static SqlChecker open(SqlCheckSettings settings, SqlEngine engine, String jdbcUrl, int maxRows) {
        DuckDbParser parser = DuckDbParser.open(settings.limits()); // on Athena too: the tripwire
        Warehouse warehouse = null;
        Catalog catalog = null;
        DryRun dryRun = null;
        if (jdbcUrl != null) {
            try {
                warehouse = Warehouse.open(jdbcUrl, settings.limits());
                try (Connection connection = warehouse.connect()) {
                    catalog = JdbcCatalogReader.read(connection, null);
                }
            } catch (SQLException | RuntimeException e) {
                closeQuietly(warehouse, parser);
                throw new CatalogUnavailableException("could not load the catalog from " + jdbcUrl + ": "
                        + e.getMessage(), e);
            }
            if (engine == SqlEngine.DUCKDB) {
                dryRun = new JdbcDryRun(warehouse::connect, parser, settings.dryRun());
            }
        }
        ReadOnlyGuard guard = new ReadOnlyGuard(engine, parser);
        CandidateValidator validator = new CandidateValidator(guard, settings.policy(), new LimitEnforcer(), dryRun,
                maxRows);
        return new SqlChecker(validator, catalog, parser, warehouse);
    }

    Validation check(String sql) {
        return validator.validate(sql, catalog);
    }

    @Override
    public void close() {
        closeQuietly(warehouse, parser);
    }

    private static void closeQuietly(Warehouse warehouse, DuckDbParser parser) {
        if (warehouse != null) {
            try {
                warehouse.close();
            } catch (SQLException e) {
                // nothing was written; the read-only file is released when the process ends
            }
        }
        if (parser != null) {
            parser.close();
        }
    }
}
