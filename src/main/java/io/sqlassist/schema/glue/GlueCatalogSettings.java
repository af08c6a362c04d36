package io.sqlassist.schema.glue;

import static java.util.Objects.requireNonNull;

import java.time.Duration;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What the assistant may see of the Glue Data Catalog.
 *
 * @param defaultDatabase database used when none is asked for; must be allowlisted
 * @param databases       allowlisted databases; nothing else is ever read
 * @param tables          allowlisted tables as {@code db.table} or {@code db.*}; empty means every table of
 *                        an allowlisted database
 * @param cacheTtl        how long a loaded database is served before it is read again
 */
public record GlueCatalogSettings(String defaultDatabase, Set<String> databases, Set<String> tables,
                                  Duration cacheTtl) {
    public GlueCatalogSettings {
        requireNonNull(defaultDatabase, "defaultDatabase is null");
        defaultDatabase = defaultDatabase.toLowerCase(Locale.ROOT);
        databases = lowerCase(requireNonNull(databases, "databases is null"));
        tables = lowerCase(requireNonNull(tables, "tables is null"));
        requireNonNull(cacheTtl, "cacheTtl is null");
        if (cacheTtl.isNegative()) {
            throw new IllegalArgumentException("cacheTtl must not be negative: " + cacheTtl);
        }
        if (!databases.contains(defaultDatabase)) {
            throw new IllegalArgumentException(
                    "default database '" + defaultDatabase + "' is not in the allowlisted databases " + databases);
        }
        for (String pattern : tables) {
            int dot = pattern.indexOf('.');
            if (dot <= 0 || dot == pattern.length() - 1) {
                throw new IllegalArgumentException("table allowlist entry must be db.table or db.*: " + pattern);
            }
        }
    }

    /** Every table of one database, cached for 15 minutes. */
    public static GlueCatalogSettings of(String database) {
        return new GlueCatalogSettings(database, Set.of(database), Set.of(), Duration.ofMinutes(15));
    }

    public boolean allowsDatabase(String database) {
        return databases.contains(database.toLowerCase(Locale.ROOT));
    }

    public boolean allowsTable(String database, String table) {
        String db = database.toLowerCase(Locale.ROOT);
        if (!databases.contains(db)) {
            return false;
        }
        if (tables.isEmpty()) {
            return true;
        }
        return tables.contains(db + ".*") || tables.contains(db + "." + table.toLowerCase(Locale.ROOT));
    }

    private static Set<String> lowerCase(Set<String> names) {
        return names.stream().map(n -> n.trim().toLowerCase(Locale.ROOT)).collect(Collectors.toUnmodifiableSet());
    }
}
