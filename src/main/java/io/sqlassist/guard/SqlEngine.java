package io.sqlassist.guard;

import java.util.Locale;

/** The engine that will execute the SQL, whose reading of it the guard must share. */
public enum SqlEngine {
    /** Amazon Athena engine v3, which is Trino: Trino's parser is the engine's parser. */
    ATHENA("Athena"),
    /** DuckDB, the local warehouse: read by Trino's parser and by DuckDB's own, which must agree. */
    DUCKDB("DuckDB");

    private final String displayName;

    SqlEngine(String displayName) {
        this.displayName = displayName;
    }

    public String displayName() {
        return displayName;
    }

    /** {@code athena} or {@code duckdb} (any case), as settings and the command line spell them. */
    public static SqlEngine parse(String name) {
        return switch (name.trim().toLowerCase(Locale.ROOT)) {
            case "athena", "trino" -> ATHENA;
            case "duckdb", "jdbc" -> DUCKDB;
            default -> throw new IllegalArgumentException("unknown engine '" + name + "'; use athena or duckdb");
        };
    }
}
