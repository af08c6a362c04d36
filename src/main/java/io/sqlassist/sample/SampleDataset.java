package io.sqlassist.sample;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.LocalDate;

/** TEMPORARY stand-in until the real sample dataset lands. */
public final class SampleDataset {
    public static boolean ensure(Path file, LocalDate endDate) throws Exception {
        if (Files.exists(file)) {
            return false;
        }
        Files.createDirectories(file.toAbsolutePath().getParent());
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + file); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE customers(customer_id INTEGER PRIMARY KEY, first_name VARCHAR, country VARCHAR)");
            s.execute("INSERT INTO customers SELECT i, 'Name' || i, CASE WHEN i % 2 = 0 THEN 'Germany' ELSE 'France' END FROM range(1, 51) t(i)");
        }
        return true;
    }
}
