package io.sqlassist.guard.duckdb;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.sqlassist.deepstack.DeepStack;
import io.sqlassist.deepstack.DeepStack.DeadlineExceededException;
import io.sqlassist.warehouse.EngineLimits;
import io.sqlassist.warehouse.Warehouse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;

/**
 * DuckDB's own parser, asked through {@code json_serialize_sql(?)} on a private in-memory DuckDB of the same
 * version as the warehouse: the SQL text is a bound parameter, parsed and never executed. Each call runs on a
 * {@link DeepStack} thread under a deadline, so nothing the text contains can overflow a stack or hang a caller.
 */
public final class DuckDbParser implements AutoCloseable {
    private static final Duration DEADLINE = Duration.ofSeconds(20);
    private static final ObjectMapper JSON = new ObjectMapper(JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(50_000)
                    .maxStringLength(200_000_000).build()).build());

    private final Warehouse database;

    private DuckDbParser(Warehouse database) {
        this.database = database;
    }

    /**
     * @param limits the warehouse's limits: its {@code max_expression_depth} must be the one the parser applies,
     *               so that what this parser reads is what the warehouse will read
     */
    public static DuckDbParser open(EngineLimits limits) {
        requireNonNull(limits, "limits is null");
        EngineLimits parserLimits = new EngineLimits("256MB", 1, "0B", limits.maxExpressionDepth());
        try {
            return new DuckDbParser(Warehouse.open("jdbc:duckdb:", parserLimits));
        } catch (SQLException e) {
            throw new IllegalStateException("cannot start DuckDB's parser: " + e.getMessage(), e);
        }
    }

    /** How DuckDB reads {@code sql}; never throws for anything the text contains. */
    public DuckDbReading read(String sql) {
        requireNonNull(sql, "sql is null");
        try {
            return DeepStack.call("DuckDB's parser", DEADLINE, () -> readNow(sql));
        } catch (DeadlineExceededException e) {
            return DuckDbReading.unreadable(e.getMessage());
        } catch (RuntimeException | StackOverflowError e) {
            return DuckDbReading.unreadable("DuckDB's parser failed: " + e);
        }
    }

    private DuckDbReading readNow(String sql) {
        String json;
        try (Connection connection = database.connect();
             PreparedStatement statement = connection.prepareStatement("SELECT json_serialize_sql(?::VARCHAR)")) {
            statement.setString(1, sql);
            try (ResultSet rs = statement.executeQuery()) {
                rs.next();
                json = rs.getString(1);
            }
        } catch (SQLException e) {
            return DuckDbReading.unreadable("DuckDB's parser failed: " + e.getMessage());
        }
        try {
            return DuckDbAst.read(JSON.readTree(json));
        } catch (JsonProcessingException e) {
            return DuckDbReading.unreadable("DuckDB's reading could not be inspected: " + e.getOriginalMessage());
        }
    }

    @Override
    public void close() {
        try {
            database.close();
        } catch (SQLException e) {
            throw new IllegalStateException("cannot close DuckDB's parser: " + e.getMessage(), e);
        }
    }
}
