package io.sqlassist.health;

import static java.util.Objects.requireNonNull;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.apache.camel.health.HealthCheckResultBuilder;
import org.apache.camel.impl.health.AbstractHealthCheck;

/**
 * Alive while the pending store accepts the credentials the service started with. On AWS the RDS-managed password
 * rotates (every 7 days) and ECS injects it only when a task starts: pooled connections keep working, but once they
 * retire no new one can be opened, and only a restart — which injects the current secret — helps. So this liveness
 * check opens a fresh connection now and then, and goes DOWN only when the store refuses the credentials (SQLState
 * class 28); an unreachable store is a readiness matter ({@link PendingStoreHealthCheck}), which a restart would not fix.
 */
public final class PendingStoreCredentialsCheck extends AbstractHealthCheck {
    /** Opens a connection of its own, not one from the pool, with the configured credentials. */
    @FunctionalInterface
    public interface FreshConnection {
        Connection open() throws SQLException;
    }

    private final FreshConnection connections;
    private final Duration interval;
    private final Clock clock;
    private Instant checkedAt;
    private String refusal;

    /** @param interval how often a fresh connection is opened; between checks the last answer stands */
    public PendingStoreCredentialsCheck(FreshConnection connections, Duration interval, Clock clock) {
        super("sqlassist", "pending-store-credentials");
        this.connections = requireNonNull(connections, "connections is null");
        this.interval = requireNonNull(interval, "interval is null");
        this.clock = requireNonNull(clock, "clock is null");
    }

    @Override
    public boolean isReadiness() {
        return false;
    }

    @Override
    public boolean isLiveness() {
        return true;
    }

    @Override
    protected synchronized void doCall(HealthCheckResultBuilder builder, Map<String, Object> options) {
        Instant now = clock.instant();
        if (checkedAt == null || !now.isBefore(checkedAt.plus(interval))) {
            checkedAt = now;
            refusal = refusal();
        }
        if (refusal == null) {
            builder.up();
        } else {
            builder.down().message("the pending store refuses the service's credentials (" + refusal + "); a restart"
                    + " picks up the current secret (the RDS-managed password rotates)");
        }
    }

    /** Why the store refused the credentials; null when it accepted them or failed for another reason. */
    private String refusal() {
        try (Connection ignored = connections.open()) {
            return null;
        } catch (SQLException e) {
            for (Throwable t = e; t != null; t = t.getCause()) {
                if (t instanceof SQLException sql && sql.getSQLState() != null && sql.getSQLState().startsWith("28")) {
                    return "SQLState " + sql.getSQLState() + ": " + sql.getMessage();
                }
            }
            return null;
        }
    }
}
