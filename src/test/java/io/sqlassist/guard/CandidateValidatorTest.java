package io.sqlassist.guard;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The checks a candidate passes before a reviewer sees it, in order, on one parse of its text. */
class CandidateValidatorTest {
    private final List<String> explained = new ArrayList<>();
    private final CandidateValidator validator = new CandidateValidator(new ReadOnlyGuard(),
            new CatalogPolicy(Set.of(), Set.of(), Set.of("customers.ssn")), new LimitEnforcer(),
            sql -> {
                explained.add(sql);
                return sql.contains("bogus_function") ? DryRunOutcome.failed("Function 'bogus_function' not found")
                        : DryRunOutcome.succeeded();
            }, 100);

    @Test
    void a_read_within_the_catalog_passes_with_the_limit_the_reviewer_will_see() {
        Validation validation = validator.validate("SELECT name FROM customers ORDER BY name", CatalogCheckTest.CATALOG);

        assertThat(validation.passed()).isTrue();
        assertThat(validation.sql()).isEqualTo("SELECT name FROM customers ORDER BY name LIMIT 100");
        assertThat(validation.notes()).hasSize(1);
        assertThat(explained).containsExactly(validation.sql());
    }

    @Test
    void text_that_does_not_parse_fails_with_the_parser_reason_and_is_never_explained() {
        Validation validation = validator.validate("SELEC name FROM customers", CatalogCheckTest.CATALOG);

        assertThat(validation.passed()).isFalse();
        assertThat(validation.sql()).isEqualTo("SELEC name FROM customers");
        assertThat(validation.reasons()).singleElement().asString().startsWith("could not parse");
        assertThat(explained).isEmpty();
    }

    @Test
    void a_second_statement_or_a_write_fails_before_the_catalog_and_the_engine_are_asked() {
        assertThat(validator.validate("SELECT 1; DELETE FROM customers", CatalogCheckTest.CATALOG).reasons())
                .singleElement().asString().contains("exactly one statement");
        assertThat(validator.validate("DELETE FROM customers", CatalogCheckTest.CATALOG).passed()).isFalse();
        assertThat(explained).isEmpty();
    }

    @Test
    void unknown_tables_and_restricted_columns_fail_with_their_names() {
        assertThat(validator.validate("SELECT * FROM invoices", CatalogCheckTest.CATALOG).reasons())
                .anySatisfy(reason -> assertThat(reason).contains("invoices"));
        assertThat(validator.validate("SELECT ssn FROM customers", CatalogCheckTest.CATALOG).reasons())
                .anySatisfy(reason -> assertThat(reason).containsIgnoringCase("ssn"));
        assertThat(explained).isEmpty();
    }

    @Test
    void the_engine_refusing_to_plan_fails_with_its_own_words() {
        Validation validation = validator.validate("SELECT bogus_function(name) FROM customers",
                CatalogCheckTest.CATALOG);

        assertThat(validation.passed()).isFalse();
        assertThat(validation.reasons()).singleElement().asString().contains("Function 'bogus_function' not found");
    }
}
