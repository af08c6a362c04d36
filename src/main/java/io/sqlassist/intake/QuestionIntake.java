package io.sqlassist.intake;

import io.sqlassist.wire.Headers;
import io.sqlassist.wire.InvalidMessageException;
import io.sqlassist.wire.Json;
import io.sqlassist.wire.Question;
import io.sqlassist.wire.ThreadIds;
import org.apache.camel.Exchange;
import org.apache.camel.Processor;

/**
 * Turns an inbox message into a valid {@link Question} with a thread id, or rejects it with a reason
 * ({@link InvalidMessageException}) so the route can dead-letter it.
 */
public final class QuestionIntake implements Processor {
    private final int maxQuestionLength;
    private final int maxRowsLimit;

    public QuestionIntake(int maxQuestionLength, int maxRowsLimit) {
        this.maxQuestionLength = maxQuestionLength;
        this.maxRowsLimit = maxRowsLimit;
    }

    @Override
    public void process(Exchange exchange) {
        Question parsed = Json.read(exchange.getMessage().getBody(String.class), Question.class);
        // Without a thread id, the SQS message id names the thread: a redelivery of the message is the same thread.
        String messageId = exchange.getMessage().getHeader("CamelAwsSqsMessageId", String.class);
        Question question = validate(parsed.threadId() == null && messageId != null
                ? parsed.withThreadId(ThreadIds.forMessage(messageId)) : parsed);
        exchange.getMessage().setHeader(Headers.THREAD_ID, question.threadId());
        exchange.getMessage().setBody(question);
    }

    /**
     * The question as the service accepts it (thread id and requester filled in), or {@link InvalidMessageException}
     * with the reason it would be refused; the CLI asks the same before it sends anything.
     */
    public Question validate(Question q) {
        if (q.schemaVersion() != Question.SCHEMA_VERSION) {
            throw new InvalidMessageException("unsupported schema_version " + q.schemaVersion() + "; this service reads "
                    + Question.SCHEMA_VERSION);
        }
        if (q.question() == null || q.question().isBlank()) {
            throw new InvalidMessageException("missing 'question': the message must say what to ask");
        }
        if (q.question().length() > maxQuestionLength) {
            throw new InvalidMessageException("question is " + q.question().length() + " characters; the limit is "
                    + maxQuestionLength);
        }
        if (q.threadId() != null && !ThreadIds.isValid(q.threadId())) {
            throw new InvalidMessageException("thread_id must be 1-64 characters of letters, digits, '.', '_' or '-'");
        }
        if (q.maxRows() != null && (q.maxRows() < 1 || q.maxRows() > maxRowsLimit)) {
            throw new InvalidMessageException("max_rows must be between 1 and " + maxRowsLimit);
        }
        Question valid = q.threadId() == null ? q.withThreadId(ThreadIds.next()) : q;
        return valid.requestedBy() == null || valid.requestedBy().isBlank() ? valid.withRequestedBy("anonymous") : valid;
    }
}
