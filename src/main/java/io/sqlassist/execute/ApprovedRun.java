package io.sqlassist.execute;

import static java.util.Objects.requireNonNull;

import io.sqlassist.wire.Decision;
import io.sqlassist.wire.PendingThread;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;

/**
 * Approved SQL that passed every check again just before it runs: what the warehouse's route runs.
 *
 * @param maxRows the most rows the requester gets; the result is cut there
 * @param started when the run began, the start of the Result's execution timing
 */
public record ApprovedRun(PendingThread thread, Decision decision, int maxRows, Instant started) implements RunPlan {
    public ApprovedRun {
        requireNonNull(thread, "thread is null");
        requireNonNull(decision, "decision is null");
        requireNonNull(thread.request().sql(), "approved SQL is null");
        requireNonNull(started, "started is null");
    }

    public String sql() {
        return thread.request().sql();
    }

    public String threadId() {
        return thread.question().threadId();
    }

    /** Names this run: the thread and the attempt whose SQL was approved. A re-run after a crash has the same key. */
    public String runKey() {
        return threadId() + "/" + thread.request().attempt();
    }

    /**
     * Athena's ClientRequestToken for this run (64 hex characters, within its 32 to 128): a start repeated with it —
     * an SDK retry, or the run that takes the thread up after a crash — returns the execution already started
     * instead of running and billing the query a second time. Other SQL gets another token.
     */
    public String idempotencyToken() {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(runKey().getBytes(StandardCharsets.UTF_8));
            sha.update((byte) 0);
            sha.update(sql().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
