package io.sqlassist.execute.athena;

import io.sqlassist.execute.ApprovedRun;
import io.sqlassist.execute.QueryExecutor;
import io.sqlassist.execute.QueryFailedException;
import io.sqlassist.execute.StoppedWaitingException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.apache.camel.Exchange;
import org.apache.camel.ExchangeProperty;
import org.apache.camel.Header;
import org.apache.camel.Service;
import org.apache.camel.spi.ShutdownStrategy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.services.athena.AthenaClient;
import software.amazon.awssdk.services.athena.model.GetQueryExecutionResponse;
import software.amazon.awssdk.services.athena.model.InvalidRequestException;
import software.amazon.awssdk.services.athena.model.QueryExecution;
import software.amazon.awssdk.services.athena.model.QueryExecutionState;
import software.amazon.awssdk.services.athena.model.QueryExecutionStatus;

/**
 * Watches a started Athena query to its end: each look at its state (the Athena route's wait loop, and the EXPLAIN
 * dry run) says whether it succeeded, failed, ran out of time, or is to be looked at again after the poll interval.
 * Whenever the service stops waiting for a query nobody will come back for, the query is stopped too, so that it
 * is not billed for nothing; a query the thread's next run will take up (by its request token) is left running.
 */
public final class AthenaQueryWatch implements Service {
    /** Set on the exchange when the query has succeeded: the wait loop ends. */
    public static final String SUCCEEDED = "athenaQuery";
    private static final Logger LOG = LoggerFactory.getLogger(AthenaQueryWatch.class);
    private static final String LAST_STATE = "athenaQueryState";
    private static final Duration FORCED_STOP_CHECK = Duration.ofMillis(100);

    private final AthenaClient athena;
    private final AthenaSettings settings;
    private final Clock clock;
    /** Queries a route is waiting for now: what a stop leaves running, whichever step Camel's stop cuts short. */
    private final Set<String> watching = ConcurrentHashMap.newKeySet();

