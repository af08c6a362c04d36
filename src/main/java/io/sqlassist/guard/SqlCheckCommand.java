package io.sqlassist.guard;

import static java.util.Objects.requireNonNull;

import io.sqlassist.schema.Catalog;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Function;
import java.util.function.Supplier;
import picocli.CommandLine;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code sqlassist sql check}: runs the guard on one SQL text and prints the verdict.
 * Exit codes: 0 allowed, 3 refused, 2 usage error, 1 when the catalog could not be loaded.
 */
@Command(name = "check", mixinStandardHelpOptions = true, exitCodeOnInvalidInput = SqlCheckCommand.USAGE_ERROR,
        description = {
                "Checks that SQL is exactly one read-only statement (SELECT, WITH … SELECT, VALUES, SHOW, DESCRIBE,"
                        + " EXPLAIN) and shows it with the row limit applied.",
                "With --jdbc-url it also checks tables and columns against the catalog and asks the engine to"
                        + " EXPLAIN it.",
                "Exit codes: 0 allowed, 3 refused, 2 usage error, 1 catalog could not be loaded."})
public final class SqlCheckCommand implements Callable<Integer> {
    public static final int ALLOWED = 0;
    public static final int CATALOG_UNAVAILABLE = 1;
    public static final int USAGE_ERROR = 2;
    public static final int REFUSED = 3;

    static final class SqlSource {
        @Option(names = "--sql", paramLabel = "TEXT", description = "the SQL to check")
        String sql;

        @Option(names = "--file", paramLabel = "FILE", description = "a file holding the SQL; - reads standard input")
        String file;
    }

    @ArgGroup(exclusive = true, multiplicity = "1")
    SqlSource source;

    @Option(names = "--jdbc-url", paramLabel = "URL",
            description = "also check against this database's catalog and dry-run the SQL there")
    String jdbcUrl;

    @Option(names = "--max-rows", paramLabel = "N", defaultValue = "1000",
            description = "row limit a query is held to (default: ${DEFAULT-VALUE})")
    int maxRows;

    @Spec
    CommandSpec spec;

    private final PrintWriter out;
    private final Function<String, Catalog> catalogLoader;
    private final Supplier<CatalogPolicy> policy;
    private final Function<String, DryRun> dryRuns;
    private final InputStream stdin;

    /** @param catalogLoader reads the catalog behind a JDBC URL (used only with --jdbc-url) */
    public SqlCheckCommand(PrintWriter out, Function<String, Catalog> catalogLoader) {
        this(out, catalogLoader, CatalogPolicy::unrestricted, JdbcDryRun::forJdbcUrl, System.in);
    }

    /** @param policy read when a check runs, so that it can depend on options parsed after construction */
    public SqlCheckCommand(PrintWriter out, Function<String, Catalog> catalogLoader, Supplier<CatalogPolicy> policy,
                           Function<String, DryRun> dryRuns, InputStream stdin) {
        this.out = requireNonNull(out, "out is null");
        this.catalogLoader = requireNonNull(catalogLoader, "catalogLoader is null");
        this.policy = requireNonNull(policy, "policy is null");
        this.dryRuns = requireNonNull(dryRuns, "dryRuns is null");
        this.stdin = requireNonNull(stdin, "stdin is null");
    }

    /** A command line that writes help and usage errors to the same writer as the verdict. */
    public static CommandLine commandLine(SqlCheckCommand command) {
        return new CommandLine(command).setOut(command.out).setErr(command.out);
    }

    @Override
    public Integer call() {
        if (maxRows < 1) {
            throw new ParameterException(spec.commandLine(), "--max-rows must be at least 1, was " + maxRows);
        }
        String sql = readSql();
        GuardVerdict verdict = new ReadOnlyGuard().check(sql);
        List<String> reasons = new ArrayList<>(verdict.reasons());
        LimitedSql limited = verdict.allowed() ? new LimitEnforcer().enforce(sql, maxRows) : LimitedSql.unchanged(sql);
        if (verdict.allowed() && jdbcUrl != null) {
            Catalog catalog;
            try {
                catalog = catalogLoader.apply(jdbcUrl);
            } catch (RuntimeException e) {
                out.println("error: could not load the catalog from " + jdbcUrl + ": " + e.getMessage());
                out.flush();
                return CATALOG_UNAVAILABLE;
            }
            reasons.addAll(new CatalogCheck(catalog, policy.get()).check(sql).reasons());
            if (reasons.isEmpty() && StatementKinds.isQuery(verdict.statementKind())) {
                DryRunOutcome dryRun = dryRuns.apply(jdbcUrl).explain(limited.sql());
                if (!dryRun.ok()) {
                    reasons.add("dry run failed: " + dryRun.error());
                }
            }
        }
        boolean allowed = reasons.isEmpty();
        out.println(allowed ? "allowed" : "refused");
        reasons.forEach(reason -> out.println("- " + reason));
        if (allowed && limited.changed()) {
            out.println("- " + limited.change());
            out.println("SQL as it would run:");
            out.println(limited.sql());
        }
        out.flush();
        return allowed ? ALLOWED : REFUSED;
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
