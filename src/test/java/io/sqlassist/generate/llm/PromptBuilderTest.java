package io.sqlassist.generate.llm;

import static org.assertj.core.api.Assertions.assertThat;

import io.sqlassist.generate.GenerationRequest;
import org.junit.jupiter.api.Test;

class PromptBuilderTest {
    private final PromptBuilder builder = PromptBuilder.withPlainSchema();

    @Test
    void systemPromptCarriesRoleSchemaDialectRulesAndOutputContract() {
        String system = builder.build(LlmFixtures.first()).system();

        assertThat(system).contains("Amazon Athena", "Trino")
                .contains("TABLE sales.orders -- One row per order")
                .contains("total_amount DECIMAL(10,2) -- order value in EUR")
                .contains("dt VARCHAR (partition)")
                .contains("FOREIGN KEY (customer_id) REFERENCES sales.customers (customer_id)")
                .contains("read-only", "SELECT", "WITH", "semicolon", "double quotes", "single quotes")
                .contains("date_add('day', -7, current_date)", "date_trunc", "TRY_CAST", "INTERVAL '7' DAY")
                .contains("LIMIT", "partition columns", "Use only the tables and columns")
                .contains("{\"sql\": \"SELECT ...\"", "\"confidence\": \"high|medium|low\"", "{\"sql\": null, \"refusal\"");
    }

    @Test
    void schemaComesFromTheGivenRenderer() {
        String system = new PromptBuilder(catalog -> "RENDERED " + catalog.tables().size() + " TABLES")
                .build(LlmFixtures.first()).system();

        assertThat(system).contains("## Tables\nRENDERED 2 TABLES\n").doesNotContain("TABLE sales.orders");
    }

    @Test
    void firstQuestionHasOnlyTheQuestion() {
        String user = builder.build(LlmFixtures.first()).user();

        assertThat(user).isEqualTo("Question: " + LlmFixtures.QUESTION + "\n");
    }

    @Test
    void refinementListsEveryEarlierAttemptWithItsFeedbackAndTheNewFeedback() {
        String user = builder.build(LlmFixtures.refinement()).user();

        assertThat(user).contains("Question: " + LlmFixtures.QUESTION)
                .contains("Attempt 1:\nSELECT country, sum(total_amount)")
                .contains("Explanation: Revenue per country.")
                .contains("Reviewer's feedback: only 2024")
                .contains("Attempt 2:\n(no SQL was written)")
                .contains("latest feedback, which the new query must address:\nper month please");
        assertThat(user.indexOf("Attempt 1:")).isLessThan(user.indexOf("Attempt 2:"));
    }

    @Test
    void selfCorrectionCarriesTheValidationError() {
        GenerationRequest request = LlmFixtures.first()
                .withValidationError("This SQL was refused:\nSELECT * FROM secrets\nbecause: unknown table secrets");

        String user = builder.build(request).user();

        assertThat(user).contains("refused by validation")
                .contains("SELECT * FROM secrets\nbecause: unknown table secrets");
    }

    @Test
    void sameRequestGivesTheSamePrompt() {
        assertThat(builder.build(LlmFixtures.refinement())).isEqualTo(builder.build(LlmFixtures.refinement()));
        assertThat(PromptBuilder.withPlainSchema().build(LlmFixtures.refinement()))
                .isEqualTo(builder.build(LlmFixtures.refinement()));
    }
}
