package io.sqlassist.eval;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SqlTokensTest {
    @Test
    void findsTopLevelOrderBy() {
        assertThat(SqlTokens.hasTopLevelOrderBy("SELECT a FROM t ORDER BY a")).isTrue();
        assertThat(SqlTokens.hasTopLevelOrderBy("select a from t\norder\n  by a desc limit 3")).isTrue();
    }

    @Test
    void ignoresOrderByInSubqueriesStringsAndComments() {
        assertThat(SqlTokens.hasTopLevelOrderBy("SELECT * FROM (SELECT a FROM t ORDER BY a LIMIT 3) x")).isFalse();
        assertThat(SqlTokens.hasTopLevelOrderBy("SELECT 'ORDER BY x' FROM t")).isFalse();
        assertThat(SqlTokens.hasTopLevelOrderBy("SELECT a -- ORDER BY a\nFROM t")).isFalse();
        assertThat(SqlTokens.hasTopLevelOrderBy("SELECT a /* order by a */ FROM t")).isFalse();
        assertThat(SqlTokens.hasTopLevelOrderBy("SELECT \"order\" FROM t GROUP BY \"order\"")).isFalse();
        assertThat(SqlTokens.hasTopLevelOrderBy("SELECT row_number() OVER (ORDER BY a) FROM t")).isFalse();
    }

    @Test
    void splitsScriptsOutsideStrings() {
        assertThat(SqlScriptRunner.split("CREATE TABLE t (a VARCHAR); INSERT INTO t VALUES ('x;y'); -- c;\n"))
                .containsExactly("CREATE TABLE t (a VARCHAR)", "INSERT INTO t VALUES ('x;y')");
    }
}
