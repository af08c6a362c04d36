package io.sqlassist.wire;

import java.time.Instant;

/**
 * When the thread was asked, when the approved SQL started and finished, and how long it ran.
 * Any field may be null when that step did not happen (e.g. a rejected thread never executes).
 */
public record Timings(Instant askedAt, Instant executionStartedAt, Instant executionFinishedAt, Long executionMs) {
}
