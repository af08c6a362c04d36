package io.sqlassist.pending;

import io.sqlassist.wire.Json;
import io.sqlassist.wire.PendingThread;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;

/** Reads what is really pending — the aggregation repository's open groups — for people and tools. */
public final class PendingThreads {
    private final DataSource dataSource;
    private final String repositoryName;

    public PendingThreads(DataSource dataSource, String repositoryName) {
        this.dataSource = dataSource;
        this.repositoryName = repositoryName;
    }

    /** Every pending thread, oldest request first. */
    public List<PendingThread> list() throws SQLException {
        List<PendingThread> threads = new ArrayList<>();
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement("SELECT body FROM " + repositoryName);
             ResultSet rs = statement.executeQuery()) {
            while (rs.next()) {
                threads.add(Json.read(rs.getString(1), PendingThread.class));
            }
        }
        threads.sort(Comparator.comparing(t -> t.request().createdAt()));
        return threads;
    }

    /** Whether the thread is pending, without reading it: asked for every question that arrives. */
    public boolean contains(String threadId) throws SQLException {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement("SELECT 1 FROM " + repositoryName + " WHERE id = ?")) {
            statement.setString(1, threadId);
            try (ResultSet rs = statement.executeQuery()) {
                return rs.next();
            }
        }
    }

    public Optional<PendingThread> find(String threadId) throws SQLException {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement("SELECT body FROM " + repositoryName + " WHERE id = ?")) {
            statement.setString(1, threadId);
            try (ResultSet rs = statement.executeQuery()) {
                return rs.next() ? Optional.of(Json.read(rs.getString(1), PendingThread.class)) : Optional.empty();
            }
        }
    }
}
