package io.sqlassist.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.sqlassist.testing.TestStack;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** `sqlassist sql check` as a person writing SQL by hand uses it, against the sample warehouse. */
class SqlCheckCliTest {
    @Test
    void a_write_is_refused_with_exit_code_3_and_the_reason() {
        CliRunner.Run run = new CliRunner(Map.of()).run("sql", "check", "--sql", "SELECT 1; DROP TABLE customers");

        assertThat(run.exitCode()).isEqualTo(3);
        assertThat(run.out()).startsWith("refused").contains("exactly one statement");
    }

    @Test
    void a_read_on_the_warehouse_is_allowed_and_shows_the_limit_it_would_run_with() throws Exception {
        String url = "jdbc:duckdb:" + TestStack.sampleWarehouse();
        CliRunner.Run run = new CliRunner(Map.of()).run("sql", "check", "--jdbc-url", url, "--sql",
                "SELECT country, count(*) FROM customers GROUP BY country");

        assertThat(run.exitCode()).as(run.out()).isZero();
        assertThat(run.out()).startsWith("allowed").contains("LIMIT");
    }

    @Test
    void restricted_columns_from_the_profile_are_refused_and_unknown_columns_named() throws Exception {
        String url = "jdbc:duckdb:" + TestStack.sampleWarehouse();
        CliRunner cli = new CliRunner(Map.of("sqlassist.validation.restricted-columns", "customers.email"));

        assertThat(cli.run("sql", "check", "--jdbc-url", url, "--sql", "SELECT email FROM customers").out())
                .startsWith("refused").contains("email");
        assertThat(cli.run("sql", "check", "--jdbc-url", url, "--sql", "SELECT nickname FROM customers").exitCode())
                .isEqualTo(3);
        assertThat(cli.run("sql", "check").exitCode()).isEqualTo(2);
    }
}
