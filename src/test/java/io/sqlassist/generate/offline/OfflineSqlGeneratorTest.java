package io.sqlassist.generate.offline;

import static org.assertj.core.api.Assertions.assertThat;

import io.sqlassist.eval.ResultComparator;
import io.sqlassist.eval.SqlTokens;
import io.sqlassist.generate.GeneratedSql;
import io.sqlassist.generate.GenerationRequest;
import io.sqlassist.wire.Confidence;
import java.sql.SQLException;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Each pattern on the library schema: the generated SQL runs and returns the same rows as hand-written SQL.
 * The engine has never seen this schema; nothing in it names these tables.
 */
class OfflineSqlGeneratorTest {
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

    private static GeneratedSql ask(String question) {
        return generator.generate(GenerationRequest.first(question, db.catalog));
    }

    private static void assertAnswers(String question, String expectedSql) throws SQLException {
        GeneratedSql generated = ask(question);
        assertThat(generated.isRefused()).as("refused: %s", generated.refusalReason()).isFalse();
        ResultComparator.Comparison c = ResultComparator.compare(db.rows(expectedSql), db.rows(generated.sql()),
                SqlTokens.hasTopLevelOrderBy(expectedSql));
        assertThat(c.equal()).as("%s%n%s%n%s", question, generated.sql(), c.reason()).isTrue();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            List all branches | SELECT * FROM branches
            Show me 2 branches in Springfield | SELECT * FROM branches WHERE city = 'Springfield' LIMIT 2
            Show the titles and page counts of poetry books | SELECT title, page_count FROM books WHERE genre = 'poetry'
            What are the names of members at Riverside? | SELECT m.full_name FROM members m JOIN branches b ON b.branch_id = m.home_branch_id WHERE b.name = 'Riverside'
            """)
    void listsRowsAndNamedColumns(String question, String expected) throws SQLException {
        assertAnswers(question, expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            How many books are there? | SELECT COUNT(*) FROM books
            What's the total of all late fees? | SELECT SUM(late_fee) FROM loans
            What is the average page count? | SELECT AVG(page_count) FROM books
            What is the highest replacement cost? | SELECT MAX(replacement_cost) FROM books
            What is the minimum page count? | SELECT MIN(page_count) FROM books
            Number of distinct nationalities of authors | SELECT COUNT(DISTINCT nationality) FROM authors
            """)
    void aggregates(String question, String expected) throws SQLException {
        assertAnswers(question, expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Average page count per genre | SELECT genre, AVG(page_count) FROM books GROUP BY genre
            How many loans does each branch have? | SELECT b.name, COUNT(*) FROM loans l JOIN branches b ON b.branch_id = l.branch_id GROUP BY b.name
            Total late fees by membership type | SELECT m.membership_type, SUM(l.late_fee) FROM loans l JOIN members m ON m.member_id = l.member_id GROUP BY m.membership_type
            Number of loans per month | SELECT date_trunc('month', loan_date), COUNT(*) FROM loans GROUP BY 1 ORDER BY 1
            """)
    void groups(String question, String expected) throws SQLException {
        assertAnswers(question, expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Top 3 members by number of loans | SELECT m.full_name, COUNT(*) n FROM loans l JOIN members m ON m.member_id = l.member_id GROUP BY m.member_id, m.full_name ORDER BY n DESC, m.full_name LIMIT 3
            Which author wrote the most books? | SELECT a.name, COUNT(*) n FROM books b JOIN authors a ON a.author_id = b.author_id GROUP BY a.name ORDER BY n DESC LIMIT 1
            Show me the 3 most expensive books to replace | SELECT title, replacement_cost FROM books ORDER BY replacement_cost DESC LIMIT 3
            List the 5 oldest books | SELECT title, published_year FROM books ORDER BY published_year, title LIMIT 5
            Which genre is borrowed the most? | SELECT b.genre, COUNT(*) n FROM loans l JOIN books b ON b.book_id = l.book_id GROUP BY b.genre ORDER BY n DESC LIMIT 1
            """)
    void ranksTopAndBottom(String question, String expected) throws SQLException {
        assertAnswers(question, expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            How many Swedish authors are there? | SELECT COUNT(*) FROM authors WHERE nationality = 'Swedish'
            Books by Swedish or British authors | SELECT b.* FROM books b JOIN authors a ON a.author_id = b.author_id WHERE a.nationality IN ('Swedish', 'British')
            How many books are not fiction? | SELECT COUNT(*) FROM books WHERE genre <> 'fiction'
            List inactive members | SELECT * FROM members WHERE NOT is_active
            How many loans are still not returned? | SELECT COUNT(*) FROM loans WHERE returned_date IS NULL
            """)
    void filtersOnValues(String question, String expected) throws SQLException {
        assertAnswers(question, expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Which books have more than 500 pages? | SELECT * FROM books WHERE page_count > 500
            How many books have at least 300 pages? | SELECT COUNT(*) FROM books WHERE page_count >= 300
            Books with a replacement cost under 20 | SELECT * FROM books WHERE replacement_cost < 20
            Books published between 1990 and 2000 | SELECT * FROM books WHERE published_year BETWEEN 1990 AND 2000
            Members with more than 6 loans | SELECT m.full_name FROM members m JOIN loans l ON l.member_id = m.member_id GROUP BY m.member_id, m.full_name HAVING COUNT(*) > 6
            """)
    void filtersOnNumbers(String question, String expected) throws SQLException {
        assertAnswers(question, expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            How many members joined in 2021? | SELECT COUNT(*) FROM members WHERE EXTRACT(YEAR FROM joined_on) = 2021
            How many loans in the last 30 days? | SELECT COUNT(*) FROM loans WHERE loan_date >= current_date - INTERVAL '30' DAY
            Loans last month | SELECT * FROM loans WHERE loan_date >= date_trunc('month', current_date) - INTERVAL '1' MONTH AND loan_date < date_trunc('month', current_date)
            Total late fees this year | SELECT SUM(late_fee) FROM loans WHERE loan_date >= date_trunc('year', current_date)
            Members who joined since March 2022 | SELECT * FROM members WHERE joined_on >= DATE '2022-03-01'
            How many members joined in March 2021? | SELECT COUNT(*) FROM members WHERE joined_on >= DATE '2021-03-01' AND joined_on < DATE '2021-04-01'
            """)
    void filtersOnDates(String question, String expected) throws SQLException {
        assertAnswers(question, expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            How many loans were made by senior members? | SELECT COUNT(*) FROM loans l JOIN members m ON m.member_id = l.member_id WHERE m.membership_type = 'senior'
            How many times were books by Maya Lindqvist borrowed? | SELECT COUNT(*) FROM loans l JOIN books b ON b.book_id = l.book_id JOIN authors a ON a.author_id = b.author_id WHERE a.name = 'Maya Lindqvist'
            Total late fees per author | SELECT a.name, SUM(l.late_fee) FROM loans l JOIN books b ON b.book_id = l.book_id JOIN authors a ON a.author_id = b.author_id GROUP BY a.author_id, a.name
            """)
    void joinsAlongForeignKeys(String question, String expected) throws SQLException {
        assertAnswers(question, expected);
    }

    @Test
    void refusesWhatItCannotPlaceAndNamesTheWords() {
        GeneratedSql answer = ask("What is the weather forecast for tomorrow?");
        assertThat(answer.isRefused()).isTrue();
        assertThat(answer.refusalReason()).contains("weather").contains("forecast");
        assertThat(answer.confidence()).isEqualTo(Confidence.low);
    }

    @Test
    void confidenceDropsWhenWordsAreLeftOver() {
        assertThat(ask("How many books are there?").confidence()).isEqualTo(Confidence.high);
        GeneratedSql partial = ask("How many books are there about dragons?");
        assertThat(partial.isRefused() || partial.confidence() != Confidence.high).isTrue();
    }

    @Test
    void writesReadableSqlWithAliasesAndUpperCaseKeywords() {
        String sql = ask("Total late fees per branch").sql();
        assertThat(sql).startsWith("SELECT\n").contains("\nFROM loans l\nJOIN branches b2 ON ").contains("\nGROUP BY ");
    }

    @Test
    void isThreadSafe() throws Exception {
        List<String> questions = List.of("How many books are there?", "Average page count per genre",
                "Top 3 members by number of loans", "Loans last month", "List inactive members");
        List<String> expected = questions.stream().map(q -> ask(q).sql()).toList();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<String>> futures = new java.util.ArrayList<>();
            for (int i = 0; i < 200; i++) {
                String q = questions.get(i % questions.size());
                futures.add(pool.submit(() -> ask(q).sql()));
            }
            for (int i = 0; i < futures.size(); i++) {
                assertThat(futures.get(i).get()).isEqualTo(expected.get(i % questions.size()));
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
