package io.sqlassist.schema;

import static java.util.Objects.requireNonNull;

import java.util.List;

/** A foreign key from the owning table's {@code columns} to {@code referencedTable.referencedColumns}. */
public record ForeignKey(List<String> columns, String referencedTable, List<String> referencedColumns) {
    public ForeignKey {
        columns = List.copyOf(requireNonNull(columns, "columns is null"));
        requireNonNull(referencedTable, "referencedTable is null");
        referencedColumns = List.copyOf(requireNonNull(referencedColumns, "referencedColumns is null"));
        if (columns.isEmpty() || columns.size() != referencedColumns.size()) {
            throw new IllegalArgumentException("foreign key column lists must be non-empty and of equal size");
        }
    }
}
