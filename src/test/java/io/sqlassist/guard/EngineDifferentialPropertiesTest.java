package io.sqlassist.guard;

import static org.assertj.core.api.Assertions.assertThat;

import io.sqlassist.schema.Catalog;
import io.sqlassist.schema.JdbcCatalogReader;
import io.sqlassist.testing.Engines;
import java.lang.reflect.Proxy;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

/**
 * The guard's reading and the engine's must never part: whatever comment, string, escape or quote nesting wraps a
 * second statement, a text the validator allows runs on DuckDB — here a writable DuckDB without the engine wall, so
 * that only the guard stands between the text and its effects — as exactly the one read it was judged to be.
 */
class EngineDifferentialPropertiesTest {
    private static Connection database;
    private static Path canary;
    private static CandidateValidator validator;
    private static Catalog catalog;
    private static String baseline;

    /** Reads, each split where a payload may be slipped in: it goes between the two halves. */
    private static final List<List<String>> READS = List.of(List.of("SELECT v", "FROM canary"),
            List.of("SELECT count(*) AS n FROM canary", ""), List.of("SELECT 'x;y' AS s, v FROM canary", "WHERE v > 0"),
            List.of("SELECT v FROM canary", "ORDER BY v"), List.of("SELECT E'a' AS e,", "v FROM canary"),
            List.of("SELECT \"v\"", "FROM canary"), List.of("SELECT v FROM canary WHERE v IN (1,", "2)"),
            // heads that are whole statements on their own, as DuckDB would read them
            List.of("SELECT 1 AS v", "FROM canary"), List.of("SELECT count(*) AS n", "FROM canary"),
            List.of("SELECT 'a' AS s", "FROM canary WHERE v > 0"));

    @BeforeContainer
    static void canaryDatabase() throws Exception {
        canary = Files.createTempDirectory("sqlassist-canary");
        database = DriverManager.getConnection("jdbc:duckdb:"); // writable, no engine wall: the guard alone
        try (Statement s = database.createStatement()) {
            s.execute("CREATE TABLE canary (v INTEGER)");
            s.execute("INSERT INTO canary VALUES (1), (2), (3)");
        }
        catalog = JdbcCatalogReader.read(database, null);
        Connection shared = sharedSession(database);
        validator = new CandidateValidator(Engines.duckDbGuard(), CatalogPolicy.unrestricted(), new LimitEnforcer(),
                new JdbcDryRun(() -> shared, Engines.duckDbParser(), Engines.DRY_RUN), 100);
        baseline = state();
    }

    @AfterContainer
    static void close() throws SQLException {
        database.close();
    }

    /** One session for every call, so that a SET or a temporary table would still be there to be seen. */
    private static Connection sharedSession(Connection connection) {
        return (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(), new Class<?>[] {Connection.class},
                (proxy, method, args) -> method.getName().equals("close") ? null : method.invoke(connection, args));
    }

    /** Rows, tables (temporary ones too), macros, databases and settings of the session, and the canary folder. */
    private static String state() throws Exception {
        StringBuilder state = new StringBuilder();
        try (Statement s = database.createStatement()) {
            for (String query : List.of("SELECT string_agg(v::VARCHAR, ',' ORDER BY v) FROM canary",
                    "SELECT string_agg(database_name || '.' || schema_name || '.' || table_name, ',' ORDER BY ALL)"
                            + " FROM duckdb_tables()",
                    "SELECT string_agg(view_name, ',' ORDER BY view_name) FROM duckdb_views() WHERE NOT internal",
                    "SELECT count(*) FROM duckdb_functions() WHERE NOT internal",
                    "SELECT string_agg(database_name, ',' ORDER BY database_name) FROM duckdb_databases()",
                    "SELECT string_agg(name || '=' || coalesce(value, ''), ',' ORDER BY name) FROM duckdb_settings()")) {
                try (ResultSet rs = s.executeQuery(query)) {
                    rs.next();
                    state.append(rs.getString(1)).append('\n');
                }
            }
        }
        try (var files = Files.list(canary)) {
            state.append(files.count());
        }
        return state.toString();
    }

    @Property(tries = 600)
    void text_the_validator_allows_runs_as_the_one_read_it_was_judged_to_be(@ForAll("wrapped") String sql)
            throws Exception {
        Validation first = validator.validate(sql, catalog);
        assertThat(validator.validate(sql, catalog)).as("the same verdict on a second run").isEqualTo(first);
        if (first.passed()) {
            assertThat(Engines.duckDbParser().read(first.sql()).isOneStatement()).as(first.sql()).isTrue();
            int rows = 0;
            try (Statement s = database.createStatement(); ResultSet rs = s.executeQuery(first.sql())) {
                while (rs.next()) {
                    rows++;
                }
            }
            assertThat(rows).isLessThanOrEqualTo(100);
        }
        assertThat(state()).as(sql).isEqualTo(baseline);
    }

    @net.jqwik.api.Example
    void the_published_shapes_are_refused_and_leave_no_trace() throws Exception {
        for (String sql : List.of("SELECT 1 AS v /* /* */ -- */ ; DROP TABLE canary ;\nFROM canary",
                "SELECT 'a' AS s, E'\\'' ; DROP TABLE canary; SELECT '' AS b FROM canary",
                "SELECT v FROM canary /* /* */ ; SET threads = 1; */")) {
            text_the_validator_allows_runs_as_the_one_read_it_was_judged_to_be(sql);
            assertThat(validator.validate(sql, catalog).passed()).as(sql).isFalse();
        }
    }

    @Provide
    Arbitrary<String> wrapped() {
        Arbitrary<String> payload = Arbitraries.of("DROP TABLE canary", "INSERT INTO canary VALUES (9)",
                "UPDATE canary SET v = 9", "DELETE FROM canary", "CREATE TABLE made AS SELECT 1 AS x",
                "CREATE TEMP TABLE made AS SELECT 1 AS x", "CREATE MACRO made() AS 1", "SET threads = 1",
                "SET GLOBAL memory_limit = '1GB'", "COPY canary TO '" + canary + "/leak.csv'",
                "ATTACH '" + canary + "/other.duckdb' AS other", "CREATE VIEW made AS SELECT 1 AS x",
                "SELECT * FROM read_csv('/etc/passwd')");
        // single lexical pieces, and the shapes known to make the two lexers part (DuckDB nests block comments and
        // honours backslash escapes in E'' strings), so that the search spends its tries around them
        Arbitrary<String> fragment = Arbitraries.of("/*", "*/", "/* /* */", "--", "\n", "\r", "'", "E'", "\\'",
                "\\", "''", "\"", "$$", "$t$", ";", " ", "`", "#", "-- */", "*/ ;", "'; ", "e'\\''",
                "/* /* */ -- */ ;", "/* /* */ -- */", ", E'\\'' AS a, '", "; --'", "/* /* */ ;", "-- */\n;",
                "/* /* /* */ */ -- */ ;");
        Arbitrary<List<String>> middle = Combinators.combine(fragment.list().ofMaxSize(6), payload,
                fragment.list().ofMaxSize(6)).as((before, p, after) -> {
                    List<String> parts = new ArrayList<>(before);
                    parts.add(p);
                    parts.addAll(after);
                    return parts;
                });
        return Combinators.combine(Arbitraries.of(READS), middle, Arbitraries.of(" ", ""), Arbitraries.of(" ", "\n", "\r"))
                .as((read, parts, space, end) -> read.get(0) + " " + String.join(space, parts) + end + read.get(1));
    }
}
