package io.sqlassist.guard;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** A table named in a statement, with the name parts as written ({@code catalog.db.table}, {@code db.table} …). */
public record TableReference(List<String> parts) {
    public TableReference {
        parts = List.copyOf(requireNonNull(parts, "parts is null"));
        if (parts.isEmpty()) {
            throw new IllegalArgumentException("a table name has at least one part");
        }
    }

    public String name() {
        return parts.get(parts.size() - 1);
    }

    /** The database (schema) part, when the reference is qualified. */
    public Optional<String> database() {
        return parts.size() >= 2 ? Optional.of(parts.get(parts.size() - 2)) : Optional.empty();
    }

    public String written() {
        return String.join(".", parts);
    }

    String key() {
        return written().toLowerCase(Locale.ROOT);
    }
}
