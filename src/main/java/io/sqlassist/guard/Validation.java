package io.sqlassist.guard;

import static java.util.Objects.requireNonNull;

import java.util.List;

/**
 * The outcome of validating one candidate SQL.
 *
 * @param passed  true when a reviewer may see it
 * @param sql     the text as it would run (with an enforced LIMIT); the candidate as written when it failed
 * @param reasons why it failed; empty when passed
 * @param notes   what validation changed, e.g. "LIMIT 1000 appended"
 */
public record Validation(boolean passed, String sql, List<String> reasons, List<String> notes) {
    public Validation {
        requireNonNull(sql, "sql is null");
        reasons = List.copyOf(requireNonNull(reasons, "reasons is null"));
        notes = List.copyOf(requireNonNull(notes, "notes is null"));
    }

    static Validation failed(String sql, List<String> reasons) {
        return new Validation(false, sql, reasons, List.of());
    }
}
