package io.sqlassist.guard;

import static java.util.Objects.requireNonNull;

import java.util.List;

/**
 * Whether a SQL text may run as a read-only statement, and what it touches.
 *
 * @param allowed       true when the statement is read-only and uses no denied function
 * @param reasons       why it was refused; empty when allowed
 * @param statementKind e.g. SELECT, SHOW TABLES, DROP TABLE, MULTIPLE STATEMENTS, UNPARSEABLE
 * @param tables        tables referenced, qualified as written (CTE names excluded); empty when unparseable
 * @param columns       column references as written ({@code o.amount}, {@code amount}) where the AST has them
 */
public record GuardVerdict(boolean allowed, List<String> reasons, String statementKind, List<String> tables,
                           List<String> columns) {
    public GuardVerdict {
        reasons = List.copyOf(requireNonNull(reasons, "reasons is null"));
        requireNonNull(statementKind, "statementKind is null");
        tables = List.copyOf(requireNonNull(tables, "tables is null"));
        columns = List.copyOf(requireNonNull(columns, "columns is null"));
        if (allowed != reasons.isEmpty()) {
            throw new IllegalArgumentException("a verdict is allowed exactly when it has no reasons");
        }
    }

    static GuardVerdict refused(String statementKind, List<String> reasons) {
        return new GuardVerdict(false, reasons, statementKind, List.of(), List.of());
    }
}
