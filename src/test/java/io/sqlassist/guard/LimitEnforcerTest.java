package io.sqlassist.guard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sqlassist.guard.SqlCorpus.SqlCase;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

class LimitEnforcerTest {
    private final LimitEnforcer enforcer = new LimitEnforcer();

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            SELECT * FROM orders                                  | SELECT * FROM orders LIMIT 100
            SELECT * FROM orders;                                 | SELECT * FROM orders LIMIT 100
            "SELECT * FROM orders ;  -- all of them"              | SELECT * FROM orders LIMIT 100
            SELECT * FROM orders ORDER BY amount DESC NULLS LAST  | SELECT * FROM orders ORDER BY amount DESC NULLS LAST LIMIT 100
            SELECT * FROM orders OFFSET 10                        | SELECT * FROM orders OFFSET 10 LIMIT 100
            SELECT 1 UNION ALL SELECT 2                           | SELECT 1 UNION ALL SELECT 2 LIMIT 100
            WITH a AS (SELECT 1 AS x LIMIT 5000) SELECT x FROM a  | WITH a AS (SELECT 1 AS x LIMIT 5000) SELECT x FROM a LIMIT 100
            SELECT * FROM (SELECT * FROM t LIMIT 5000) s          | SELECT * FROM (SELECT * FROM t LIMIT 5000) s LIMIT 100
            SELECT * FROM orders LIMIT 5000                       | SELECT * FROM orders LIMIT 100
            select * from orders limit 5000;                      | select * from orders limit 100;
            SELECT * FROM orders LIMIT ALL                        | SELECT * FROM orders LIMIT 100
            SELECT * FROM t FETCH FIRST 500 ROWS ONLY             | SELECT * FROM t FETCH FIRST 100 ROWS ONLY
            (SELECT 1) UNION (SELECT 2) ORDER BY 1 LIMIT 1000     | (SELECT 1) UNION (SELECT 2) ORDER BY 1 LIMIT 100
            SELECT ';' AS s                                       | SELECT ';' AS s LIMIT 100
            SELECT 'café 😀' AS s LIMIT 500                       | SELECT 'café 😀' AS s LIMIT 100
            """)
    void limitsQueries(String sql, String expected) {
        LimitedSql limited = enforcer.enforce(sql, 100);
        assertThat(limited.sql()).isEqualTo(expected);
        assertThat(limited.changed()).isTrue();
        assertThat(limited.change()).isNotBlank();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            SELECT * FROM orders LIMIT 10
            SELECT * FROM orders LIMIT 100
            SELECT * FROM t FETCH FIRST 5 ROWS ONLY
            SELECT * FROM t FETCH FIRST ROW ONLY
            SELECT * FROM t LIMIT ?
            VALUES (1), (2)
            SHOW TABLES
            DESCRIBE orders
            SHOW CREATE TABLE orders
            EXPLAIN SELECT * FROM orders
            """)
    void leavesOtherStatementsAlone(String sql) {
        LimitedSql limited = enforcer.enforce(sql, 100);
        assertThat(limited).isEqualTo(new LimitedSql(sql, false, ""));
    }

    @Test
    void keepsTheUsersFormattingOnMultipleLines() {
        String sql = """
                SELECT customer_id,
                       sum(amount) AS total   -- per customer
                FROM orders
                GROUP BY customer_id
                ; -- end""";
        assertThat(enforcer.enforce(sql, 50).sql()).isEqualTo("""
                SELECT customer_id,
                       sum(amount) AS total   -- per customer
                FROM orders
                GROUP BY customer_id
                LIMIT 50""");
        assertThat(enforcer.enforce("SELECT *\nFROM t\nLIMIT   9999  -- lots", 50).sql())
                .isEqualTo("SELECT *\nFROM t\nLIMIT   50  -- lots");
    }

    @Test
    void reportsWhatChanged() {
        assertThat(enforcer.enforce("SELECT 1", 7).change()).isEqualTo("LIMIT 7 appended");
        assertThat(enforcer.enforce("SELECT 1 LIMIT 70", 7).change()).isEqualTo("LIMIT 70 lowered to 7");
    }

    static Stream<SqlCase> allowedQueries() {
        return Stream.concat(SqlCorpus.load("/guard/athena-valid.sql").stream(),
                SqlCorpus.load("/guard/allowed.sql").stream()).filter(c -> io.sqlassist.testing.Engines.athenaGuard().check(c.sql()).allowed());
    }

    /** Every limited query is still one allowed statement, and enforcing again changes nothing. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("allowedQueries")
    void resultStaysAllowedAndIsStable(SqlCase c) {
        LimitedSql once = enforcer.enforce(c.sql(), 100);
        assertThat(io.sqlassist.testing.Engines.athenaGuard().check(once.sql()).allowed()).as(once.sql()).isTrue();
        assertThat(enforcer.enforce(once.sql(), 100).changed()).as(once.sql()).isFalse();
    }

    @Test
    void refusesWhatIsNotOneStatement() {
        assertThatThrownBy(() -> enforcer.enforce("SELECT 1; SELECT 2", 10))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("exactly one statement");
        assertThatThrownBy(() -> enforcer.enforce("SELECT 1", 0)).isInstanceOf(IllegalArgumentException.class);
    }
}
