package io.sqlassist.wire;

import static java.util.Objects.requireNonNull;

import java.util.List;

/**
 * What the reviewer is told about the checks the SQL passed before it reached them.
 *
 * @param status             passed, or failed when no candidate passed (then the request carries no SQL)
 * @param generationAttempts how many candidates the generator wrote for this attempt (1 = right first time)
 * @param reasons            why the last candidate failed; empty when passed
 * @param notes              what validation changed in the SQL, e.g. an appended LIMIT
 */
public record ValidationSummary(String status, int generationAttempts, List<String> reasons, List<String> notes) {
    public ValidationSummary {
        requireNonNull(status, "status is null");
        reasons = reasons == null ? List.of() : List.copyOf(reasons);
        notes = notes == null ? List.of() : List.copyOf(notes);
    }
}
