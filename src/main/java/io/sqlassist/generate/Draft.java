package io.sqlassist.generate;

import static java.util.Objects.requireNonNull;

import io.sqlassist.wire.ApprovalRequest;
import io.sqlassist.wire.Attempt;
import io.sqlassist.wire.Question;
import io.sqlassist.wire.TokenUsage;
import java.time.Instant;
import java.util.List;

/**
 * One attempt of a thread while it is being written: what the generator is asked next, the candidate it wrote, and —
 * once a candidate passed or the tries ran out — the approval request. The generate route's self-correction loop
 * carries it from candidate to candidate.
 *
 * @param askedAt    when the question was asked (kept from the thread)
 * @param attempts   the thread's earlier attempts, each with its feedback
 * @param attempt    the number of the attempt being written (1 for a new question)
 * @param request    what the generator is asked for its next candidate
 * @param candidate  the candidate the generator wrote last, null before the first
 * @param candidates how many candidates the generator has written for this attempt
 * @param usage      tokens used over every candidate, null while no generator reported any
 * @param outcome    the approval request once the attempt is written, null while it needs another candidate
 */
public record Draft(Question question, Instant askedAt, List<Attempt> attempts, int attempt, GenerationRequest request,
                    GeneratedSql candidate, int candidates, TokenUsage usage, ApprovalRequest outcome) {
    public Draft {
        requireNonNull(question, "question is null");
        requireNonNull(askedAt, "askedAt is null");
        attempts = List.copyOf(requireNonNull(attempts, "attempts is null"));
        requireNonNull(request, "request is null");
    }

    static Draft start(Question question, Instant askedAt, List<Attempt> attempts, int attempt,
                       GenerationRequest request) {
        return new Draft(question, askedAt, attempts, attempt, request, null, 0, null, null);
    }

    /** True until a candidate passed the checks or the tries ran out. */
    public boolean needsCandidate() {
        return outcome == null;
    }

    /** The draft with the generator's newest candidate, its tokens added to the rest. */
    public Draft withCandidate(GeneratedSql generated) {
        requireNonNull(generated, "generated is null");
        if (!needsCandidate()) {
            throw new IllegalStateException("attempt " + attempt + " of thread " + question.threadId()
                    + " is written already");
        }
        TokenUsage total = generated.usage() == null ? usage : generated.usage().plus(usage);
        return new Draft(question, askedAt, attempts, attempt, request, generated, candidates + 1, total, null);
    }

    Draft retry(GenerationRequest next) {
        return new Draft(question, askedAt, attempts, attempt, next, candidate, candidates, usage, null);
    }

    Draft finished(ApprovalRequest approvalRequest) {
        return new Draft(question, askedAt, attempts, attempt, request, candidate, candidates, usage,
                requireNonNull(approvalRequest, "approvalRequest is null"));
    }
}
