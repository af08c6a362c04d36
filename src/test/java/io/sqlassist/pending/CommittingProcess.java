package io.sqlassist.pending;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Statement;
import javax.sql.DataSource;

/**
 * Commits through the pending store's own data source, in a JVM of its own, until a test kills it: several threads
 * each move a row with LOBs from one table to another (as the aggregation repository moves a decided thread) and then
 * record a small marker, printing the marker's id once its commit has returned — what the service would act on.
 */
public final class CommittingProcess {
    private static final int THREADS = 6;

    private CommittingProcess() {
    }

    public static void main(String[] args) throws Exception {
        DataSource store = PendingStore.dataSource(args[0], null, null);
        String generation = args[1];
        try (Connection connection = store.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("CREATE TABLE IF NOT EXISTS waiting (id VARCHAR(64) PRIMARY KEY, exchange BLOB, body CLOB)");
            statement.execute("CREATE TABLE IF NOT EXISTS decided (id VARCHAR(64) PRIMARY KEY, exchange BLOB, body CLOB)");
            statement.execute("CREATE TABLE IF NOT EXISTS acted_on (id VARCHAR(64) PRIMARY KEY)");
        }
        System.out.println("ready");
        System.out.flush();
        for (int t = 0; t < THREADS; t++) {
            String prefix = generation + "-" + t + "-";
            Thread writer = new Thread(() -> {
                try {
                    for (int i = 0; ; i++) {
                        commitOne(store, prefix, i);
                        synchronized (System.out) {
                            System.out.println("acted on " + prefix + i);
                            System.out.flush();
                        }
                    }
                } catch (Exception e) {
                    e.printStackTrace();
                }
            });
            writer.start();
        }
        Thread.sleep(Long.MAX_VALUE); // until killed
    }

    private static void commitOne(DataSource store, String prefix, int i) throws Exception {
        String id = prefix + i;
        try (Connection connection = store.getConnection()) {
            connection.setAutoCommit(false);
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO waiting VALUES (?, ?, ?)")) {
                insert.setString(1, id);
                insert.setBytes(2, new byte[3000 + i % 4000]);
                insert.setString(3, "x".repeat(2000));
                insert.executeUpdate();
            }
            connection.commit();
            try (PreparedStatement delete = connection.prepareStatement("DELETE FROM waiting WHERE id = ?");
                 PreparedStatement insert = connection.prepareStatement("INSERT INTO decided VALUES (?, ?, ?)");
                 PreparedStatement forget = connection.prepareStatement("DELETE FROM decided WHERE id = ?")) {
                delete.setString(1, id);
                delete.executeUpdate();
                insert.setString(1, id);
                insert.setBytes(2, new byte[3000 + i % 4000]);
                insert.setString(3, "y".repeat(2000));
                insert.executeUpdate();
                forget.setString(1, prefix + (i - 5));
                forget.executeUpdate();
            }
            connection.commit();
            connection.setAutoCommit(true);
            try (PreparedStatement mark = connection.prepareStatement("INSERT INTO acted_on VALUES (?)")) {
                mark.setString(1, id);
                mark.executeUpdate();
            }
        }
    }
}
