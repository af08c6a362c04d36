package io.sqlassist.guard;

import static org.assertj.core.api.Assertions.assertThat;

import io.sqlassist.guard.SqlCorpus.SqlCase;
import io.sqlassist.guard.duckdb.DuckDbReading;
import io.sqlassist.testing.Engines;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every statement of the attack corpora (src/test/resources/guard/attacks, built from public material: injection
 * payload lists, the DuckDB, Trino and Athena documentation, published bypasses) is refused on DuckDB — dry run
 * included — and on Athena, with the same verdict and reasons on a second run.
 */
class AttackCorpusTest {
    /**
     * Read on Athena, these are plain reads of what an analyst may see there; on DuckDB they are refused like the
     * rest. The reason is the test's, and a change to any of them must change this list on purpose.
     */
    private static final Map<String, String> ALLOWED_ON_ATHENA = Map.of(
            "functions: trino hidden path column", "\"$path\" names the S3 object a row came from: metadata, no data",
            "functions: trino hidden partition column", "\"$partition\" is the partition a row came from",
            "functions: trino current_user and session", "current_user is the service's own role",
            "names: show functions", "SHOW FUNCTIONS lists the engine's functions",
            "names: iceberg partitions metadata table", "$partitions of a table without restricted columns",
            "names: iceberg snapshots metadata table", "$snapshots of a table without restricted columns",
            "cost: low cardinality equi join", "joins with conditions: Athena bills the bytes it scans, and the query"
                    + " timeout cancels it; on DuckDB the plan's estimates refuse it",
            "cost: range join over big tables", "joins with conditions: Athena bills the bytes it scans, and the"
                    + " query timeout cancels it; on DuckDB the plan's estimates refuse it");
    private static final Path CANARY = Path.of("/tmp/sqlassist-canary-never-written");

    private static CandidateValidator duckdb;
    private static CandidateValidator athena;

    @BeforeAll
    static void validators() throws Exception {
        duckdb = ShopFixture.duckdb();
        athena = ShopFixture.athena();
    }

    static Stream<SqlCase> attacks() {
        return ShopFixture.attacks(CANARY);
    }

    static Stream<SqlCase> limitEvasions() {
        return SqlCorpus.load("/guard/attacks/limit-evasion.sql").stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("attacks")
    void is_refused_on_duckdb_the_same_way_every_time(SqlCase attack) throws Exception {
        Validation first = duckdb.validate(attack.sql(), ShopFixture.duckdbCatalog());
        Validation second = duckdb.validate(attack.sql(), ShopFixture.duckdbCatalog());

        assertThat(first.passed()).as(attack.sql()).isFalse();
        assertThat(second).isEqualTo(first);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("attacks")
    void is_refused_on_athena_the_same_way_every_time(SqlCase attack) throws Exception {
        Validation first = athena.validate(attack.sql(), ShopFixture.athenaCatalog());
        Validation second = athena.validate(attack.sql(), ShopFixture.athenaCatalog());

        assertThat(first.passed()).as(attack.sql()).isEqualTo(ALLOWED_ON_ATHENA.containsKey(attack.name()));
        assertThat(second).isEqualTo(first);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("limitEvasions")
    void a_limit_evasion_is_refused_or_runs_with_its_rows_capped_in_both_readings(SqlCase attack) throws Exception {
        for (CandidateValidator validator : new CandidateValidator[] {duckdb, athena}) {
            Validation validation = validator.validate(attack.sql(), validator == duckdb ? ShopFixture.duckdbCatalog()
                    : ShopFixture.athenaCatalog());
            if (validation.passed()) {
                DuckDbReading reading = Engines.duckDbParser().read(validation.sql());
                assertThat(reading.isOneStatement()).as(validation.sql()).isTrue();
                assertThat(reading.topLimit()).as(validation.sql()).isPresent();
                assertThat(reading.topLimit().getAsLong()).isLessThanOrEqualTo(ShopFixture.MAX_ROWS);
                ParsedStatement trino = new SingleStatementParser().parse(validation.sql());
                assertThat(new LimitEnforcer().unboundedReason(trino, ShopFixture.MAX_ROWS)).isEmpty();
            }
        }
    }

    @Test
    void the_corpora_hold_several_hundred_attacks_across_the_classes() {
        assertThat(attacks().count()).isGreaterThanOrEqualTo(600);
        assertThat(attacks().map(c -> c.name().split(":")[0]).distinct())
                .contains("lexer", "writes", "functions", "names", "restricted", "cost");
    }
}
