package io.sqlassist.pending;

import static java.util.Objects.requireNonNull;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import javax.sql.DataSource;

/**
 * Where pending threads and the audit trail live, and how the aggregation repository recovers threads.
 *
 * @param user             null for none (H2, trust authentication)
 * @param password         null for none
 * @param recoveryInterval how often the repository looks for threads whose processing did not finish
 * @param recoveryLease    how long a thread taken up for recovery is left to the instance that took it
 * @param maxRecoveries    recoveries before a thread is given up on (abandoned, and its requester told)
 * @param credentialsCheck how often liveness opens a connection of its own (a rotated password fails it)
 */
public record PendingStoreSettings(String url, String user, String password, String repository,
                                   Duration recoveryInterval, Duration recoveryLease, int maxRecoveries,
                                   Duration credentialsCheck) {
    public PendingStoreSettings {
        requireNonNull(url, "url is null");
        requireNonNull(repository, "repository is null");
        requireNonNull(recoveryInterval, "recoveryInterval is null");
        requireNonNull(recoveryLease, "recoveryLease is null");
        requireNonNull(credentialsCheck, "credentialsCheck is null");
    }

    /** A pooled DataSource on the store. */
    public DataSource dataSource() {
        return PendingStore.dataSource(url, user, password);
    }

    /** A connection of its own, outside the pool: proof that the credentials work now. */
    public Connection openDirect() throws SQLException {
        return PendingStore.openDirect(url, user, password);
    }
}
