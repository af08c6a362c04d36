package io.sqlassist.testing;

import java.time.Duration;
import java.time.Instant;
import java.util.function.BooleanSupplier;

/** Waits for a condition instead of sleeping a fixed time. */
public final class Conditions {
    private Conditions() {
    }

    public static void await(String what, BooleanSupplier condition) throws InterruptedException {
        Instant deadline = Instant.now().plus(TestStack.WAIT);
        while (!condition.getAsBoolean()) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("timed out waiting for " + what);
            }
            Thread.sleep(Duration.ofMillis(25).toMillis());
        }
    }
}
