package io.sqlassist.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.sqlassist.testing.TestStack;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** `sqlassist demo`: the whole job in one process, as a new user first sees it. */
class DemoCommandTest {
    @TempDir
    static Path dataDir;
    static CliRunner cli;

    @BeforeAll
    static void setUp() throws Exception {
        cli = new CliRunner(TestStack.localProperties(dataDir));
    }

    @Test
    void with_approve_it_prints_the_sql_then_a_table_of_five_customers() {
        CliRunner.Run run = cli.run("demo", "--approve", "Show me 5 customers");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("SQL (confidence").containsIgnoringCase("FROM customers")
                .contains("succeeded").contains("5 rows").contains("| customer_id");
        assertThat(run.out().indexOf("SQL (confidence")).isLessThan(run.out().indexOf("| customer_id"));
        assertThat(run.out()).doesNotContain("Approve this SQL?");
    }

    @Test
    void without_approve_it_waits_for_a_decision_and_refine_shows_new_sql() {
        CliRunner.Run run = cli.withInput("maybe\nr\nonly 3\na\n", "demo", "Show me 5 customers");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("Approve this SQL?").contains("Please answer a, r or j.")
                .contains("What should change?").contains("attempt 2").contains("3 rows");
    }

    @Test
    void rejecting_runs_nothing() {
        CliRunner.Run run = cli.withInput("j\n", "demo", "Show me 5 customers");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("rejected").doesNotContain("| customer_id");
    }

    @Test
    void closed_input_means_no_decision_and_nothing_runs() {
        CliRunner.Run run = cli.withInput("", "demo", "Show me 5 customers");

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out()).contains("No decision").doesNotContain("| customer_id");
    }
}
