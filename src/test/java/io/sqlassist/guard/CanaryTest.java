package io.sqlassist.guard;

import static org.assertj.core.api.Assertions.assertThat;

import io.sqlassist.guard.SqlCorpus.SqlCase;
import io.sqlassist.schema.Catalog;
import io.sqlassist.schema.JdbcCatalogReader;
import io.sqlassist.testing.Engines;
import io.sqlassist.testing.TestStack;
import java.lang.reflect.Proxy;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Canaries: the whole attack corpus goes through validation — dry runs included, on one session of a writable copy
 * of the sample shop opened without the engine wall, so that only the guard stands in the way — and whatever is
 * allowed is run there. Afterwards no file has appeared, no setting has changed and no table, view, macro or
 * database has come or gone, and every table still holds its rows.
 */
class CanaryTest {
    @TempDir
    Path dir;

    @Test
    void nothing_the_attacks_contain_leaves_a_trace() throws Exception {
        Path canary = Files.createDirectories(dir.resolve("canary"));
        Path copy = dir.resolve("shop.duckdb");
        Files.copy(TestStack.sampleWarehouse(), copy);
        Path home = Path.of(System.getProperty("user.home"), ".duckdb");
        String homeBefore = listing(home);
        try (Connection database = DriverManager.getConnection("jdbc:duckdb:" + copy)) {
            Catalog catalog = JdbcCatalogReader.read(database, null);
            Connection session = sharedSession(database);
            CandidateValidator validator = new CandidateValidator(Engines.duckDbGuard(), ShopFixture.POLICY,
                    new LimitEnforcer(), new JdbcDryRun(() -> session, Engines.duckDbParser(), Engines.DRY_RUN),
                    ShopFixture.MAX_ROWS);
            String before = state(database, catalog);
            List<String> ran = new ArrayList<>();
            List<SqlCase> attacks = Stream.concat(ShopFixture.attacks(canary),
                    SqlCorpus.load("/guard/attacks/limit-evasion.sql").stream()).toList();

            for (SqlCase attack : attacks) {
                Validation validation = validator.validate(attack.sql(), catalog);
                if (validation.passed()) {
                    int rows = 0;
                    try (Statement s = session.createStatement(); ResultSet rs = s.executeQuery(validation.sql())) {
                        while (rs.next()) {
                            rows++;
                        }
                    }
                    assertThat(rows).isLessThanOrEqualTo(ShopFixture.MAX_ROWS);
                    ran.add(attack.name());
                }
            }

            assertThat(attacks).hasSizeGreaterThan(600);
            assertThat(ran).as("only the limit evasions run, capped").hasSize(8);
            assertThat(state(database, catalog)).isEqualTo(before);
        }
        try (var files = Files.list(canary)) {
            assertThat(files).isEmpty();
        }
        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString()))
                    .allMatch(name -> name.equals("canary") || name.startsWith("shop.duckdb"));
        }
        assertThat(listing(home)).isEqualTo(homeBefore);
    }

    private static Connection sharedSession(Connection connection) {
        return (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(), new Class<?>[] {Connection.class},
                (proxy, method, args) -> method.getName().equals("close") ? null : method.invoke(connection, args));
    }

    private static String state(Connection database, Catalog catalog) throws Exception {
        StringBuilder state = new StringBuilder();
        List<String> queries = new ArrayList<>(List.of(
                "SELECT string_agg(database_name || '.' || schema_name || '.' || table_name, ',' ORDER BY ALL)"
                        + " FROM duckdb_tables()",
                "SELECT string_agg(view_name, ',' ORDER BY view_name) FROM duckdb_views() WHERE NOT internal",
                "SELECT count(*) FROM duckdb_functions() WHERE NOT internal",
                "SELECT count(*) FROM duckdb_sequences()",
                "SELECT string_agg(database_name, ',' ORDER BY database_name) FROM duckdb_databases()",
                "SELECT string_agg(name || '=' || coalesce(value, ''), ',' ORDER BY name) FROM duckdb_settings()"));
        catalog.tables().forEach(t -> queries.add("SELECT count(*) || ':" + t.name() + "' FROM main." + t.name()));
        try (Statement s = database.createStatement()) {
            for (String query : queries) {
                try (ResultSet rs = s.executeQuery(query)) {
                    rs.next();
                    state.append(rs.getString(1)).append('\n');
                }
            }
        }
        return state.toString();
    }

    private static String listing(Path folder) throws Exception {
        if (!Files.exists(folder)) {
            return "absent";
        }
        try (var files = Files.walk(folder)) {
            return String.join("\n", files.map(p -> p + " " + p.toFile().lastModified()).sorted().toList());
        }
    }
}
