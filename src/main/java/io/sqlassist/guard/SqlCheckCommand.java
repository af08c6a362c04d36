package io.sqlassist.guard;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.sqlassist.guard.Validation.Stage;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import picocli.CommandLine;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code sqlassist sql check}: the checks generated SQL gets, for SQL written by hand — one statement, or a batch
 * of saved queries for CI. Exit codes: 0 all allowed, 3 any refused, 2 usage error, 1 when the catalog could not
 * be loaded.
 */
@Command(name = "check", mixinStandardHelpOptions = true, exitCodeOnInvalidInput = SqlCheckCommand.USAGE_ERROR,
        usageHelpAutoWidth = true,
        description = {
                "Checks SQL the way sqlassist checks generated SQL before a reviewer sees it: one read-only statement"
                        + " that the engine reads as the check does, only allowed functions, a bounded cost, only"
                        + " allowed catalogs, databases, tables and columns, and a row limit.",
                "With --jdbc-url it also checks names against that DuckDB database's catalog and dry-runs the SQL"
                        + " there (EXPLAIN). The policy comes from the settings (sqlassist.validation.*, or their"
                        + " SQLASSIST_VALIDATION_* environment variables).",
                "--batch reads JSON lines, each {\"sql\": \"…\"} (other fields are ignored; - reads standard"
                        + " input); with --json it prints one line per input line: {\"line\": N, \"verdict\":"
                        + " \"allowed\"|\"refused\", \"stage\": \"guard\"|\"catalog\"|\"limit\"|\"dry-run\","
                        + " \"reasons\": […], \"sql\": \"… as it would run\"}.",
                "Exit codes: 0 all allowed, 3 any refused, 2 usage error, 1 catalog could not be loaded."})
public final class SqlCheckCommand implements Callable<Integer> {
    public static final int ALLOWED = 0;
    public static final int CATALOG_UNAVAILABLE = 1;
    public static final int USAGE_ERROR = 2;
    public static final int REFUSED = 3;
    private static final ObjectMapper JSON = new ObjectMapper();

    static final class SqlSource {
        @Option(names = "--sql", paramLabel = "TEXT", description = "the SQL to check")
        String sql;

        @Option(names = "--file", paramLabel = "FILE", description = "a file holding the SQL; - reads standard input")
        String file;

        @Option(names = "--batch", paramLabel = "FILE.jsonl",
                description = "JSON lines, each {\"sql\": \"…\"}; - reads standard input")
        String batch;
    }

    @ArgGroup(exclusive = true, multiplicity = "1")
    SqlSource source;

    @Option(names = "--jdbc-url", paramLabel = "URL",
            description = "also check against this DuckDB database's catalog and dry-run the SQL there")
    String jdbcUrl;

    @Option(names = "--engine", paramLabel = "ENGINE",
            description = "the engine the SQL is for: duckdb or athena (default: duckdb with --jdbc-url, else the"
                    + " profile's sqlassist.engine)")
    String engine;

    @Option(names = "--max-rows", paramLabel = "N",
            description = "row limit a query is held to (default: the profile's sqlassist.validation.default-limit)")
    Integer maxRows;

    @Option(names = "--json", description = "print JSON: one object, or one line per batch line")
    boolean json;

    @Spec
    CommandSpec spec;

    private final PrintWriter out;
    private final Supplier<SqlCheckSettings> settings;
    private final InputStream stdin;

    /** @param settings read when a check runs, so that they can depend on options parsed after construction */
    public SqlCheckCommand(PrintWriter out, Supplier<SqlCheckSettings> settings, InputStream stdin) {
        this.out = requireNonNull(out, "out is null");
        this.settings = requireNonNull(settings, "settings is null");
        this.stdin = requireNonNull(stdin, "stdin is null");
    }

    /** A command line that writes help and usage errors to the same writer as the verdict. */
    public static CommandLine commandLine(SqlCheckCommand command) {
        return new CommandLine(command).setOut(command.out).setErr(command.out);
    }

