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
 * Loads the schema, asks the generator, validates what it wrote — handing refusals back to it for another try — and
 * turns the outcome into the next attempt of a thread. A reviewer only ever sees SQL that passed validation.
 */
public final class SqlDrafter {
    private final SchemaProvider schemas;
    private final SqlGenerator generator;
    private final CandidateValidator validator;
    private final int correctionAttempts;
    private final Clock clock;

    /**
     * @param correctionAttempts how many more candidates the generator may write after a refused one
     */
    public SqlDrafter(SchemaProvider schemas, SqlGenerator generator, CandidateValidator validator,
                      int correctionAttempts, Clock clock) {
        this.schemas = schemas;
        this.generator = generator;
        this.validator = validator;
        this.correctionAttempts = correctionAttempts;
        this.clock = clock;
    }

    /** Attempt 1 for a new question. */
    public PendingThread first(Question question) {
        Catalog catalog = schemas.load(question.database());
        ApprovalRequest request = draft(question, 1, GenerationRequest.first(question.question(), catalog));
        return new PendingThread(PendingThread.SCHEMA_VERSION, question, clock.instant(), List.of(), request);
    }

    /** The next attempt, written with the reviewer's feedback and every earlier attempt in view. */
    public PendingThread refine(DecidedThread decided) {
        PendingThread thread = decided.thread();
        Question question = thread.question();
        String feedback = decided.decision().feedback();
        List<Attempt> attempts = thread.attemptsWithFeedback(feedback);
        GenerationRequest generation = new GenerationRequest(question.question(), schemas.load(question.database()),
                attempts, feedback, null);
        return new PendingThread(PendingThread.SCHEMA_VERSION, question, thread.askedAt(), attempts,
                draft(question, thread.request().attempt() + 1, generation));
    }

    private ApprovalRequest draft(Question question, int attempt, GenerationRequest generation) {
        GenerationRequest current = generation;
        TokenUsage usage = null;
        for (int candidates = 1; ; candidates++) {
            GeneratedSql generated = generator.generate(current);
            usage = generated.usage() == null ? usage : generated.usage().plus(usage);
            if (generated.isRefused()) {
                return request(question, attempt, generated,
                        new ValidationSummary("no_sql", candidates, List.of(generated.refusalReason()), List.of()), usage);
            }
            Validation validation = validator.validate(generated.sql(), generation.catalog());
            if (validation.passed()) {
                GeneratedSql checked = GeneratedSql.of(validation.sql(), generated.explanation(), generated.confidence(),
                        generated.tables());
                return request(question, attempt, checked,
                        new ValidationSummary("passed", candidates, List.of(), validation.notes()), usage);
            }
            if (candidates > correctionAttempts) {
                String reasons = String.join("; ", validation.reasons());
                return request(question, attempt, GeneratedSql.refused("no SQL passed validation after " + candidates
                        + " tries; the last was refused because " + reasons),
                        new ValidationSummary("failed", candidates, validation.reasons(), List.of()), usage);
            }
            current = current.withValidationError("This SQL was refused:\n" + generated.sql() + "\nbecause: "
                    + String.join("; ", validation.reasons()));
        }
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
