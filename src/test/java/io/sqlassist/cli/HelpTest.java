package io.sqlassist.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class HelpTest {
    @Test
    void every_command_answers_help_with_its_usage() {
        List<List<String>> paths = new ArrayList<>();
        collect(SqlassistCli.commandLine(new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()),
                new BufferedReader(new StringReader(""))), new ArrayList<>(), paths);
        assertThat(paths).extracting(p -> String.join(" ", p))
                .contains("", "serve", "demo", "ask", "approvals", "approvals list", "approvals show", "approvals approve",
                        "approvals refine", "approvals reject", "approvals decide", "audit", "eval", "sql", "sql check", "chart");
        for (List<String> path : paths) {
            List<String> args = new ArrayList<>(path);
            args.add("--help");
            CliRunner.Run run = new CliRunner(Map.of()).run(args.toArray(String[]::new));
            assertThat(run.exitCode()).as(String.join(" ", args)).isZero();
            assertThat(run.out()).as(String.join(" ", args)).contains("Usage: sqlassist");
        }
    }

    @Test
    void no_command_is_a_usage_error() {
        assertThat(new CliRunner(Map.of()).run().exitCode()).isEqualTo(2);
    }

    private static void collect(CommandLine command, List<String> path, List<List<String>> paths) {
        paths.add(path);
        command.getSubcommands().forEach((name, sub) -> {
            List<String> next = new ArrayList<>(path);
            next.add(name);
            collect(sub, next, paths);
        });
    }
}
