package io.sqlassist.execute;

import com.fasterxml.jackson.databind.JsonNode;
import io.sqlassist.wire.DecidedThread;
import io.sqlassist.wire.Json;
import io.sqlassist.wire.PendingThread;
import io.sqlassist.wire.Question;
import io.sqlassist.wire.Result;
import io.sqlassist.wire.ResultStatus;
import io.sqlassist.wire.ThreadIds;
import io.sqlassist.wire.Timings;
import java.io.IOException;

/**
 * The Results of threads that close without running anything: rejected, expired, refused, no SQL, given up on. Each
 * tells the requester why, and what to do next where there is something to do.
 */
public final class UnexecutedResults {
    public Result rejected(DecidedThread decided) {
        String feedback = decided.decision().feedback();
        return closed(decided.thread(), ResultStatus.rejected, decided.decision().approver(),
                "rejected by the reviewer" + (feedback == null || feedback.isBlank() ? "" : ": " + feedback));
    }

    public Result expired(PendingThread thread) {
        return closed(thread, ResultStatus.expired, null, "nobody decided within the approval window; the thread has"
                + " closed and nothing ran. Ask again if the question still matters.");
    }

    /** Processing after the decision kept failing (e.g. the result store is down): the thread is given up on. */
    public Result abandoned(String decidedThreadJson) {
        DecidedThread decided = Json.read(decidedThreadJson, DecidedThread.class);
        Question question = decided.thread().question();
        return Result.closedWithoutExecution(question.threadId(), ResultStatus.failed, question.question(),
                decided.thread().request().sql(), decided.decision().approver(),
                "the approved thread could not be completed after repeated attempts; ask again", new Timings(
                        decided.thread().askedAt(), null, null, null));
    }

    /**
     * A question intake refused (it went to the inbox's dead-letter queue): when its thread can be told, the requester
     * hears why at once instead of waiting for a Result that would never come. Null when the message names no valid
     * thread (it was not JSON, say): nobody could be waiting for it.
     */
    public Result refusedQuestion(String body, String reason) {
        JsonNode message;
        try {
            message = Json.MAPPER.readTree(body);
        } catch (IOException | RuntimeException e) {
            return null;
        }
        String threadId = message == null ? "" : message.path("thread_id").asText("");
        if (!ThreadIds.isValid(threadId)) {
            return null;
        }
        String question = message.path("question").isTextual() ? message.path("question").asText() : null;
        if (question != null && question.length() > 500) {
            question = question.substring(0, 500) + "…";
        }
        return Result.closedWithoutExecution(threadId, ResultStatus.failed, question, null, null,
                "the question was refused: " + reason, new Timings(null, null, null, null));
    }

    /** The generator kept failing (service down, throttled past the retries): the requester is told, nothing waits. */
    public Result generationFailed(Question question, String reason) {
        return Result.closedWithoutExecution(question.threadId(), ResultStatus.failed, question.question(), null, null,
                "no SQL could be generated: " + reason + ". Try again later.", new Timings(null, null, null, null));
    }

    public Result noSql(PendingThread thread) {
        return closed(thread, ResultStatus.no_sql, null, thread.request().explanation()
                + " Rephrase the question (name the table or columns), or configure an LLM generator.");
    }

    static Result closed(PendingThread thread, ResultStatus status, String approver, String message) {
        return Result.closedWithoutExecution(thread.question().threadId(), status, thread.question().question(),
                thread.request().sql(), approver, message, new Timings(thread.askedAt(), null, null, null));
    }

}
