package io.sqlassist.execute.athena;

import io.sqlassist.execute.QueryFailedException;
import java.time.Clock;
import java.util.Optional;
import java.util.UUID;
import software.amazon.awssdk.services.athena.AthenaClient;

/**
 * The dry run before review: {@code EXPLAIN} plans the query against the real catalog (tables, columns, types,
 * permissions) without reading data, and Athena does not charge for it.
 */
public final class AthenaExplain {
    private final AthenaExecutionRunner runner;

    public AthenaExplain(AthenaClient athena, AthenaSettings settings) {
        this(athena, settings, Clock.systemUTC());
    }

    public AthenaExplain(AthenaClient athena, AthenaSettings settings, Clock clock) {
        this.runner = new AthenaExecutionRunner(athena, settings, clock);
    }

    /** @return empty when Athena can plan the query; otherwise Athena's reason */
    public Optional<String> explainError(String sql) {
        try {
            runner.execute("EXPLAIN " + sql, UUID.randomUUID().toString(), false);
            return Optional.empty();
        } catch (QueryFailedException e) {
            return Optional.of(e.getMessage());
        }
    }
}
