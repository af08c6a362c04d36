package io.sqlassist.generate.llm;

import static org.assertj.core.api.Assertions.assertThat;

import io.sqlassist.generate.GeneratedSql;
import io.sqlassist.wire.Confidence;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SqlAnswerParserTest {
    private static final String GOOD = """
            {"sql": "SELECT country, count(*) AS n FROM sales.customers GROUP BY country",
             "explanation": "Customers per country.", "tables": ["sales.customers"], "confidence": "high"}""";

    private final SqlAnswerParser parser = new SqlAnswerParser();

    @Test
    void readsTheJsonObject() {
        GeneratedSql answer = parser.parse(GOOD);

        assertThat(answer.isRefused()).isFalse();
        assertThat(answer.sql()).isEqualTo("SELECT country, count(*) AS n FROM sales.customers GROUP BY country");
        assertThat(answer.explanation()).isEqualTo("Customers per country.");
        assertThat(answer.tables()).containsExactly("sales.customers");
        assertThat(answer.confidence()).isEqualTo(Confidence.high);
    }

    @Test
    void readsTheObjectInsideOneFencedBlock() {
        GeneratedSql answer = parser.parse("```json\n" + GOOD + "\n```\n");

        assertThat(answer.sql()).startsWith("SELECT country");
        assertThat(parser.parse("```\n" + GOOD + "\n```").sql()).startsWith("SELECT country");
    }

    @Test
    void readsARefusal() {
        GeneratedSql answer = parser.parse("""
                {"sql": null, "refusal": "no table holds salaries", "explanation": "", "tables": [], "confidence": "low"}""");

        assertThat(answer.isRefused()).isTrue();
        assertThat(answer.refusalReason()).isEqualTo("no table holds salaries");
    }

    @Test
    void trimsTrailingSemicolons() {
        GeneratedSql answer = parser.parse("""
                {"sql": "SELECT 1 ; \\n", "explanation": "one", "tables": [], "confidence": "medium"}""");

        assertThat(answer.sql()).isEqualTo("SELECT 1");
    }

    @Test
    void missingConfidenceAndTablesAreLowAndEmpty() {
        GeneratedSql answer = parser.parse("{\"sql\": \"SELECT 1\"}");

        assertThat(answer.confidence()).isEqualTo(Confidence.low);
        assertThat(answer.tables()).isEmpty();
        assertThat(answer.explanation()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "Here is the query: SELECT country FROM sales.customers",
            "Sure!\n```json\n{\"sql\": \"SELECT 1\"}\n```",
            "{\"sql\": \"SELECT 1\"} {\"sql\": \"SELECT 2\"}",
            "```json\n{\"sql\": \"SELECT 1\"}\n```\n```json\n{\"sql\": \"SELECT 2\"}\n```",
            "{\"sql\": \"SELECT 1\", \"confidence\": \"very high\"}",
            "{\"sql\": \"SELECT 1\", \"confidence\": 3}",
            "{\"sql\": 42}",
            "{\"sql\": \"  \"}",
            "{\"sql\": \"SELECT 1\", \"tables\": \"sales.orders\"}",
            "{\"sql\": \"SELECT 1\", \"tables\": [1]}",
            "{\"sql\": \"SELECT 1\", \"explanation\": []}",
            "{\"explanation\": \"nothing\"}",
            "{\"sql\": \"SELECT 1\", \"refusal\": \"both\"}",
            "{\"sql\": null, \"refusal\": 7}",
            "{\"sql\": \"SELECT 1\", \"sql\": \"SELECT 2\"}",
            "[{\"sql\": \"SELECT 1\"}]",
            "{\"sql\": \"SELECT 1\"",
            ""})
    void refusesAnythingElseWithoutGuessing(String reply) {
        GeneratedSql answer = parser.parse(reply);

        assertThat(answer.isRefused()).isTrue();
        assertThat(answer.refusalReason()).startsWith("the model's answer could not be read: ");
    }

    @Test
    void saysWhatWasWrong() {
        assertThat(parser.parse("{\"sql\": \"SELECT 1\", \"confidence\": \"sure\"}").refusalReason())
                .contains("\"confidence\" is \"sure\"");
        assertThat(parser.parse("{\"sql\": \"SELECT 1\"} {\"sql\": \"SELECT 2\"}").refusalReason())
                .contains("not one valid JSON object");
        assertThat(parser.parse(null).refusalReason()).contains("empty");
    }
}
