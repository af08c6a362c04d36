package io.sqlassist.pending;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import javax.sql.DataSource;
import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import org.apache.camel.processor.aggregate.jdbc.JdbcAggregationRepository;
import org.h2.jdbcx.JdbcConnectionPool;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;

/**
 * The database that holds pending threads: Camel's JDBC aggregation repository (H2 file locally, PostgreSQL when
 * clustered). The body of each pending exchange is kept as JSON text too, so the CLI can list threads with SQL.
 */
public final class PendingStore {
    /** Connections per instance: the consumers, the aggregator's timeout and recovery checkers, and the CLI. */
    private static final int POOL_SIZE = 8;

    private PendingStore() {
    }

    /** @param user the store's user, null or blank for none (H2's default user); the same for the password */
    public static DataSource dataSource(String jdbcUrl, String user, String password) {
        user = user == null || user.isBlank() ? null : user;
        password = password == null || password.isEmpty() ? null : password;
        if (jdbcUrl.startsWith("jdbc:h2:")) {
            // AUTO_SERVER listens for other local processes (the CLI); keep it, and the address it advertises, on loopback.
            if (System.getProperty("h2.bindAddress") == null) {
                System.setProperty("h2.bindAddress", "127.0.0.1");
            }
            return JdbcConnectionPool.create(durable(jdbcUrl), user == null ? "sa" : user, password == null ? "" : password);
        }
        // A pool: every question and decision touches the store several times, and a new PostgreSQL connection per
        // statement (authentication, backend start) would cost more than the statements themselves.
        HikariConfig pool = new HikariConfig();
        pool.setPoolName("sqlassist-pending");
        pool.setJdbcUrl(jdbcUrl);
        pool.setUsername(user);
        pool.setPassword(password);
        pool.setMaximumPoolSize(POOL_SIZE);
        pool.setMinimumIdle(1);
        // An unreachable database shows within seconds (a failed start, a DOWN readiness check), not after 30.
        pool.setConnectionTimeout(5_000);
        return new HikariDataSource(pool);
    }

    /**
     * A connection of its own to the store, with the configured credentials, outside any pool: what a pool would get
     * when it opens a new one.
     */
    public static Connection openDirect(String jdbcUrl, String user, String password) throws SQLException {
        boolean h2 = jdbcUrl.startsWith("jdbc:h2:");
        String u = user == null || user.isBlank() ? (h2 ? "sa" : null) : user;
        String p = password == null ? (h2 ? "" : null) : password;
        if (h2) {
            return java.sql.DriverManager.getConnection(durable(jdbcUrl), u, p);
        }
        // A health check must answer within its own timeout, whatever the database does (driver defaults wait longer).
        java.util.Properties info = new java.util.Properties();
        if (u != null) {
            info.setProperty("user", u);
        }
        if (p != null) {
            info.setProperty("password", p);
        }
        info.setProperty("connectTimeout", "3");
        info.setProperty("loginTimeout", "3");
        info.setProperty("socketTimeout", "3");
        return java.sql.DriverManager.getConnection(jdbcUrl, info);
    }

    /**
     * H2 writes a commit to its file up to half a second after it returns (WRITE_DELAY, 500 ms by default): a kill -9
     * in that window loses commits the service has already acted on — a decided thread comes back pending, a
     * confirmed completion runs again. With no delay a commit is in the file (the OS's cache, which a killed process
     * cannot lose) before the service moves on.
     */
    static String durable(String h2Url) {
        return h2Url.toUpperCase(Locale.ROOT).contains(";WRITE_DELAY=") ? h2Url : h2Url + ";WRITE_DELAY=0";
    }

    /** The store is PostgreSQL (clustered); otherwise H2. The few statements that differ ask this. */
    static boolean isPostgres(Connection connection) throws SQLException {
        return connection.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT).contains("postgres");
    }

    /** Closes the pool behind {@code dataSource}, if it is one this class made. */
    public static void close(DataSource dataSource) {
        if (dataSource instanceof JdbcConnectionPool h2) {
            h2.dispose();
        } else if (dataSource instanceof HikariDataSource hikari) {
            hikari.close();
        }
    }

    /**
     * Creates the repository's two tables when they do not exist yet. The completed table (decided threads whose
     * processing is not yet confirmed) also records when recovery last claimed each row.
     */
    public static void createTables(DataSource dataSource, String repositoryName) throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            boolean postgres = isPostgres(connection);
            String binary = postgres ? "BYTEA" : "BLOB";
            String text = postgres ? "TEXT" : "CLOB";
            for (String table : new String[] {repositoryName, repositoryName + "_completed"}) {
                statement.execute("CREATE TABLE IF NOT EXISTS " + table + " (id VARCHAR(255) NOT NULL PRIMARY KEY, exchange "
                        + binary + " NOT NULL, version BIGINT NOT NULL, body " + text + ")");
            }
            statement.execute("ALTER TABLE " + repositoryName + "_completed ADD COLUMN IF NOT EXISTS "
                    + LeasingAggregationRepository.CLAIMED_AT + " TIMESTAMP WITH TIME ZONE DEFAULT CURRENT_TIMESTAMP NOT NULL");
        }
    }

    /**
     * @param recoveryIntervalMs how often to look for decided threads whose processing was never confirmed
     * @param recoveryLeaseMs    how long such a thread stays unconfirmed before recovery re-runs it (longer than any
     *                           query may run: until then another instance may still be working on it)
     * @param maxRecoveries      retries before such a thread goes to {@code deadLetterUri}
     */
    public static JdbcAggregationRepository repository(DataSource dataSource, String repositoryName,
                                                       long recoveryIntervalMs, long recoveryLeaseMs, int maxRecoveries,
                                                       String deadLetterUri) {
        JdbcAggregationRepository repository = new LeasingAggregationRepository(
                new DataSourceTransactionManager(dataSource), repositoryName, dataSource, recoveryLeaseMs);
        repository.setStoreBodyAsText(true);
        repository.setUseRecovery(true);
        repository.setRecoveryInterval(recoveryIntervalMs);
        repository.setMaximumRedeliveries(maxRecoveries);
        repository.setDeadLetterUri(deadLetterUri);
        return repository;
    }
}
