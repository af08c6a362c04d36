package io.sqlassist.guard;

import static org.assertj.core.api.Assertions.assertThat;

import io.sqlassist.testing.Engines;
import io.sqlassist.warehouse.Warehouse;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The allowlists are DuckDB's and Trino's own functions, reviewed; these tests keep them that way. */
class FunctionRulesTest {
    /** Functions the review left out on purpose: none of them may ever be allowed on either engine. */
    private static final Set<String> NEVER = Set.of("read_csv", "read_csv_auto", "read_parquet", "read_json",
            "read_text", "read_blob", "glob", "query", "query_table", "json_execute_serialized_sql",
            "json_serialize_plan", "sleep_ms", "pg_sleep", "current_setting", "getvariable", "setseed", "nextval",
            "currval", "setval", "write_log", "checkpoint", "force_checkpoint", "duckdb_settings", "duckdb_secrets",
            "which_secret", "enable_logging", "enable_profiling", "truncate_duckdb_logs", "repeat_row", "sniff_csv",
            "parquet_metadata", "exclude_columns", "random_string", "error", "txid_current");

    private static Set<String> runtimeFunctions() throws Exception {
        try (Warehouse memory = Engines.open("jdbc:duckdb:"); Connection c = memory.connect();
             Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT DISTINCT function_name FROM duckdb_functions()")) {
            Set<String> names = new HashSet<>();
            while (rs.next()) {
                names.add(rs.getString(1).toLowerCase(Locale.ROOT));
            }
            return names;
        }
    }

    private static Set<String> listed(String resource) throws IOException {
        try (InputStream in = FunctionRulesTest.class.getResourceAsStream("/sqlassist/guard/" + resource)) {
            return Arrays.stream(new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n"))
                    .filter(l -> !l.isBlank() && !l.startsWith("#"))
                    .map(l -> resource.contains("known") ? l.strip() : l.split("\\s+")[0])
                    .map(l -> l.toLowerCase(Locale.ROOT)).collect(Collectors.toSet());
        }
    }

    @Test
    void the_list_of_functions_duckdb_knows_is_the_bundled_engines_own() throws Exception {
        assertThat(listed("duckdb-known-functions.txt")).isEqualTo(runtimeFunctions());
    }

    @Test
    void every_function_allowed_on_duckdb_exists_there() throws Exception {
        assertThat(runtimeFunctions()).containsAll(listed("duckdb-functions.txt"));
    }

    @Test
    void nothing_the_review_left_out_is_allowed_on_either_engine() {
        for (String name : NEVER) {
            assertThat(FunctionRules.refusal(name, SqlEngine.DUCKDB)).as(name).isPresent();
            assertThat(FunctionRules.refusal(name, SqlEngine.ATHENA)).as(name).isPresent();
        }
    }

    @Test
    void a_function_only_athena_has_passes_on_duckdb_for_the_dry_run_to_refuse_in_the_engines_words() {
        assertThat(FunctionRules.refusal("approx_percentile", SqlEngine.DUCKDB)).isEmpty();
        assertThat(FunctionRules.refusal("approx_percentile", SqlEngine.ATHENA)).isEmpty();
        // DuckDB has current_setting and the review refused it; Athena's allowing nothing by that name does not help
        assertThat(FunctionRules.refusal("current_setting", SqlEngine.DUCKDB)).get().asString()
                .contains("not on the list");
    }

    @Test
    void a_size_rule_holds_on_both_engines_wherever_either_has_it() {
        // Athena's bar(x, width) and DuckDB's bar(x, min, max, width)
        assertThat(FunctionRules.rulesFor("bar")).extracting(FunctionRules.Rule::argument).containsExactlyInAnyOrder(2, 4);
        assertThat(FunctionRules.rulesFor("repeat")).allMatch(FunctionRules.Rule::sizesResult);
        assertThat(FunctionRules.rulesFor("abs")).isEmpty();
    }
}
