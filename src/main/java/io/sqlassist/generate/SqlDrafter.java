package io.sqlassist.generate;

import io.sqlassist.approval.ApprovalRequest;
import io.sqlassist.approval.DecidedThread;
import io.sqlassist.approval.PendingThread;
import io.sqlassist.intake.Question;
import io.sqlassist.schema.Catalog;
import io.sqlassist.schema.SchemaProvider;
import io.sqlassist.wire.Sha256;
import java.time.Clock;
import java.util.List;

/** Loads the schema, asks the generator and turns its answer into the next attempt of a thread. */
public final class SqlDrafter {
    private final SchemaProvider schemas;
    private final SqlGenerator generator;
    private final Clock clock;

    public SqlDrafter(SchemaProvider schemas, SqlGenerator generator, Clock clock) {
        this.schemas = schemas;
        this.generator = generator;
        this.clock = clock;
    }

    /** Attempt 1 for a new question. */
    public PendingThread first(Question question) {
        Catalog catalog = schemas.load(question.database());
        GeneratedSql generated = generator.generate(GenerationRequest.first(question.question(), catalog));
        return new PendingThread(PendingThread.SCHEMA_VERSION, question, clock.instant(), List.of(),
                request(question, 1, generated));
    }

    /** The next attempt, written with the reviewer's feedback and every earlier attempt in view. */
    public PendingThread refine(DecidedThread decided) {
        PendingThread thread = decided.thread();
        Question question = thread.question();
        String feedback = decided.decision().feedback();
        List<Attempt> attempts = thread.attemptsWithFeedback(feedback);
        GeneratedSql generated = generator.generate(new GenerationRequest(question.question(),
                schemas.load(question.database()), attempts, feedback, null));
        return new PendingThread(PendingThread.SCHEMA_VERSION, question, thread.askedAt(), attempts,
                request(question, thread.request().attempt() + 1, generated));
    }

    private ApprovalRequest request(Question question, int attempt, GeneratedSql generated) {
        return new ApprovalRequest(ApprovalRequest.SCHEMA_VERSION, question.threadId(), attempt, generated.sql(),
                generated.isRefused() ? null : Sha256.hex(generated.sql()), generated.explanation(),
                generated.confidence(), generated.tables(), question.question(), question.requestedBy(), clock.instant());
    }
}
