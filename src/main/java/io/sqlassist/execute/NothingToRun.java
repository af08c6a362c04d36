package io.sqlassist.execute;

import static java.util.Objects.requireNonNull;

import io.sqlassist.wire.Result;

/** A decided thread whose SQL may not run (there is none, or it fails the checks as it stands): its Result says why. */
public record NothingToRun(Result result) implements RunPlan {
    public NothingToRun {
        requireNonNull(result, "result is null");
    }
}
