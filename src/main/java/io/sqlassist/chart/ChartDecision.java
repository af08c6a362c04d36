package io.sqlassist.chart;

import static java.util.Objects.requireNonNull;

import java.util.Optional;

/**
 * Either a plan to draw or a refusal with a reason a person can read ("single row", "41 categories: more than 30").
 * Exactly one of {@code plan} and {@code reason} is set.
 */
public record ChartDecision(ChartPlan plan, String reason) {

    public ChartDecision {
        if ((plan == null) == (reason == null)) {
            throw new IllegalArgumentException("a chart decision is either a plan or a reason");
        }
    }

    public static ChartDecision chart(ChartPlan plan) {
        return new ChartDecision(requireNonNull(plan, "plan is null"), null);
    }

    public static ChartDecision refuse(String reason) {
        return new ChartDecision(null, requireNonNull(reason, "reason is null"));
    }

    public boolean charted() {
        return plan != null;
    }

    public Optional<ChartPlan> planIfAny() {
        return Optional.ofNullable(plan);
    }
}
