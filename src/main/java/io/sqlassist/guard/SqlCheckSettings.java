package io.sqlassist.guard;

import static java.util.Objects.requireNonNull;

import io.sqlassist.warehouse.EngineLimits;

/**
 * What {@code sql check} takes from the profile: the policy, the engine, the DuckDB limits and the row limit.
 *
 * @param policy         allowed catalogs and databases, restricted tables and columns
 * @param engine         the engine SQL is checked for when the command line does not say
 * @param limits         what DuckDB may use; its parser applies the same expression depth
 * @param dryRun         what a dry run allows
 * @param defaultLimit   the row limit a query is held to unless --max-rows says otherwise
 */
public record SqlCheckSettings(CatalogPolicy policy, SqlEngine engine, EngineLimits limits, DryRunLimits dryRun,
                               int defaultLimit) {
    public SqlCheckSettings {
        requireNonNull(policy, "policy is null");
        requireNonNull(engine, "engine is null");
        requireNonNull(limits, "limits is null");
        requireNonNull(dryRun, "dryRun is null");
    }
}
