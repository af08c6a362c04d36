package io.sqlassist.execute;

/** What the execute stage does with a decided thread: run its approved SQL, or close it with nothing run. */
public sealed interface RunPlan permits ApprovedRun, NothingToRun {
}
