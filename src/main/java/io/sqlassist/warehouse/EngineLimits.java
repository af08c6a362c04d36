package io.sqlassist.warehouse;

import static java.util.Objects.requireNonNull;

import java.util.Properties;

/**
 * What the local engine (DuckDB) may use, whatever SQL reaches it: the second wall behind the guard. Values are
 * DuckDB's own setting syntax ({@code 2GB}); they come from {@code sqlassist.duckdb.*} in config/.
 *
 * @param memoryLimit          DuckDB {@code memory_limit}: what its buffer manager may hold before spilling or failing
 * @param threads              DuckDB {@code threads}: worker threads one query may use
 * @param maxTempDirectorySize DuckDB {@code max_temp_directory_size}: how much it may spill to disk
 * @param maxExpressionDepth   DuckDB {@code max_expression_depth}: how deep its parser and binder may recurse
 */
public record EngineLimits(String memoryLimit, int threads, String maxTempDirectorySize, int maxExpressionDepth) {
    public EngineLimits {
        requireNonNull(memoryLimit, "memoryLimit is null");
        requireNonNull(maxTempDirectorySize, "maxTempDirectorySize is null");
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1: " + threads);
        }
        if (maxExpressionDepth < 10) {
            throw new IllegalArgumentException("maxExpressionDepth must be at least 10: " + maxExpressionDepth);
        }
    }

    /**
     * DuckDB configuration for a database that only ever runs reviewed, read-only SQL: no file or network access
     * beyond the database itself (no COPY, ATTACH, read_csv, INSTALL), no extension downloads or auto-loading,
     * resource caps, and the configuration locked so that no statement can SET it back.
     */
    Properties duckDbProperties(boolean readOnly) {
        Properties props = new Properties();
        if (readOnly) {
            props.setProperty("duckdb.read_only", "true");
        }
        props.setProperty("enable_external_access", "false");
        props.setProperty("autoinstall_known_extensions", "false");
        props.setProperty("autoload_known_extensions", "false");
        props.setProperty("allow_community_extensions", "false");
        props.setProperty("allow_persistent_secrets", "false");
        props.setProperty("memory_limit", memoryLimit);
        props.setProperty("threads", Integer.toString(threads));
        props.setProperty("max_temp_directory_size", maxTempDirectorySize);
        props.setProperty("max_expression_depth", Integer.toString(maxExpressionDepth));
        props.setProperty("lock_configuration", "true");
        return props;
    }
}
