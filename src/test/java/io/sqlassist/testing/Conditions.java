package io.sqlassist.testing;

import java.time.Duration;
import java.time.Instant;
import java.util.function.BooleanSupplier;

/** Waits for a condition instead of sleeping a fixed time. */
public final class Conditions {
    private Conditions() {
    }

    public static void await(String what, BooleanSupplier condition) throws InterruptedException {
        await(what, condition, TestStack.WAIT);
    }

    public static void await(String what, BooleanSupplier condition, Duration timeout) throws InterruptedException {
        Instant deadline = Instant.now().plus(timeout);
        while (!condition.getAsBoolean()) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("timed out after " + timeout + " waiting for " + what);
            }
            Thread.sleep(Duration.ofMillis(25).toMillis());
        }
    }
}
