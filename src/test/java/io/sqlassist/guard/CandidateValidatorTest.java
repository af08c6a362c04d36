package io.sqlassist.guard;

import static org.assertj.core.api.Assertions.assertThat;

import io.sqlassist.guard.Validation.Stage;
import io.sqlassist.testing.Engines;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The checks a candidate passes before a reviewer sees it, in order, on one parse of its text. */
class CandidateValidatorTest {
    private final List<String> explained = new ArrayList<>();
    private final CandidateValidator validator = new CandidateValidator(Engines.athenaGuard(),
            new CatalogPolicy(Set.of(), Set.of(), Set.of("customers.ssn")), new LimitEnforcer(),
            sql -> {
                explained.add(sql);
                return sql.contains("upper(") ? DryRunOutcome.failed("Function 'upper' not found")
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
        assertThat(validation.stage()).isEqualTo(Stage.GUARD);
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
        Validation restricted = validator.validate("SELECT ssn FROM customers", CatalogCheckTest.CATALOG);
        assertThat(restricted.reasons()).anySatisfy(reason -> assertThat(reason).containsIgnoringCase("ssn"));
        assertThat(restricted.stage()).isEqualTo(Stage.CATALOG);
        assertThat(explained).isEmpty();
    }

    @Test
    void the_engine_refusing_to_plan_fails_with_its_own_words() {
        Validation validation = validator.validate("SELECT upper(name) FROM customers", CatalogCheckTest.CATALOG);

        assertThat(validation.passed()).isFalse();
        assertThat(validation.stage()).isEqualTo(Stage.DRY_RUN);
        assertThat(validation.reasons()).singleElement().asString().contains("Function 'upper' not found");
    }

    @Test
    void sql_about_to_run_must_pass_as_it_stands_with_its_limit_in_place() {
        assertThat(validator.recheck("SELECT name FROM customers LIMIT 100", CatalogCheckTest.CATALOG).passed()).isTrue();

        Validation withoutLimit = validator.recheck("SELECT name FROM customers", CatalogCheckTest.CATALOG);
        assertThat(withoutLimit.passed()).isFalse();
        assertThat(withoutLimit.stage()).isEqualTo(Stage.LIMIT);
        assertThat(explained).isEmpty();
    }

    @Test
    void on_duckdb_the_appended_limit_must_be_one_duckdb_reads() {
        CandidateValidator duckdb = new CandidateValidator(Engines.duckDbGuard(), CatalogPolicy.unrestricted(),
                new LimitEnforcer(), null, 100);
        // Trino reads the comment as closed after its first */; DuckDB nests comments, so for DuckDB the text ends
        // inside a comment, and a LIMIT appended after it would be inside the comment too.
        Validation validation = duckdb.validate("SELECT name FROM customers /* /* */", CatalogCheckTest.CATALOG);

        assertThat(validation.passed()).isFalse();
        assertThat(validation.reasons()).anySatisfy(reason -> assertThat(reason).contains("DuckDB"));
    }
}
