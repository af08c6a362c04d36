package io.sqlassist.schema;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The tables a question may be answered from. Immutable.
 *
 * @param name   the catalog the tables live in, as a three-part name spells it (the DuckDB file's database,
 *               Athena's {@code awsdatacatalog}); null when unknown
 * @param tables the tables
 */
public record Catalog(String name, List<TableSchema> tables) {
    public Catalog {
        tables = List.copyOf(requireNonNull(tables, "tables is null"));
    }

    /** Tables of an unnamed catalog. */
    public Catalog(List<TableSchema> tables) {
        this(null, tables);
    }

    public Optional<TableSchema> table(String name) {
        String wanted = name.toLowerCase(Locale.ROOT);
        return tables.stream().filter(t -> t.name().toLowerCase(Locale.ROOT).equals(wanted)).findFirst();
    }
}
