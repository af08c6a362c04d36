package io.sqlassist.deepstack;

import static java.util.Objects.requireNonNull;

import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Runs work that recurses over untrusted SQL — the parsers, the checks, and every call into DuckDB, whose native
 * code uses the calling thread's stack — on threads with a stack far larger than any statement within
 * {@link StatementBudget} can use, under a deadline. A default 1 MiB thread stack overflows on 820 nested NOTs in
 * DuckDB's binder, and there the JVM dies with SIGSEGV instead of throwing; on these threads the same statement
 * meets DuckDB's own {@code max_expression_depth} error first. Because no check can run out of stack, a verdict
 * never depends on how much stack the calling thread happened to have left.
 */
public final class DeepStack {
    /** Reserved, not committed: the kernel backs only the pages a thread touches. */
    static final long STACK_BYTES = 512L * 1024 * 1024;
    /** How long a timed-out call is given to return after it was asked to stop, before the caller moves on. */
    private static final Duration STOP_GRACE = Duration.ofSeconds(5);

    private static final AtomicInteger THREADS = new AtomicInteger();
    // Cached: a call stuck in native code keeps its thread, and the next call gets a fresh one.
    private static final ExecutorService POOL = new ThreadPoolExecutor(0, Integer.MAX_VALUE, 60, TimeUnit.SECONDS,
            new SynchronousQueue<>(), DeepStackThread::new);

    private static final class DeepStackThread extends Thread {
        DeepStackThread(Runnable runnable) {
            super(null, runnable, "sqlassist-deep-stack-" + THREADS.incrementAndGet(), STACK_BYTES);
            setDaemon(true);
        }
    }

    /** Work that may throw a checked exception. */
    @FunctionalInterface
    public interface Work<T, E extends Exception> {
        T call() throws E;
    }

    /** The call ran past its deadline; the work was asked to stop. */
    public static final class DeadlineExceededException extends Exception {
        DeadlineExceededException(String what, Duration deadline) {
            super(what + " took longer than " + deadline.toSeconds() + " s and was stopped");
        }
    }

    private DeepStack() {
    }

    /**
     * Runs {@code work} on a deep-stack thread and waits at most {@code deadline} for it. Called from a deep-stack
     * thread, it runs the work at once, under the deadline of the outer call.
     *
     * @param what   names the work in the timeout message, e.g. "the dry run"
     * @param onStop called once on the caller's thread when the deadline passes, e.g. to cancel a statement
     * @throws E                        what the work threw
     * @throws DeadlineExceededException when it ran past the deadline
     */
    public static <T, E extends Exception> T call(String what, Duration deadline, Work<T, E> work, Runnable onStop)
            throws E, DeadlineExceededException {
        requireNonNull(work, "work is null");
        requireNonNull(onStop, "onStop is null");
        if (Thread.currentThread() instanceof DeepStackThread) {
            return work.call(); // already deep, and under the deadline of the call that brought it here
        }
        Future<T> future = POOL.submit((Callable<T>) work::call);
        try {
            return awaitResult(future, deadline);
        } catch (TimeoutException e) {
            onStop.run();
            try {
                future.get(STOP_GRACE.toMillis(), TimeUnit.MILLISECONDS);
            } catch (Exception | Error ignored) {
                // the caller is told about the deadline, whatever the stopped work did next
            }
            future.cancel(true);
            throw new DeadlineExceededException(what, deadline);
        }
    }

    /** The same, for work that throws nothing checked and needs no stop action (pure Java analysis). */
    public static <T> T call(String what, Duration deadline, Work<T, RuntimeException> work)
            throws DeadlineExceededException {
        return call(what, deadline, work, () -> {
        });
    }

    @SuppressWarnings("unchecked")
    private static <T, E extends Exception> T awaitResult(Future<T> future, Duration deadline)
            throws E, TimeoutException {
        try {
            return future.get(deadline.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            future.cancel(true);
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for work on a deep-stack thread", e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof Error error) {
                throw error;
            }
            if (cause instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw (E) cause;
        }
    }
}
