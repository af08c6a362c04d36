package io.sqlassist.execute.athena;

import io.sqlassist.execute.QueryFailedException;
import io.sqlassist.execute.StoppedWaitingException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.services.athena.AthenaClient;
import software.amazon.awssdk.services.athena.model.InvalidRequestException;
import software.amazon.awssdk.services.athena.model.QueryExecution;
import software.amazon.awssdk.services.athena.model.QueryExecutionState;
import software.amazon.awssdk.services.athena.model.QueryExecutionStatus;

/** Starts one query and polls it to a final state; shared by the engine and the EXPLAIN dry run. */
final class AthenaExecutionRunner {
    private static final Logger LOG = LoggerFactory.getLogger(AthenaExecutionRunner.class);

    private final AthenaClient athena;
    private final AthenaSettings settings;
    private final Clock clock;

    AthenaExecutionRunner(AthenaClient athena, AthenaSettings settings, Clock clock) {
        this.athena = Objects.requireNonNull(athena, "athena");
        this.settings = Objects.requireNonNull(settings, "settings");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * @param clientRequestToken Athena's idempotency token (32 to 128 characters): a retried start with the same
     *                           token returns the same execution instead of running the query twice
     * @param resumable          whether a later run will come back for this execution with the same token (a
     *                           decided thread, which recovery takes up again): if the service stops waiting because
     *                           it is stopping, the query goes on for that run instead of being stopped and re-billed
     * @return the execution, in state SUCCEEDED
     */
    QueryExecution execute(String sql, String clientRequestToken, boolean resumable) throws QueryFailedException {
        String id = start(sql, clientRequestToken);
        try {
            return await(id, resumable);
        } catch (StoppedWaitingException e) {
            throw e;
        } catch (RuntimeException | Error e) {
            boolean interrupted = Thread.currentThread().isInterrupted(); // inside a call to Athena, not between polls
            if (interrupted && resumable) {
                throw stoppedWaiting(id, e);
            }
            stop(id); // whenever the service stops waiting, the query stops too: nobody would read its result
            if (interrupted) {
                throw new QueryFailedException("interrupted while waiting for Athena query " + id
                        + "; it has been stopped", e);
            }
            throw e;
        }
    }

    private QueryExecution await(String id, boolean resumable) throws QueryFailedException {
        Instant started = clock.instant();
        QueryExecutionState last = null;
        while (true) {
            QueryExecution execution = athena.getQueryExecution(r -> r.queryExecutionId(id)).queryExecution();
            QueryExecutionStatus status = execution.status();
            QueryExecutionState state = status.state();
            // From Athena's own submission time: a run that takes up a query started before a restart keeps its budget.
            Instant submitted = status.submissionDateTime();
            Duration elapsed = Duration.between(submitted != null && submitted.isBefore(started) ? submitted : started,
                    clock.instant());
            Long scanned = execution.statistics() == null ? null : execution.statistics().dataScannedInBytes();
            if (state != last) {
                LOG.info("Athena query {}: {} after {} ms, {} bytes scanned", id, state, elapsed.toMillis(), scanned);
                last = state;
            } else {
                LOG.debug("Athena query {}: still {} after {} ms, {} bytes scanned", id, state, elapsed.toMillis(),
                        scanned);
            }
            if (state == QueryExecutionState.SUCCEEDED) {
                return execution;
            }
            if (state == QueryExecutionState.FAILED || state == QueryExecutionState.CANCELLED) {
                throw new QueryFailedException(AthenaFailureMessages.describe(id, status, scanned));
            }
            if (elapsed.compareTo(settings.timeout()) >= 0) {
                stop(id);
                throw new QueryFailedException("Athena query " + id + " timed out after " + readable(settings.timeout())
                        + " (last state " + state + "); it has been stopped");
            }
            try {
                Thread.sleep(settings.pollInterval().toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                if (resumable) {
                    throw stoppedWaiting(id, e);
                }
                stop(id);
                throw new QueryFailedException("interrupted while waiting for Athena query " + id
                        + "; it has been stopped", e);
            }
        }
    }

    private static String readable(Duration duration) {
        return duration.toMillis() % 1000 == 0 ? duration.toSeconds() + " s" : duration.toMillis() + " ms";
    }

    private String start(String sql, String clientRequestToken) throws QueryFailedException {
        try {
            return athena.startQueryExecution(r -> r
                    .queryString(sql)
                    .clientRequestToken(clientRequestToken)
                    .workGroup(settings.workgroup())
                    .queryExecutionContext(c -> c.database(settings.database()))
                    .resultConfiguration(c -> c.outputLocation(settings.outputLocation())))
                    .queryExecutionId();
        } catch (InvalidRequestException e) {
            // Athena refuses some bad SQL (and unknown workgroups) at start rather than failing the execution.
            throw new QueryFailedException("Athena refused the query: " + e.awsErrorDetails().errorMessage(), e);
        }
    }

    private static StoppedWaitingException stoppedWaiting(String id, Throwable cause) {
        LOG.warn("Stopped waiting for Athena query {} (the service is stopping); it goes on running for the run that"
                + " takes the thread up again", id);
        return new StoppedWaitingException("stopped waiting for Athena query " + id + " (the service is stopping); it"
                + " goes on running, and the run that takes the thread up again finds it by its request token", cause);
    }

    /** Stops the query, also from a thread that was interrupted (the SDK refuses calls while the flag is set). */
    private void stop(String id) {
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
}
