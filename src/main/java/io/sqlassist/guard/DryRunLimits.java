package io.sqlassist.guard;

import static java.util.Objects.requireNonNull;

import java.time.Duration;

/**
 * What a DuckDB dry run allows, from {@code sqlassist.validation.dry-run-*} in config/.
 *
 * @param timeout         how long planning may take before it is cancelled
 * @param maxJoinGrowth   how many times its largest input a join's estimated rows may be
 * @param joinGrowthFloor estimated rows any join may make, however small its inputs
 */
public record DryRunLimits(Duration timeout, long maxJoinGrowth, long joinGrowthFloor) {
    public DryRunLimits {
        requireNonNull(timeout, "timeout is null");
        if (maxJoinGrowth < 1 || joinGrowthFloor < 1) {
            throw new IllegalArgumentException("join growth limits must be positive");
        }
    }
}
