package io.sqlassist.pending;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import javax.sql.DataSource;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.processor.aggregate.jdbc.JdbcAggregationRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * Camel's JDBC aggregation repository with recovery that is safe when several instances share the store.
 *
 * <p>A decided thread sits in the completed table from its decision until its processing (the query, the result) is
 * confirmed. Camel's recovery re-runs every completed thread that is not in flight <em>in its own instance</em>, so
 * with two instances it would re-run a thread the other is still executing. Here recovery only takes a thread that
 * nobody has confirmed for the lease time (longer than any query may run), and claims it first with one conditional
 * update: of several instances scanning at once, exactly one gets it, and it has the lease time to finish.
 * Concurrent completions of one thread are reported as optimistic-locking conflicts (see {@link #remove}).
 */
public final class LeasingAggregationRepository extends JdbcAggregationRepository {
    private static final Logger LOG = LoggerFactory.getLogger(LeasingAggregationRepository.class);
    static final String CLAIMED_AT = "claimed_at";

    private final long leaseMs;
    private volatile String olderThanLease;

    public LeasingAggregationRepository(PlatformTransactionManager transactionManager, String repositoryName,
                                        DataSource dataSource, long leaseMs) {
        super(transactionManager, repositoryName, dataSource);
        if (leaseMs < 1) {
            throw new IllegalArgumentException("the recovery lease must be positive: " + leaseMs);
        }
        this.leaseMs = leaseMs;
    }

    /**
     * Two consumers (or instances) can take two copies of one decision at the same moment: both find the thread
     * pending, and the second to remove it finds it gone. Camel reports that as a plain error, so the copy would wait
     * for its SQS redelivery; reported as the optimistic-locking conflict it is, the aggregator retries the copy at
     * once, finds no pending thread, and the decision is refused like any other late duplicate.
     */
    @Override
    public void remove(CamelContext camelContext, String key, Exchange exchange) {
        try {
            super.remove(camelContext, key, exchange);
        } catch (OptimisticLockingException e) {
            throw e;
        } catch (RuntimeException e) {
            if (changedSince(key, exchange.getProperty(VERSION_PROPERTY, Long.class))) {
                throw new OptimisticLockingException();
            }
            throw e;
        }
    }

    private boolean changedSince(String key, Long version) {
        try (Connection connection = getDataSource().getConnection();
             PreparedStatement select = connection.prepareStatement("SELECT version FROM " + getRepositoryName()
                     + " WHERE id = ?")) {
            select.setString(1, key);
            try (ResultSet rs = select.executeQuery()) {
                return !rs.next() || version == null || rs.getLong(1) != version;
            }
        } catch (SQLException e) {
            return false;
        }
    }

    @Override
    public Set<String> scan(CamelContext camelContext) {
        String table = getRepositoryNameCompleted();
        Set<String> claimed = new LinkedHashSet<>();
        try (Connection connection = getDataSource().getConnection()) {
            String expired = CLAIMED_AT + " < " + olderThanLease(connection);
            List<String> due = new ArrayList<>();
            try (PreparedStatement select = connection.prepareStatement("SELECT id FROM " + table + " WHERE " + expired)) {
                select.setLong(1, leaseMs);
                try (ResultSet rs = select.executeQuery()) {
                    while (rs.next()) {
                        due.add(rs.getString(1));
                    }
                }
            }
            try (PreparedStatement claim = connection.prepareStatement("UPDATE " + table + " SET " + CLAIMED_AT
                    + " = CURRENT_TIMESTAMP WHERE id = ? AND " + expired)) {
                for (String exchangeId : due) {
                    claim.setString(1, exchangeId);
                    claim.setLong(2, leaseMs);
                    if (claim.executeUpdate() == 1) {
                        claimed.add(exchangeId);
                    }
                }
            }
        } catch (SQLException e) {
            LOG.warn("Could not look for decided threads to recover in {}: {}", table, e.getMessage());
        }
        return claimed;
    }

    /** "now minus ? milliseconds" in the database's own clock, so instances with skewed clocks agree. */
    private String olderThanLease(Connection connection) throws SQLException {
        if (olderThanLease == null) {
            olderThanLease = PendingStore.isPostgres(connection) ? "CURRENT_TIMESTAMP - (? * INTERVAL '1 millisecond')"
                    : "DATEADD(MILLISECOND, -CAST(? AS BIGINT), CURRENT_TIMESTAMP)";
        }
        return olderThanLease;
    }
}
