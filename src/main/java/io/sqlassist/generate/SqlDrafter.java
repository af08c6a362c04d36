package io.sqlassist.generate;

import io.sqlassist.guard.CandidateValidator;
import io.sqlassist.guard.Validation;
import io.sqlassist.schema.Catalog;
import io.sqlassist.schema.SchemaProvider;
import io.sqlassist.wire.ApprovalRequest;
import io.sqlassist.wire.Attempt;
import io.sqlassist.wire.DecidedThread;
import io.sqlassist.wire.PendingThread;
import io.sqlassist.wire.Question;
import io.sqlassist.wire.Sha256;
import io.sqlassist.wire.TokenUsage;
import io.sqlassist.wire.ValidationSummary;
import java.time.Clock;
import java.util.List;

/**
 * The steps of writing one attempt, which the generate route runs: start a {@link Draft} (schema loaded, earlier
 * attempts and feedback in view), check each candidate the generator writes — handing refusals back to it for another
 * try — and turn the finished draft into the thread's next state. A reviewer only ever sees SQL that passed validation.
 */
public final class SqlDrafter {
    private final SchemaProvider schemas;
    private final CandidateValidator validator;
    private final int correctionAttempts;
    private final Clock clock;

    /**
     * @param correctionAttempts how many more candidates the generator may write after a refused one
     */
    public SqlDrafter(SchemaProvider schemas, CandidateValidator validator, int correctionAttempts, Clock clock) {
        this.schemas = schemas;
        this.validator = validator;
        this.correctionAttempts = correctionAttempts;
        this.clock = clock;
    }

    /** Attempt 1 for a new question. */
    public Draft first(Question question) {
        Catalog catalog = schemas.load(question.database());
        return Draft.start(question, clock.instant(), List.of(), 1, GenerationRequest.first(question.question(), catalog));
    }

    /** The next attempt, to be written with the reviewer's feedback and every earlier attempt in view. */
    public Draft refine(DecidedThread decided) {
        PendingThread thread = decided.thread();
        Question question = thread.question();
        String feedback = decided.decision().feedback();
        List<Attempt> attempts = thread.attemptsWithFeedback(feedback);
        GenerationRequest generation = new GenerationRequest(question.question(), schemas.load(question.database()),
                attempts, feedback, null);
        return Draft.start(question, thread.askedAt(), attempts, thread.request().attempt() + 1, generation);
    }

    /**
     * Checks the candidate the generator just wrote: a refusal or a candidate that passes finishes the attempt, and
     * so does the last refused one; otherwise the generator is asked again, told why this one was refused.
     */
    public Draft check(Draft draft) {
        GeneratedSql generated = draft.candidate();
        Question question = draft.question();
        if (generated.isRefused()) {
            return draft.finished(request(question, draft.attempt(), generated,
                    new ValidationSummary("no_sql", draft.candidates(), List.of(generated.refusalReason()), List.of()),
                    draft.usage()));
        }
        Validation validation = validator.validate(generated.sql(), draft.request().catalog());
        if (validation.passed()) {
            GeneratedSql checked = GeneratedSql.of(validation.sql(), generated.explanation(), generated.confidence(),
                    generated.tables());
            return draft.finished(request(question, draft.attempt(), checked,
                    new ValidationSummary("passed", draft.candidates(), List.of(), validation.notes()), draft.usage()));
        }
        if (draft.candidates() > correctionAttempts) {
            String reasons = String.join("; ", validation.reasons());
            return draft.finished(request(question, draft.attempt(), GeneratedSql.refused("no SQL passed validation after "
                            + draft.candidates() + " tries; the last was refused because " + reasons),
                    new ValidationSummary("failed", draft.candidates(), validation.reasons(), List.of()), draft.usage()));
        }
        return draft.retry(draft.request().withValidationError("This SQL was refused:\n" + generated.sql()
                + "\nbecause: " + String.join("; ", validation.reasons())));
    }

    /** The thread as it waits for review, with the attempt just written. */
    public PendingThread thread(Draft draft) {
        if (draft.needsCandidate()) {
            throw new IllegalStateException("attempt " + draft.attempt() + " of thread " + draft.question().threadId()
                    + " has no approval request yet");
        }
        return new PendingThread(PendingThread.SCHEMA_VERSION, draft.question(), draft.askedAt(), draft.attempts(),
                draft.outcome());
    }

    /**
     * The request as reviewers get it over SQS, bounded in bytes whatever the generator wrote: the SQL is bounded by
     * the guard's budget, the question by intake; the explanation and the refusal reasons are bounded here.
     */
    private ApprovalRequest request(Question question, int attempt, GeneratedSql generated, ValidationSummary validation,
                                    TokenUsage usage) {
        ValidationSummary bounded = new ValidationSummary(validation.status(), validation.generationAttempts(),
                bounded(validation.reasons()), bounded(validation.notes()));
        return new ApprovalRequest(ApprovalRequest.SCHEMA_VERSION, question.threadId(), attempt, generated.sql(),
                generated.isRefused() ? null : Sha256.hex(generated.sql()), shortened(generated.explanation(),
                MAX_EXPLANATION), generated.confidence(), generated.tables(), question.question(),
                question.requestedBy(), clock.instant(), bounded, usage);
    }

    private static final int MAX_EXPLANATION = 8_000;
    private static final int MAX_REASONS = 20;
    private static final int MAX_REASON = 500;

    private static List<String> bounded(List<String> texts) {
        List<String> out = new java.util.ArrayList<>();
        for (String text : texts.subList(0, Math.min(texts.size(), MAX_REASONS))) {
            out.add(shortened(text, MAX_REASON));
        }
        if (texts.size() > MAX_REASONS) {
            out.add("… and " + (texts.size() - MAX_REASONS) + " more");
        }
        return out;
    }

    private static String shortened(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max) + "…";
    }
}
