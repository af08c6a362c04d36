package io.sqlassist.execute.athena;

import io.sqlassist.execute.QueryFailedException;
import java.time.Clock;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import software.amazon.awssdk.services.athena.AthenaClient;
import software.amazon.awssdk.services.athena.model.InvalidRequestException;
import software.amazon.awssdk.services.athena.model.QueryExecution;
import software.amazon.awssdk.services.athena.model.QueryExecutionState;

/**
 * The dry run before review: {@code EXPLAIN} plans the query against the real catalog (tables, columns, types,
 * permissions) without reading data, and Athena does not charge for it. It runs inside the guard's check, not as a
 * stage of its own, so it calls the SDK client directly; nobody comes back for an EXPLAIN, so one the service stops
 * waiting for is stopped.
 */
public final class AthenaExplain {
    private final AthenaClient athena;
    private final AthenaSettings settings;
    private final AthenaQueryWatch watch;
    private final Clock clock;

    public AthenaExplain(AthenaClient athena, AthenaSettings settings) {
        this(athena, settings, Clock.systemUTC());
    }

    public AthenaExplain(AthenaClient athena, AthenaSettings settings, Clock clock) {
        this.athena = Objects.requireNonNull(athena, "athena");
        this.settings = Objects.requireNonNull(settings, "settings");
        this.watch = new AthenaQueryWatch(athena, settings, clock);
        this.clock = clock;
    }

    /** @return empty when Athena can plan the query; otherwise Athena's reason */
    public Optional<String> explainError(String sql) {
        try {
            await(start("EXPLAIN " + sql));
            return Optional.empty();
        } catch (QueryFailedException e) {
            return Optional.of(e.getMessage());
        }
    }

    private String start(String sql) throws QueryFailedException {
        try {
            return athena.startQueryExecution(r -> r
                    .queryString(sql)
                    .clientRequestToken(UUID.randomUUID().toString())
                    .workGroup(settings.workgroup())
                    .queryExecutionContext(c -> c.database(settings.database()))
                    .resultConfiguration(c -> c.outputLocation(settings.outputLocation())))
                    .queryExecutionId();
        } catch (InvalidRequestException e) {
            // Athena refuses some bad SQL (and unknown workgroups) at start rather than failing the execution.
            throw new QueryFailedException("Athena refused the query: " + e.awsErrorDetails().errorMessage(), e);
        }
    }

    private void await(String id) throws QueryFailedException {
        Instant started = clock.instant();
        QueryExecutionState last = null;
        try {
            while (true) {
                QueryExecution execution = athena.getQueryExecution(r -> r.queryExecutionId(id)).queryExecution();
                if (watch.judge(execution, started, last)) {
                    return;
                }
                last = execution.status().state();
                watch.pause(id, false, () -> false);
            }
        } catch (RuntimeException | Error e) {
            boolean interrupted = Thread.currentThread().isInterrupted(); // inside a call to Athena
            watch.stopQuery(id);
            if (interrupted) {
                throw new QueryFailedException("interrupted while waiting for Athena query " + id
                        + "; it has been stopped", e);
            }
            throw e;
        }
    }
}
