package io.sqlassist.testing;

import io.sqlassist.guard.DryRunLimits;
import io.sqlassist.guard.ReadOnlyGuard;
import io.sqlassist.guard.SqlEngine;
import io.sqlassist.guard.duckdb.DuckDbParser;
import io.sqlassist.warehouse.EngineLimits;
import io.sqlassist.warehouse.Warehouse;
import java.sql.SQLException;
import java.time.Duration;

/** The engine settings config/application.properties ships, and one DuckDB parser shared by every test. */
public final class Engines {
    /** As config/application.properties sets sqlassist.duckdb.* (EnginesTest keeps the two equal). */
    public static final EngineLimits LIMITS = new EngineLimits("2GB", 2, "4GB", 250);
    /** As config/application.properties sets sqlassist.validation.dry-run-*. */
    public static final DryRunLimits DRY_RUN = new DryRunLimits(Duration.ofSeconds(30), 10_000, 10_000_000);
    private static DuckDbParser parser;

    private Engines() {
    }

    public static synchronized DuckDbParser duckDbParser() {
        if (parser == null) {
            parser = DuckDbParser.open(LIMITS);
        }
        return parser;
    }

    public static ReadOnlyGuard duckDbGuard() {
        return new ReadOnlyGuard(SqlEngine.DUCKDB, duckDbParser());
    }

    public static ReadOnlyGuard athenaGuard() {
        return ReadOnlyGuard.forAthena();
    }

    public static Warehouse open(String jdbcUrl) throws SQLException {
        return Warehouse.open(jdbcUrl, LIMITS);
    }
}
