package io.sqlassist.cli;

import java.io.BufferedReader;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.Map;

/** Runs one `sqlassist …` command in this JVM with given input, capturing what it prints. */
record CliRunner(Map<String, String> properties) {
    record Run(int exitCode, String out, String err) {
    }

    Run withInput(String input, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = SqlassistCli.commandLine(new PrintWriter(out, true), new PrintWriter(err, true),
                new BufferedReader(new StringReader(input)), properties).execute(args);
        return new Run(code, out.toString(), err.toString());
    }

    Run run(String... args) {
        return withInput("", args);
    }
}
