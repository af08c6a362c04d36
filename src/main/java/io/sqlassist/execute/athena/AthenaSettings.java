package io.sqlassist.execute.athena;

import java.time.Duration;
import java.util.Objects;

/**
 * Where and how queries run on Athena.
 *
 * @param database            the Glue database unqualified table names resolve in
 * @param workgroup           the workgroup; its per-query bytes-scanned cap is set in Terraform
 * @param outputLocation      {@code s3://bucket/prefix/} where Athena writes result files
 * @param pollInterval        the wait between {@code GetQueryExecution} calls
 * @param timeout             past this the query is stopped and fails
 */
public record AthenaSettings(String database, String workgroup, String outputLocation, Duration pollInterval,
                             Duration timeout) {
    public AthenaSettings {
        Objects.requireNonNull(database, "database");
        Objects.requireNonNull(workgroup, "workgroup");
        Objects.requireNonNull(outputLocation, "outputLocation");
        Objects.requireNonNull(pollInterval, "pollInterval");
        Objects.requireNonNull(timeout, "timeout");
        if (!outputLocation.startsWith("s3://")) {
            throw new IllegalArgumentException("outputLocation must be an s3:// URI: " + outputLocation);
        }
        if (pollInterval.isNegative() || pollInterval.isZero() || timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("pollInterval and timeout must be positive");
        }
    }
}
