package io.sqlassist.guard;

import java.util.Set;

/**
 * Functions refused even inside an otherwise read-only query. Trino/Athena has no such scalar functions; the list
 * is defence in depth because the local warehouse is DuckDB, whose table functions read files and URLs
 * (read_csv('/etc/passwd'), read_parquet('s3://…')), run SQL passed as text (query), reach other databases
 * (postgres_scan) or have side effects (nextval). Names are compared case-insensitively, without schema prefix.
 */
public final class DeniedFunctions {
    public static final Set<String> FILE_NETWORK_AND_SIDE_EFFECTS = Set.of(
            // DuckDB file/URL readers and their metadata probes
            "read_csv", "read_csv_auto", "sniff_csv", "read_parquet", "parquet_scan", "parquet_metadata",
            "parquet_schema", "parquet_file_metadata", "parquet_kv_metadata", "read_json", "read_json_auto",
            "read_json_objects", "read_json_objects_auto", "read_ndjson", "read_ndjson_auto", "read_ndjson_objects",
            "read_text", "read_blob", "read_xlsx", "glob", "st_read", "st_read_meta", "iceberg_scan",
            "iceberg_metadata", "iceberg_snapshots", "delta_scan",
            // other databases and HTTP
            "sqlite_scan", "sqlite_attach", "postgres_scan", "postgres_scan_pushdown", "postgres_query",
            "postgres_execute", "mysql_scan", "mysql_query", "mysql_execute", "http_get", "http_post",
            // SQL passed as a string (DuckDB query/query_table, Trino's pass-through table functions)
            "query", "query_table", "raw_query",
            // environment, secrets and state
            "getenv", "load_aws_credentials", "duckdb_secrets", "which_secret", "nextval", "setval",
            "checkpoint", "force_checkpoint");

    private DeniedFunctions() {
    }
}
