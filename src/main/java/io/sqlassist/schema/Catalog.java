package io.sqlassist.schema;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The tables a question may be answered from. Immutable. */
public record Catalog(List<TableSchema> tables) {
    public Catalog {
        tables = List.copyOf(requireNonNull(tables, "tables is null"));
    }

    public Optional<TableSchema> table(String name) {
        String wanted = name.toLowerCase(Locale.ROOT);
        return tables.stream().filter(t -> t.name().toLowerCase(Locale.ROOT).equals(wanted)).findFirst();
    }
}
