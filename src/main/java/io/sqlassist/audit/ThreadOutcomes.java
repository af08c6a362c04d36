package io.sqlassist.audit;

import io.sqlassist.wire.Json;
import io.sqlassist.wire.Result;
import io.sqlassist.wire.Sha256;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * How each thread ended, recorded once and before the requester hears of it — the outbox of the results queue.
 * Recovery re-runs a decided thread whose processing a crash interrupted; with its outcome on record it does not run
 * again: the recorded Result is sent if it never was, and nothing is sent if it was. The first outcome recorded wins,
 * and its "closed" audit entry is written in the same transaction, so a thread closes exactly once on record.
 */
public final class ThreadOutcomes {
    private static final String UNIQUE_VIOLATION = "23505";
    private final DataSource dataSource;
    private final Clock clock;

    public ThreadOutcomes(DataSource dataSource, Clock clock) {
        this.dataSource = dataSource;
        this.clock = clock;
    }

    public void createTable() throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            // Results are capped below SQS's 256 KiB, so they fit a VARCHAR on both H2 and PostgreSQL.
            statement.execute("CREATE TABLE IF NOT EXISTS thread_outcomes (thread_id VARCHAR(64) NOT NULL PRIMARY KEY,"
                    + " result_json VARCHAR(1000000) NOT NULL, recorded_at TIMESTAMP WITH TIME ZONE NOT NULL,"
                    + " published_at TIMESTAMP WITH TIME ZONE)");
        }
    }

    /** A recorded outcome of the thread and whether it was sent. */
    public record Outcome(Result result, boolean published) {
    }

    public Optional<Outcome> recorded(String threadId) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            return read(connection, threadId);
        }
    }

    /**
     * Records {@code result} as the thread's outcome with its "closed" audit entry, unless an outcome is already on
     * record: then that one is returned and nothing is written.
     */
    public Outcome close(Result result) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            boolean autoCommit = connection.getAutoCommit();
            connection.setAutoCommit(false);
            try (PreparedStatement insert = connection.prepareStatement(
                    "INSERT INTO thread_outcomes (thread_id, result_json, recorded_at) VALUES (?, ?, ?)")) {
                insert.setString(1, result.threadId());
                insert.setString(2, Json.write(result));
                insert.setObject(3, OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC));
                insert.executeUpdate();
                AuditTrail.append(connection, closedEntry(result));
                connection.commit();
                return new Outcome(result, false);
            } catch (SQLException e) {
                connection.rollback();
                if (!UNIQUE_VIOLATION.equals(e.getSQLState())) {
                    throw e;
                }
                return read(connection, result.threadId())
                        .orElseThrow(() -> new SQLException("outcome of " + result.threadId() + " vanished", e));
            } finally {
                connection.setAutoCommit(autoCommit);
            }
        }
    }

    public void markPublished(String threadId) throws SQLException {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement update = connection.prepareStatement(
                     "UPDATE thread_outcomes SET published_at = ? WHERE thread_id = ? AND published_at IS NULL")) {
            update.setObject(1, OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC));
            update.setString(2, threadId);
            update.executeUpdate();
        }
    }

    private static Optional<Outcome> read(Connection connection, String threadId) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT result_json, published_at FROM thread_outcomes WHERE thread_id = ?")) {
            select.setString(1, threadId);
            try (ResultSet rs = select.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                Result result = Json.read(rs.getString(1), Result.class);
                return Optional.of(new Outcome(result, rs.getObject(2) != null));
            }
        }
    }

    private AuditEntry closedEntry(Result result) {
        String outcome = switch (result.status()) {
            case succeeded -> result.rowCount() + " rows" + (result.location() == null ? "" : " at " + result.location());
            default -> result.message();
        };
        return new AuditEntry(result.threadId(), null, result.sql() == null ? null : Sha256.hex(result.sql()),
                result.status().name(), result.approver() == null ? "sqlassist" : result.approver(), null, outcome,
                clock.instant());
    }
}
