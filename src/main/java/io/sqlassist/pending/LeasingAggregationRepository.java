package io.sqlassist.pending;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import javax.sql.DataSource;
import org.apache.camel.CamelContext;
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
            boolean postgres = connection.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT)
                    .contains("postgres");
            olderThanLease = postgres ? "CURRENT_TIMESTAMP - (? * INTERVAL '1 millisecond')"
                    : "DATEADD(MILLISECOND, -CAST(? AS BIGINT), CURRENT_TIMESTAMP)";
        }
        return olderThanLease;
    }
}
