package io.sqlassist.guard;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Locale;

/**
 * The outcome of validating one candidate SQL.
 *
 * @param passed  true when a reviewer may see it
 * @param sql     the text as it would run (with an enforced LIMIT); the candidate as written when it failed
 * @param reasons why it failed; empty when passed
 * @param notes   what validation changed, e.g. "LIMIT 1000 appended"
 * @param stage   the stage that refused it; null when it passed
 */
public record Validation(boolean passed, String sql, List<String> reasons, List<String> notes, Stage stage) {
    /** The checks in the order they run. */
    public enum Stage {
        GUARD, CATALOG, LIMIT, DRY_RUN;

        /** {@code guard}, {@code catalog}, {@code limit}, {@code dry-run}. */
        public String wireName() {
            return name().toLowerCase(Locale.ROOT).replace('_', '-');
        }
    }

    public Validation {
        requireNonNull(sql, "sql is null");
        reasons = List.copyOf(requireNonNull(reasons, "reasons is null"));
        notes = List.copyOf(requireNonNull(notes, "notes is null"));
        if (passed != (stage == null) || passed != reasons.isEmpty()) {
            throw new IllegalArgumentException("a validation passed exactly when it has no refusing stage and no reasons");
        }
    }

    static Validation passed(String sql, List<String> notes) {
        return new Validation(true, sql, List.of(), notes, null);
    }

    static Validation failed(Stage stage, String sql, List<String> reasons) {
        return new Validation(false, sql, reasons, List.of(), requireNonNull(stage, "stage is null"));
    }
}
