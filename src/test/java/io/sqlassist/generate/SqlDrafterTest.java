package io.sqlassist.generate;

import static org.assertj.core.api.Assertions.assertThat;

import io.sqlassist.guard.CandidateValidator;
import io.sqlassist.guard.CatalogPolicy;
import io.sqlassist.guard.JdbcDryRun;
import io.sqlassist.guard.LimitEnforcer;
import io.sqlassist.testing.Engines;
import io.sqlassist.testing.ScriptedGenerator;
import io.sqlassist.testing.TestStack;
import io.sqlassist.warehouse.Warehouse;
import io.sqlassist.warehouse.WarehouseSchemaProvider;
import io.sqlassist.wire.ApprovalRequest;
import io.sqlassist.wire.Question;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Validation before a human sees the SQL, and self-correction when it fails. */
class SqlDrafterTest {
    static Warehouse warehouse;

    @BeforeAll
    static void open() throws Exception {
        warehouse = Engines.open("jdbc:duckdb:" + TestStack.sampleWarehouse());
    }

    @AfterAll
    static void close() throws SQLException {
        warehouse.close();
    }

    private static SqlDrafter drafter(CatalogPolicy policy) {
        CandidateValidator validator = new CandidateValidator(Engines.duckDbGuard(), policy, new LimitEnforcer(),
                new JdbcDryRun(warehouse::connect, Engines.duckDbParser(), Engines.DRY_RUN), 1000);
        return new SqlDrafter(new WarehouseSchemaProvider(warehouse), validator, 2, Clock.systemUTC());
    }

    /** The steps as the generate route's self-correction loop runs them (the routes themselves: SelfCorrectionRoutesTest). */
    private static ApprovalRequest draft(SqlGenerator generator, CatalogPolicy policy) {
        SqlDrafter drafter = drafter(policy);
        Draft draft = drafter.first(new Question(1, "t-1", "list customer names", "ann", null, null));
        while (draft.needsCandidate()) {
            draft = drafter.check(draft.withCandidate(generator.generate(draft.request())));
        }
        return drafter.thread(draft).request();
    }

    @Test
    void an_invalid_first_answer_is_handed_back_with_the_error_and_the_corrected_sql_is_what_the_reviewer_sees() {
        ScriptedGenerator generator = new ScriptedGenerator("SELECT first_name FROM customer", "SELECT first_name FROM customers");

        ApprovalRequest request = draft(generator, CatalogPolicy.unrestricted());

        assertThat(request.sql()).startsWith("SELECT first_name FROM customers").contains("LIMIT 1000");
        assertThat(request.validation().status()).isEqualTo("passed");
        assertThat(request.validation().generationAttempts()).isEqualTo(2);
        assertThat(request.validation().notes()).isNotEmpty();
        assertThat(generator.requests).hasSize(2);
        assertThat(generator.requests.get(1).validationError()).contains("SELECT first_name FROM customer").contains("customer");
    }

    @Test
    void a_write_never_reaches_the_reviewer_even_after_every_retry() {
        ScriptedGenerator generator = new ScriptedGenerator("DELETE FROM customers");

        ApprovalRequest request = draft(generator, CatalogPolicy.unrestricted());

        assertThat(request.sql()).isNull();
        assertThat(request.sqlSha256()).isNull();
        assertThat(request.validation().status()).isEqualTo("failed");
        assertThat(request.validation().generationAttempts()).isEqualTo(3);
        assertThat(request.explanation()).contains("no SQL passed validation after 3 tries");
    }

    @Test
    void sql_the_engine_cannot_plan_is_caught_by_the_dry_run() throws SQLException {
        ScriptedGenerator generator = new ScriptedGenerator("SELECT first_name + 1 FROM customers");

        ApprovalRequest request = draft(generator, CatalogPolicy.unrestricted());

        assertThat(request.sql()).isNull();
        assertThat(request.validation().reasons()).singleElement().asString().contains("dry run");
        try (Connection c = warehouse.connect()) {
            assertThat(c.isClosed()).isFalse();
        }
    }

    @Test
    void restricted_columns_are_refused_with_the_reason() {
        ScriptedGenerator generator = new ScriptedGenerator("SELECT email FROM customers");

        ApprovalRequest request = draft(generator, new CatalogPolicy(java.util.Set.of(), java.util.Set.of(),
                java.util.Set.of("customers.email")));

        assertThat(request.sql()).isNull();
        assertThat(String.join(" ", request.validation().reasons())).containsIgnoringCase("email");
    }
}
