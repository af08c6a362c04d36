package io.sqlassist.guard;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.List;

/** A column named in an expression: {@code amount} (no qualifier) or {@code o.amount} (qualifier {@code [o]}). */
public record ColumnReference(List<String> qualifier, String name) {
    public ColumnReference {
        qualifier = List.copyOf(requireNonNull(qualifier, "qualifier is null"));
        requireNonNull(name, "name is null");
    }

    public String written() {
        List<String> parts = new ArrayList<>(qualifier);
        parts.add(name);
        return String.join(".", parts);
    }
}
