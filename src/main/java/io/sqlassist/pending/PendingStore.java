package io.sqlassist.pending;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import javax.sql.DataSource;
import org.apache.camel.processor.aggregate.jdbc.JdbcAggregationRepository;
import org.h2.jdbcx.JdbcConnectionPool;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * The database that holds pending threads: Camel's JDBC aggregation repository (H2 file locally, PostgreSQL when
 * clustered). The body of each pending exchange is kept as JSON text too, so the CLI can list threads with SQL.
 */
public final class PendingStore {
    private PendingStore() {
    }

    public static DataSource dataSource(String jdbcUrl, String user, String password) {
        if (jdbcUrl.startsWith("jdbc:h2:")) {
            // AUTO_SERVER listens for other local processes (the CLI); keep it, and the address it advertises, on loopback.
            if (System.getProperty("h2.bindAddress") == null) {
                System.setProperty("h2.bindAddress", "127.0.0.1");
            }
            return JdbcConnectionPool.create(jdbcUrl, user == null ? "sa" : user, password == null ? "" : password);
        }
        return new DriverManagerDataSource(jdbcUrl, user, password);
    }

    /** Creates the repository's two tables when they do not exist yet. */
    public static void createTables(DataSource dataSource, String repositoryName) throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            boolean postgres = connection.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT).contains("postgres");
            String binary = postgres ? "BYTEA" : "BLOB";
            String text = postgres ? "TEXT" : "CLOB";
            for (String table : new String[] {repositoryName, repositoryName + "_completed"}) {
                statement.execute("CREATE TABLE IF NOT EXISTS " + table + " (id VARCHAR(255) NOT NULL PRIMARY KEY, exchange "
                        + binary + " NOT NULL, version BIGINT NOT NULL, body " + text + ")");
            }
        }
    }

    /**
     * @param recoveryIntervalMs how often completed-but-unconfirmed threads (their processing failed) are retried
     * @param maxRecoveries      retries before such a thread goes to {@code deadLetterUri}
     */
    public static JdbcAggregationRepository repository(DataSource dataSource, String repositoryName,
                                                       long recoveryIntervalMs, int maxRecoveries, String deadLetterUri) {
        JdbcAggregationRepository repository =
                new JdbcAggregationRepository(new DataSourceTransactionManager(dataSource), repositoryName, dataSource);
        repository.setStoreBodyAsText(true);
        repository.setUseRecovery(true);
        repository.setRecoveryInterval(recoveryIntervalMs);
        repository.setMaximumRedeliveries(maxRecoveries);
        repository.setDeadLetterUri(deadLetterUri);
        return repository;
    }
}
