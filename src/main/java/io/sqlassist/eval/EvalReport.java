package io.sqlassist.eval;

import static java.util.Objects.requireNonNull;

import java.util.List;

/** The JSON report of one eval run (written with snake_case names). */
public record EvalReport(String generator, String jdbcUrl, int total, int passed, int failed, int errors,
                         double accuracyPercent, String startedAt, long durationMs, List<EvalOutcome> questions) {
    public EvalReport {
        requireNonNull(generator, "generator is null");
        requireNonNull(jdbcUrl, "jdbcUrl is null");
        questions = List.copyOf(requireNonNull(questions, "questions is null"));
    }
}