    @Override
    public Integer call() {
        if (maxRows != null && maxRows < 1) {
            throw new ParameterException(spec.commandLine(), "--max-rows must be at least 1, was " + maxRows);
        }
        SqlCheckSettings configured = settings.get();
        SqlEngine target;
        try {
            target = engine != null ? SqlEngine.parse(engine) : jdbcUrl != null ? SqlEngine.DUCKDB : configured.engine();
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), "--engine: " + e.getMessage());
        }
        int limit = maxRows != null ? maxRows : configured.defaultLimit();
        try (SqlChecker checker = SqlChecker.open(configured, target, jdbcUrl, limit)) {
            int exit = source.batch != null ? checkBatch(checker) : checkOne(checker, readSql());
            out.flush();
            return exit;
        } catch (SqlChecker.CatalogUnavailableException e) {
            out.println("error: " + e.getMessage());
            out.flush();
            return CATALOG_UNAVAILABLE;
        }
    }

    private int checkOne(SqlChecker checker, String sql) {
        Validation validation = checker.check(sql);
        if (json) {
            out.println(toJson(null, validation));
        } else {
            out.println(validation.passed() ? "allowed" : "refused (" + validation.stage().wireName() + ")");
            validation.reasons().forEach(reason -> out.println("- " + reason));
            if (validation.passed() && !validation.notes().isEmpty()) {
                validation.notes().forEach(note -> out.println("- " + note));
                out.println("SQL as it would run:");
                out.println(validation.sql());
            }
        }
        return validation.passed() ? ALLOWED : REFUSED;
    }

    /** Every line gets a verdict; a line that is not {"sql": "…"} is refused, and the batch goes on. */
    private int checkBatch(SqlChecker checker) {
        boolean anyRefused = false;
        int lineNumber = 0;
        try (BufferedReader lines = batchReader()) {
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                lineNumber++;
                if (line.isBlank()) {
                    continue;
                }
                Validation validation = checkLine(checker, line);
                anyRefused |= !validation.passed();
                if (json) {
                    out.println(toJson(lineNumber, validation));
                } else {
                    out.println("line " + lineNumber + ": " + (validation.passed() ? "allowed"
                            : "refused (" + validation.stage().wireName() + "): " + String.join("; ",
                            validation.reasons())));
                }
                out.flush();
            }
        } catch (IOException e) {
            throw new ParameterException(spec.commandLine(), "cannot read --batch " + source.batch + ": " + e.getMessage());
        }
        return anyRefused ? REFUSED : ALLOWED;
    }

    private static Validation checkLine(SqlChecker checker, String line) {
        JsonNode node;
        try {
            node = JSON.readTree(line);
        } catch (IOException e) {
            return Validation.failed(Stage.GUARD, "", List.of("the line is not JSON: it must be {\"sql\": \"…\"}"));
        }
        JsonNode sql = node == null ? null : node.get("sql");
        if (sql == null || !sql.isTextual()) {
            return Validation.failed(Stage.GUARD, "", List.of("the line has no \"sql\" string: it must be"
                    + " {\"sql\": \"…\"}"));
        }
        return checker.check(sql.asText());
    }

    private String toJson(Integer line, Validation validation) {
        ObjectNode node = JSON.createObjectNode();
        if (line != null) {
            node.put("line", line);
        }
        node.put("verdict", validation.passed() ? "allowed" : "refused");
        if (validation.passed()) {
            node.putNull("stage");
        } else {
            node.put("stage", validation.stage().wireName());
        }
        validation.reasons().forEach(node.putArray("reasons")::add);
        if (validation.reasons().isEmpty()) {
            node.putArray("reasons");
        }
        if (validation.passed()) {
            node.put("sql", validation.sql());
            validation.notes().forEach(node.putArray("notes")::add);
        }
        return node.toString();
    }

    private BufferedReader batchReader() throws IOException {
        InputStream in = source.batch.equals("-") ? stdin : Files.newInputStream(Path.of(source.batch));
        return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
    }

    private String readSql() {
        if (source.sql != null) {
            return source.sql;
        }
        try {
            if (source.file.equals("-")) {
                return new String(stdin.readAllBytes(), StandardCharsets.UTF_8);
            }
            return Files.readString(Path.of(source.file), StandardCharsets.UTF_8);
        } catch (IOException | RuntimeException e) {
            throw new ParameterException(spec.commandLine(), "cannot read --file " + source.file + ": " + e);
        }
    }
}
