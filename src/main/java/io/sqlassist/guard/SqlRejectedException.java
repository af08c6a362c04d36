package io.sqlassist.guard;

import static java.util.Objects.requireNonNull;

import java.util.List;

/** The SQL cannot be treated as exactly one parseable statement; the reasons say why. */
final class SqlRejectedException extends RuntimeException {
    private final String statementKind;
    private final List<String> reasons;

    SqlRejectedException(String statementKind, List<String> reasons) {
        super(String.join("; ", reasons));
        this.statementKind = requireNonNull(statementKind, "statementKind is null");
        this.reasons = List.copyOf(reasons);
    }

    String statementKind() {
        return statementKind;
    }

    List<String> reasons() {
        return reasons;
    }
}
