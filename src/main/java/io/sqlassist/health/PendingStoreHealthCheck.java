package io.sqlassist.health;

import java.sql.Connection;
import java.sql.Statement;
import java.util.Map;
import javax.sql.DataSource;
import org.apache.camel.health.HealthCheckResultBuilder;
import org.apache.camel.impl.health.AbstractHealthCheck;

/** Ready only while the store that holds pending threads answers: without it no question can be accepted safely. */
public final class PendingStoreHealthCheck extends AbstractHealthCheck {
    private final DataSource pending;
    private final String repositoryTable;

    public PendingStoreHealthCheck(DataSource pending, String repositoryTable) {
        super("sqlassist", "pending-store");
        this.pending = pending;
        this.repositoryTable = repositoryTable;
    }

    @Override
    public boolean isLiveness() {
        return false;
    }

    @Override
    protected void doCall(HealthCheckResultBuilder builder, Map<String, Object> options) {
        try (Connection connection = pending.getConnection(); Statement statement = connection.createStatement()) {
            statement.setQueryTimeout(2);
            statement.executeQuery("SELECT 1 FROM " + repositoryTable + " WHERE 1 = 0").close();
            builder.up();
        } catch (Exception e) {
            builder.down().error(e).message("the pending-thread store is unreachable: " + e.getMessage());
        }
    }
}
