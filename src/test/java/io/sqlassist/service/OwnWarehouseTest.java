package io.sqlassist.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sqlassist.testing.TestStack;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Pointing the local profile at your own DuckDB file (SQLASSIST_WAREHOUSE_URL). */
class OwnWarehouseTest {
    @TempDir
    Path dataDir;

    @Test
    void a_mistyped_warehouse_path_stops_the_service_with_the_path_and_creates_nothing_there() throws Exception {
        Map<String, String> properties = TestStack.localProperties(dataDir);
        Path typo = dataDir.resolve("warehuose/shop.duckdb");
        properties.put("sqlassist.warehouse.url", "jdbc:duckdb:" + typo);

        assertThatThrownBy(() -> TestStack.start(properties, Map.of()).close())
                .hasStackTraceContaining("names " + typo + ", which does not exist: check the path");
        assertThat(typo).doesNotExist();
        assertThat(typo.getParent()).doesNotExist();
    }
}
