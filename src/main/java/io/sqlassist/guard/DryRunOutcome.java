package io.sqlassist.guard;

import static java.util.Objects.requireNonNull;

/**
 * Result of a dry run.
 *
 * @param ok    true when the engine could plan the statement
 * @param error the engine's error text, verbatim; empty when ok
 */
public record DryRunOutcome(boolean ok, String error) {
    public DryRunOutcome {
        requireNonNull(error, "error is null");
        if (ok != error.isEmpty()) {
            throw new IllegalArgumentException("an outcome is ok exactly when it has no error");
        }
    }

    public static DryRunOutcome succeeded() {
        return new DryRunOutcome(true, "");
    }

    public static DryRunOutcome failed(String error) {
        return new DryRunOutcome(false, error == null || error.isEmpty() ? "(the engine gave no message)" : error);
    }
}
