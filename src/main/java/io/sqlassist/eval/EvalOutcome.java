package io.sqlassist.eval;

import static java.util.Objects.requireNonNull;

/**
 * What happened to one question.
 *
 * @param outcome PASS (same result as gold), FAIL (different result or refusal), ERROR (a query could not run)
 */
public record EvalOutcome(String id, String question, String goldSql, String generatedSql, Outcome outcome,
                          String reason, String confidence, long generationMs, long goldMs, long generatedMs) {
    public enum Outcome { PASS, FAIL, ERROR }

    public EvalOutcome {
        requireNonNull(id, "id is null");
        requireNonNull(question, "question is null");
        requireNonNull(goldSql, "goldSql is null");
        requireNonNull(outcome, "outcome is null");
    }
}
