package io.sqlassist.wire;

import static java.util.Objects.requireNonNull;

/**
 * What the aggregator hands on when a decision completes a thread.
 *
 * @param thread   the pending thread; null when the decision named no pending thread
 * @param decision the decision that arrived
 */
public record DecidedThread(int schemaVersion, PendingThread thread, Decision decision) {
    public static final int SCHEMA_VERSION = 1;

    public DecidedThread {
        requireNonNull(decision, "decision is null");
    }

    public boolean threadWasPending() {
        return thread != null;
    }
}
