package io.sqlassist.guard;

import static org.assertj.core.api.Assertions.assertThat;

import io.sqlassist.guard.SqlCorpus.SqlCase;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class ReadOnlyGuardCorpusTest {
    /** Athena's Hive-DDL-side reads (SHOW PARTITIONS …) are valid on Athena but outside Trino's grammar. */
    private static final String HIVE_DDL_PREFIX = "athena hive ddl";
    private static final ReadOnlyGuard GUARD = io.sqlassist.testing.Engines.athenaGuard();

    static Stream<SqlCase> allowed() {
        return Stream.concat(SqlCorpus.load("/guard/athena-valid.sql").stream()
                        .filter(c -> !c.name().startsWith(HIVE_DDL_PREFIX)),
                SqlCorpus.load("/guard/allowed.sql").stream());
    }

    static Stream<SqlCase> harmful() {
        return SqlCorpus.load("/guard/harmful.sql").stream();
    }

    static Stream<SqlCase> hiveDdlReads() {
        return SqlCorpus.load("/guard/athena-valid.sql").stream().filter(c -> c.name().startsWith(HIVE_DDL_PREFIX));
    }

    @ParameterizedTest(name = "allowed: {0}")
    @MethodSource("allowed")
    void allowsReadOnlyStatements(SqlCase c) {
        GuardVerdict verdict = GUARD.check(c.sql());
        assertThat(verdict.reasons()).as(c.sql()).isEmpty();
        assertThat(verdict.allowed()).isTrue();
    }

    @ParameterizedTest(name = "refused: {0}")
    @MethodSource("harmful")
    void refusesEverythingElse(SqlCase c) {
        GuardVerdict verdict = GUARD.check(c.sql());
        assertThat(verdict.allowed()).as(c.sql()).isFalse();
        assertThat(verdict.reasons()).isNotEmpty().allSatisfy(reason -> assertThat(reason).isNotBlank());
    }

    @ParameterizedTest(name = "known gap, refused: {0}")
    @MethodSource("hiveDdlReads")
    void refusesAthenaHiveDdlReadsTrinoCannotParse(SqlCase c) {
        assertThat(GUARD.check(c.sql()).reasons()).singleElement().asString().startsWith("could not parse: ");
    }

    @Test
    void corpusIsLargeEnough() {
        assertThat(allowed().count() + harmful().count() + hiveDdlReads().count()).isGreaterThanOrEqualTo(150);
        assertThat(harmful().map(SqlCase::name).distinct().count()).isEqualTo(harmful().count());
    }

    @Test
    void reasonsNameTheStatementKind() {
        assertThat(GUARD.check("DROP TABLE orders").reasons()).singleElement().asString().startsWith("DROP TABLE is not allowed");
        assertThat(GUARD.check("insert into t select 1").statementKind()).isEqualTo("INSERT");
        assertThat(GUARD.check("CREATE TABLE t AS SELECT 1").reasons().get(0)).startsWith("CREATE TABLE AS SELECT");
        assertThat(GUARD.check("EXPLAIN ANALYZE SELECT 1").reasons().get(0)).contains("executes");
        assertThat(GUARD.check("DESCRIBE INPUT s").reasons().get(0)).startsWith("DESCRIBE INPUT");
        assertThat(GUARD.check("ALTER TABLE t EXECUTE optimize").reasons().get(0)).startsWith("ALTER TABLE … EXECUTE");
    }

    @Test
    void multipleStatementsNameEachKind() {
        GuardVerdict verdict = GUARD.check("SELECT 1 /*;*/; DELETE FROM t");
        assertThat(verdict.statementKind()).isEqualTo("MULTIPLE STATEMENTS");
        assertThat(verdict.reasons()).containsExactly("exactly one statement is allowed, found 2: SELECT, DELETE");
    }

    @Test
    void unparseableSqlCarriesTheParserMessage() {
        GuardVerdict verdict = GUARD.check("SELEC 1");
        assertThat(verdict.statementKind()).isEqualTo("UNPARSEABLE");
        assertThat(verdict.reasons()).singleElement().asString().startsWith("could not parse: line 1:1:");
    }

    @Test
    @org.junit.jupiter.api.Timeout(10)
    void absurdNestingIsRefusedNotThrown() {
        // the parser needs minutes for these; the guard refuses them before parsing
        String sql = "SELECT " + "(".repeat(20_000) + "1" + ")".repeat(20_000);
        assertThat(GUARD.check(sql).reasons()).containsExactly("statement has more than 10000 tokens");
        String nested = "SELECT " + "(".repeat(101) + "1" + ")".repeat(101);
        assertThat(GUARD.check(nested).reasons()).containsExactly("statement nests brackets deeper than 100 levels");
        assertThat(GUARD.check("SELECT " + "(".repeat(100) + "1" + ")".repeat(100)).allowed()).isTrue();
        assertThat(GUARD.check("SELECT '" + "x".repeat(50_001) + "'").reasons())
                .containsExactly("statement is longer than 50000 characters");
        String longSum = "SELECT 1" + " + 1".repeat(3_000);
        assertThat(GUARD.check(longSum).reasons())
                .containsExactly("statement nests expressions or queries deeper than 200 levels");
    }

    @Test
    void semicolonInsideStringIsNotASplit() {
        assertThat(GUARD.check("SELECT ';DROP TABLE t'").allowed()).isTrue();
    }

    @Test
    void deniedFunctionsAreNamed() {
        assertThat(GUARD.check("SELECT * FROM TABLE(system.read_csv('/etc/passwd'))").reasons())
                .singleElement().asString().startsWith("table function system.read_csv is not allowed");
    }

    @Test
    void verdictListsTablesAndColumnsButNotCtes() {
        GuardVerdict verdict = GUARD.check("""
                WITH recent AS (SELECT customer_id, amount FROM "awsdatacatalog"."sales"."orders")
                SELECT c.name, r.amount FROM recent r JOIN customers c ON c.customer_id = r.customer_id
                """);
        assertThat(verdict.allowed()).isTrue();
        assertThat(verdict.statementKind()).isEqualTo("WITH … SELECT");
        assertThat(verdict.tables()).containsExactly("awsdatacatalog.sales.orders", "customers");
        assertThat(verdict.columns()).contains("customer_id", "amount", "c.name", "r.amount", "c.customer_id");
    }

    @Test
    void cteNameDoesNotHideATableOutsideItsScope() {
        GuardVerdict verdict = GUARD.check(
                "SELECT x FROM secret UNION ALL SELECT x FROM (WITH secret AS (SELECT 1 AS x) SELECT x FROM secret)");
        assertThat(verdict.reasons()).isEmpty();
        assertThat(verdict.tables()).isEqualTo(List.of("secret"));
        // a CTE body cannot see its own name (non-recursive) nor later CTEs: those are tables
        assertThat(GUARD.check("WITH a AS (SELECT * FROM b), b AS (SELECT 1 AS x) SELECT * FROM a").tables())
                .containsExactly("b");
        assertThat(GUARD.check("WITH RECURSIVE t(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM t WHERE n < 3)"
                + " SELECT n FROM t").tables()).isEmpty();
    }
}