    /** @param athena stops queries (aws2-athena has no StopQueryExecution operation) */
    public AthenaQueryWatch(AthenaClient athena, AthenaSettings settings, Clock clock) {
        this.athena = Objects.requireNonNull(athena, "athena");
        this.settings = Objects.requireNonNull(settings, "settings");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    public AthenaSettings settings() {
        return settings;
    }

    /**
     * The wait loop's step after each GetQueryExecution: marks the exchange {@link #SUCCEEDED}, fails, or waits one
     * poll interval. The approved run is always taken up again after a restart, so a stop while waiting leaves the
     * query running.
     */
    public void look(GetQueryExecutionResponse response, @ExchangeProperty(QueryExecutor.RUN) ApprovedRun run,
                     Exchange exchange) throws QueryFailedException {
        QueryExecution execution = response.queryExecution();
        String id = execution.queryExecutionId();
        QueryExecutionState last = exchange.getProperty(LAST_STATE, QueryExecutionState.class);
        exchange.setProperty(LAST_STATE, execution.status().state());
        watching.add(id);
        boolean succeeded;
        try {
            succeeded = judge(execution, run.started(), last);
        } catch (QueryFailedException e) {
            watching.remove(id);
            throw e;
        }
        if (succeeded) {
            watching.remove(id);
            exchange.setProperty(SUCCEEDED, execution);
        } else {
            ShutdownStrategy shutdown = exchange.getContext().getShutdownStrategy();
            pause(id, true, shutdown::isForceShutdown);
        }
    }

    @Override
    public void start() {
    }

    /**
     * When the service stops, every query still waited for goes on running: also one whose wait Camel cut short
     * between two steps of the route (it refuses further steps once the grace for work in flight is over).
     */
    @Override
    public void stop() {
        for (String id : List.copyOf(watching)) {
            stoppedWaiting(id, null);
        }
    }

    /** The start's error step: Athena refuses some bad SQL (and unknown workgroups) at the start. */
    public void refused(@ExchangeProperty(Exchange.EXCEPTION_CAUGHT) InvalidRequestException refusal)
            throws QueryFailedException {
        throw new QueryFailedException("Athena refused the query: " + refusal.awsErrorDetails().errorMessage(), refusal);
    }

    /**
     * The wait loop's error step: a failure while waiting (Athena unreachable past the SDK's retries, say) stops the
     * query and fails the run, unless the service is stopping, when the query goes on for the run after the restart.
     */
    public void givenUp(@Header("CamelAwsAthenaQueryExecutionId") String id,
                        @ExchangeProperty(Exchange.EXCEPTION_CAUGHT) Exception failure) throws Exception {
        if (failure instanceof QueryFailedException || failure instanceof StoppedWaitingException) {
            throw failure; // judged already: a query that failed or timed out, or one left running on purpose
        }
        if (Thread.currentThread().isInterrupted()) { // inside a call to Athena, not between looks
            throw stoppedWaiting(id, failure);
        }
        watching.remove(id);
        stopQuery(id);
        throw failure;
    }

    /**
     * @param last the state seen at the previous look, null at the first
     * @return true once the query has SUCCEEDED; false while it is to be waited for
     * @throws QueryFailedException it failed, was cancelled, or passed the timeout (and has been stopped)
     */
    boolean judge(QueryExecution execution, Instant started, QueryExecutionState last) throws QueryFailedException {
        String id = execution.queryExecutionId();
        QueryExecutionStatus status = execution.status();
        QueryExecutionState state = status.state();
        // From Athena's own submission time: a run that takes up a query started before a restart keeps its budget.
        Instant submitted = status.submissionDateTime();
        Duration elapsed = Duration.between(submitted != null && submitted.isBefore(started) ? submitted : started,
                clock.instant());
        Long scanned = execution.statistics() == null ? null : execution.statistics().dataScannedInBytes();
        if (state != last) {
            LOG.info("Athena query {}: {} after {} ms, {} bytes scanned", id, state, elapsed.toMillis(), scanned);
        } else {
            LOG.debug("Athena query {}: still {} after {} ms, {} bytes scanned", id, state, elapsed.toMillis(), scanned);
        }
        if (state == QueryExecutionState.SUCCEEDED) {
            return true;
        }
        if (state == QueryExecutionState.FAILED || state == QueryExecutionState.CANCELLED) {
            throw new QueryFailedException(AthenaFailureMessages.describe(id, status, scanned));
        }
        if (elapsed.compareTo(settings.timeout()) >= 0) {
            stopQuery(id);
            throw new QueryFailedException("Athena query " + id + " timed out after " + readable(settings.timeout())
                    + " (last state " + state + "); it has been stopped");
        }
        return false;
    }

    /**
     * Waits one poll interval. A stopping service interrupts the wait, or, once its grace for work in flight is over,
     * says so through {@code forcedToStop} (Camel then refuses every further step of the route).
     */
    void pause(String id, boolean resumable, BooleanSupplier forcedToStop) throws QueryFailedException {
        long until = System.nanoTime() + settings.pollInterval().toNanos();
        for (long left = settings.pollInterval().toNanos(); left > 0; left = until - System.nanoTime()) {
            if (forcedToStop.getAsBoolean()) {
                stopWaiting(id, resumable, null);
            }
            try {
                TimeUnit.NANOSECONDS.sleep(Math.min(left, FORCED_STOP_CHECK.toNanos()));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                stopWaiting(id, resumable, e);
            }
        }
    }

    private void stopWaiting(String id, boolean resumable, Throwable cause) throws QueryFailedException {
        if (resumable) {
            throw stoppedWaiting(id, cause);
        }
        stopQuery(id);
        throw new QueryFailedException("interrupted while waiting for Athena query " + id + "; it has been stopped",
                cause);
    }

    StoppedWaitingException stoppedWaiting(String id, Throwable cause) {
        watching.remove(id);
        LOG.warn("Stopped waiting for Athena query {} (the service is stopping); it goes on running for the run that"
                + " takes the thread up again", id);
        return new StoppedWaitingException("stopped waiting for Athena query " + id + " (the service is stopping); it"
                + " goes on running, and the run that takes the thread up again finds it by its request token", cause);
    }

    /** Stops the query, also from a thread that was interrupted (the SDK refuses calls while the flag is set). */
    void stopQuery(String id) {
        if (id == null) {
            return;
        }
        boolean interrupted = Thread.interrupted();
        try {
            athena.stopQueryExecution(r -> r.queryExecutionId(id));
        } catch (RuntimeException e) {
            LOG.warn("could not stop Athena query {}: {}", id, e.toString());
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private static String readable(Duration duration) {
        return duration.toMillis() % 1000 == 0 ? duration.toSeconds() + " s" : duration.toMillis() + " ms";
    }
}
