package io.sqlassist.wire;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * A thread waiting for a human: the question, every earlier attempt and the request now under review.
 * This is the body the aggregation repository keeps (as JSON text, so the CLI can read it).
 *
 * @param askedAt         when the question arrived
 * @param earlierAttempts attempts before the current one, each with the feedback that asked for the next
 */
public record PendingThread(int schemaVersion, Question question, Instant askedAt, List<Attempt> earlierAttempts,
                            ApprovalRequest request) {
    public static final int SCHEMA_VERSION = 1;

    public PendingThread {
        requireNonNull(question, "question is null");
        requireNonNull(askedAt, "askedAt is null");
        earlierAttempts = earlierAttempts == null ? List.of() : List.copyOf(earlierAttempts);
        requireNonNull(request, "request is null");
    }

    /** Every attempt so far, the current one last with the given feedback attached. */
    public List<Attempt> attemptsWithFeedback(String feedback) {
        List<Attempt> all = new ArrayList<>(earlierAttempts);
        all.add(new Attempt(request.attempt(), request.sql(), request.explanation(), feedback));
        return all;
    }
}
