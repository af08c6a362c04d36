package io.sqlassist.warehouse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sqlassist.testing.Engines;
import io.sqlassist.testing.TestStack;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/**
 * The second wall: even SQL that never passed the guard cannot write, reach files or the network, load code or
 * change the engine's settings on the warehouse as sqlassist opens it.
 */
class WarehouseTest {
    @TempDir
    static Path canary;
    static Warehouse warehouse;

    @BeforeAll
    static void open() throws Exception {
        warehouse = Engines.open("jdbc:duckdb:" + TestStack.sampleWarehouse());
    }

    @AfterAll
    static void close() throws SQLException {
        warehouse.close();
    }

    private static String setting(String name) throws SQLException {
        try (Connection c = warehouse.connect(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT current_setting('" + name + "')")) {
            rs.next();
            return rs.getString(1);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "COPY customers TO '${CANARY}/leak.csv'",
            "COPY (SELECT email FROM customers) TO '${CANARY}/leak.parquet' (FORMAT parquet)",
            "EXPORT DATABASE '${CANARY}/dump'",
            "ATTACH '${CANARY}/other.duckdb' AS other",
            "INSTALL httpfs",
            "LOAD httpfs",
            "SET memory_limit = '100GB'",
            "SET GLOBAL threads = 1",
            "RESET memory_limit",
            "SET enable_external_access = true",
            "CREATE TABLE leak AS SELECT * FROM customers",
            "DELETE FROM customers",
            "SELECT * FROM read_csv('/etc/passwd')",
            "SELECT * FROM '/etc/passwd'",
            "SELECT * FROM glob('/etc/*')",
            "CREATE PERSISTENT SECRET s (TYPE s3, KEY_ID 'k', SECRET 's')",
            "PRAGMA enable_profiling",
    })
    void refuses_what_the_guard_would_have_refused(String statement) throws Exception {
        try (Connection c = warehouse.connect(); Statement s = c.createStatement()) {
            assertThatThrownBy(() -> s.execute(statement.replace("${CANARY}", canary.toString())))
                    .isInstanceOf(SQLException.class);
        }
        try (var files = Files.list(canary)) {
            assertThat(files).isEmpty();
        }
        assertThat(setting("memory_limit")).isEqualTo("1.8 GiB");
        assertThat(setting("threads")).isEqualTo("2");
        assertThat(setting("enable_external_access")).isEqualTo("false");
    }

    @Test
    void runs_reads() throws Exception {
        try (Connection c = warehouse.connect(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT count(*) FROM customers")) {
            rs.next();
            assertThat(rs.getLong(1)).isPositive();
        }
    }

    @Test
    void only_duckdb_is_a_local_engine() {
        assertThatThrownBy(() -> Engines.open("jdbc:postgresql://127.0.0.1:5432/postgres"))
                .isInstanceOf(SQLException.class).hasMessageContaining("must be DuckDB");
    }
}
