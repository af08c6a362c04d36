package io.sqlassist.generate.offline;

import static org.assertj.core.api.Assertions.assertThat;

import io.sqlassist.generate.GeneratedSql;
import io.sqlassist.generate.GenerationRequest;
import io.sqlassist.wire.Attempt;
import java.sql.SQLException;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Feedback on an earlier attempt amends the question; the new SQL differs and reflects the feedback. */
class RefinementTest {
    private static LibraryDatabase db;
    private static OfflineSqlGenerator generator;

    @BeforeAll
    static void setUp() throws SQLException {
        db = new LibraryDatabase();
        generator = new OfflineSqlGenerator(db.values, Synonyms.defaults());
    }

    @AfterAll
    static void tearDown() throws SQLException {
        db.close();
    }

    private static GeneratedSql refine(String question, String feedback) {
        GeneratedSql first = generator.generate(GenerationRequest.first(question, db.catalog));
        assertThat(first.isRefused()).isFalse();
        GeneratedSql second = generator.generate(new GenerationRequest(question, db.catalog,
                List.of(new Attempt(1, first.sql(), first.explanation(), feedback)), feedback, null));
        if (!second.isRefused()) {
            assertThat(second.sql()).isNotEqualTo(first.sql());
        }
        return second;
    }

    @Test
    void onlyNChangesTheLimit() throws SQLException {
        GeneratedSql sql = refine("Top 5 members by number of loans", "only 3");
        assertThat(db.rows(sql.sql())).hasSize(3);
    }

    @Test
    void sortByChangesTheOrder() {
        assertThat(refine("List the books", "sort by title").sql()).contains("ORDER BY b.title");
    }

    @Test
    void justAValueReplacesTheFilter() throws SQLException {
        GeneratedSql sql = refine("How many books are in the poetry genre?", "just fiction");
        assertThat(sql.sql()).contains("'fiction'").doesNotContain("'poetry'");
        assertThat(db.rows(sql.sql()).get(0).get(0).toString())
                .isEqualTo(db.rows("SELECT COUNT(*) FROM books WHERE genre = 'fiction'").get(0).get(0).toString());
    }

    @Test
    void addAColumn() {
        GeneratedSql sql = refine("List the titles of history books", "add the page count");
        assertThat(sql.sql()).contains("b.title").contains("b.page_count");
    }

    @Test
    void perMonthInsteadRegroups() {
        GeneratedSql sql = refine("Number of loans per branch", "per month instead");
        assertThat(sql.sql()).contains("date_trunc('month', l.loan_date)").doesNotContain("b2.name");
    }

    @Test
    void feedbackItCannotApplyIsRefusedWithTheFeedbackQuoted() {
        GeneratedSql sql = refine("How many books are there?", "make it prettier");
        assertThat(sql.isRefused()).isTrue();
        assertThat(sql.refusalReason()).contains("\"make it prettier\"");
    }

    @Test
    void neverRepeatsAnEarlierAttempt() {
        String question = "How many books are there?";
        GeneratedSql first = generator.generate(GenerationRequest.first(question, db.catalog));
        GeneratedSql again = generator.generate(new GenerationRequest(question, db.catalog,
                List.of(new Attempt(1, first.sql(), first.explanation(), "try again")), null,
                "Catalog Error: something"));
        assertThat(again.isRefused()).isTrue();
        assertThat(again.refusalReason()).contains("Catalog Error");
    }
}
