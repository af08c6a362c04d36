package io.sqlassist.eval;

import static java.util.Objects.requireNonNull;

/** One line of a questions file: {"id", "question", "gold_sql"}. */
public record EvalQuestion(String id, String question, String goldSql) {
    public EvalQuestion {
        requireNonNull(id, "id is null");
        requireNonNull(question, "question is null");
        requireNonNull(goldSql, "goldSql is null");
    }
}
