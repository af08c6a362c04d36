package io.sqlassist.guard;

import static java.util.Objects.requireNonNull;

import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What the catalog check enforces beyond existence. All names are compared case-insensitively.
 *
 * @param allowedCatalogs   catalogs a three-part name may name besides the engine's own (the warehouse file's, or
 *                          Athena's AwsDataCatalog); usually empty
 * @param allowedDatabases  databases (schemas) a query may name; empty means any
 * @param restrictedTables  {@code table} or {@code db.table}: never readable, not even described
 * @param restrictedColumns {@code table.column} or {@code db.table.column}: never readable, also not through *
 */
public record CatalogPolicy(Set<String> allowedCatalogs, Set<String> allowedDatabases, Set<String> restrictedTables,
                            Set<String> restrictedColumns) {
    public CatalogPolicy {
        allowedCatalogs = lowerCase(requireNonNull(allowedCatalogs, "allowedCatalogs is null"));
        allowedDatabases = lowerCase(requireNonNull(allowedDatabases, "allowedDatabases is null"));
        restrictedTables = lowerCase(requireNonNull(restrictedTables, "restrictedTables is null"));
        restrictedColumns = lowerCase(requireNonNull(restrictedColumns, "restrictedColumns is null"));
        for (String column : restrictedColumns) {
            if (!column.contains(".")) {
                throw new IllegalArgumentException("a restricted column is written table.column: " + column);
            }
        }
    }

    /** A policy that adds no catalog beyond the engine's own. */
    public CatalogPolicy(Set<String> allowedDatabases, Set<String> restrictedTables, Set<String> restrictedColumns) {
        this(Set.of(), allowedDatabases, restrictedTables, restrictedColumns);
    }

    public static CatalogPolicy unrestricted() {
        return new CatalogPolicy(Set.of(), Set.of(), Set.of(), Set.of());
    }

    private static Set<String> lowerCase(Set<String> names) {
        return names.stream().map(n -> n.toLowerCase(Locale.ROOT)).collect(Collectors.toUnmodifiableSet());
    }
}
