package io.sqlassist.guard;

/** Asks the engine to plan a statement without running it, so errors surface before a human approves it. */
public interface DryRun {
    DryRunOutcome explain(String sql);
}
