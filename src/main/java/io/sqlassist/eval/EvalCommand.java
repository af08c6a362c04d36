package io.sqlassist.eval;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.sqlassist.eval.EvalOutcome.Outcome;
import io.sqlassist.generate.GeneratedSql;
import io.sqlassist.generate.GenerationRequest;
import io.sqlassist.generate.SqlGenerator;
import io.sqlassist.guard.CandidateValidator;
import io.sqlassist.guard.CatalogPolicy;
import io.sqlassist.guard.LimitEnforcer;
import io.sqlassist.guard.ReadOnlyGuard;
import io.sqlassist.guard.SqlEngine;
import io.sqlassist.guard.Validation;
import io.sqlassist.guard.duckdb.DuckDbParser;
import io.sqlassist.warehouse.EngineLimits;
import io.sqlassist.schema.Catalog;
import io.sqlassist.schema.JdbcCatalogReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** Measures execution accuracy: runs generated and gold SQL for each question and compares the results. */
@Command(name = "eval", mixinStandardHelpOptions = true,
        description = {"Measure execution accuracy (EX) of a SQL generator on a JSONL file of questions.",
                "Each line: {\"id\": \"...\", \"question\": \"...\", \"gold_sql\": \"...\"}.",
                "Prints one line per question (id, PASS|FAIL|ERROR, reason) and last 'EX: passed/total (percent)'.",
                "Exit codes: 0 done, 1 accuracy below --min-accuracy, 2 usage error."})
public final class EvalCommand implements Callable<Integer> {
    @Option(names = "--questions", required = true, paramLabel = "FILE.jsonl", description = "Questions with gold SQL.")
    Path questions;

    @Option(names = "--jdbc-url", defaultValue = "jdbc:duckdb:", paramLabel = "URL",
            description = "Database to run both SQLs on (any JDBC URL; a DuckDB file is opened read-only). "
                    + "Default: ${DEFAULT-VALUE} (in-memory DuckDB, use with --setup-sql).")
    String jdbcUrl;

    @Option(names = "--generator", defaultValue = "offline", description = "Generator to measure. Default: ${DEFAULT-VALUE}.")
    String generator;

    @Option(names = "--report", paramLabel = "report.json", description = "Write a JSON report of every question.")
    Path report;

    @Option(names = "--min-accuracy", paramLabel = "P", description = "Exit 1 when EX is below P percent (e.g. 80).")
    Double minAccuracy;

    @Option(names = "--setup-sql", paramLabel = "FILE.sql",
            description = "SQL script to run first on the same connection, e.g. to build a test schema in "
                    + "jdbc:duckdb: (in-memory): --setup-sql eval/second-schema.sql")
    Path setupSql;

    @Option(names = "--schema", description = "Schema to read the catalog from. Default: the connection's current schema.")
    String schema;

    private final PrintWriter out;
    private final GeneratorFactory generators;
    private final Supplier<EngineLimits> limits;

    /**
     * @param limits the DuckDB limits whose expression depth DuckDB's parser applies when it checks generated SQL;
     *               read when the command runs
     */
    public EvalCommand(PrintWriter out, GeneratorFactory generators, Supplier<EngineLimits> limits) {
        this.out = requireNonNull(out, "out is null");
        this.generators = requireNonNull(generators, "generators is null");
        this.limits = requireNonNull(limits, "limits is null");
    }

    @Override
    public Integer call() {
        try {
            return run();
        } catch (EvalUsageException e) {
            out.println("error: " + e.getMessage());
            out.flush();
            return 2;
        } finally {
            out.flush();
        }
    }

    private int run() throws EvalUsageException {
        if (minAccuracy != null && (minAccuracy < 0 || minAccuracy > 100)) {
            throw new EvalUsageException("--min-accuracy must be a percentage between 0 and 100");
        }
        List<EvalQuestion> items = EvalQuestionReader.read(questions);
        String setup = null;
        if (setupSql != null) {
            try {
                setup = Files.readString(setupSql, StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new EvalUsageException("cannot read setup script " + setupSql + ": " + e.getMessage(), e);
            }
        }
        long started = System.currentTimeMillis();
        String startedAt = Instant.now().toString();
        List<EvalOutcome> outcomes = new ArrayList<>();
        try (DuckDbParser parser = jdbcUrl.startsWith("jdbc:duckdb:") ? DuckDbParser.open(limits.get()) : null;
             Connection connection = open(jdbcUrl, setup == null)) {
            if (setup != null) {
                try {
                    SqlScriptRunner.run(connection, setup);
                } catch (SQLException e) {
                    throw new EvalUsageException("setup script " + setupSql + " failed: " + e.getMessage(), e);
                }
            }
            Catalog catalog = JdbcCatalogReader.read(connection, schema);
            SqlGenerator gen;
            try {
                gen = generators.create(generator, connection, catalog);
            } catch (IllegalArgumentException e) {
                throw new EvalUsageException(e.getMessage(), e);
            }
            // Generated SQL runs only once it passes the checks a reviewer's SQL gets (an LLM may write anything);
            // the gold SQL is the user's own.
            CandidateValidator checks = new CandidateValidator(parser != null
                    ? new ReadOnlyGuard(SqlEngine.DUCKDB, parser) : ReadOnlyGuard.forAthena(),
                    CatalogPolicy.unrestricted(), new LimitEnforcer(), null, QueryRunner.MAX_ROWS);
            for (EvalQuestion q : items) {
                EvalOutcome o = evaluate(connection, catalog, gen, checks, q);
                outcomes.add(o);
                out.println(q.id() + "  " + o.outcome() + "  " + (o.reason() == null ? "" : oneLine(o.reason())));
                out.flush();
            }
        } catch (SQLException e) {
            throw new EvalUsageException("cannot use database " + jdbcUrl + ": " + e.getMessage(), e);
        }
        int passed = (int) outcomes.stream().filter(o -> o.outcome() == Outcome.PASS).count();
        int errors = (int) outcomes.stream().filter(o -> o.outcome() == Outcome.ERROR).count();
        double accuracy = 100.0 * passed / outcomes.size();
        if (report != null) {
            writeReport(new EvalReport(generator, jdbcUrl, outcomes.size(), passed, outcomes.size() - passed - errors,
                    errors, Math.round(accuracy * 10) / 10.0, startedAt, System.currentTimeMillis() - started, outcomes));
        }
        out.println(String.format(Locale.ROOT, "EX: %d/%d (%.1f%%)", passed, outcomes.size(), accuracy));
        return minAccuracy != null && accuracy < minAccuracy ? 1 : 0;
    }

    private EvalOutcome evaluate(Connection connection, Catalog catalog, SqlGenerator gen, CandidateValidator checks,
                                 EvalQuestion q) {
        long t0 = System.nanoTime();
        GeneratedSql generated;
        try {
            generated = gen.generate(GenerationRequest.first(q.question(), catalog));
        } catch (RuntimeException e) {
            return new EvalOutcome(q.id(), q.question(), q.goldSql(), null, Outcome.ERROR,
                    "generator failed: " + e.getMessage(), null, millis(t0), 0, 0);
        }
        long generationMs = millis(t0);
        String confidence = generated.confidence().name();
        long t1 = System.nanoTime();
        List<List<Object>> gold;
        try {
            gold = QueryRunner.rows(connection, q.goldSql());
        } catch (SQLException e) {
            return new EvalOutcome(q.id(), q.question(), q.goldSql(), generated.sql(), Outcome.ERROR,
                    "gold SQL failed: " + e.getMessage(), confidence, generationMs, millis(t1), 0);
        }
        long goldMs = millis(t1);
        if (generated.isRefused()) {
            return new EvalOutcome(q.id(), q.question(), q.goldSql(), null, Outcome.FAIL,
                    "refused: " + generated.refusalReason(), confidence, generationMs, goldMs, 0);
        }
        Validation checked = checks.validate(generated.sql(), catalog);
        if (!checked.passed()) {
            return new EvalOutcome(q.id(), q.question(), q.goldSql(), generated.sql(), Outcome.FAIL,
                    "refused by the checks (" + checked.stage().wireName() + "): " + String.join("; ", checked.reasons()),
                    confidence, generationMs, goldMs, 0);
        }
        long t2 = System.nanoTime();
        List<List<Object>> actual;
        try {
            actual = QueryRunner.rows(connection, checked.sql());
        } catch (SQLException e) {
            return new EvalOutcome(q.id(), q.question(), q.goldSql(), generated.sql(), Outcome.ERROR,
                    "generated SQL failed: " + e.getMessage(), confidence, generationMs, goldMs, millis(t2));
        }
        long generatedMs = millis(t2);
        ResultComparator.Comparison c = ResultComparator.compare(gold, actual, SqlTokens.hasTopLevelOrderBy(q.goldSql()));
        return new EvalOutcome(q.id(), q.question(), q.goldSql(), generated.sql(), c.equal() ? Outcome.PASS : Outcome.FAIL,
                c.reason(), confidence, generationMs, goldMs, generatedMs);
    }

    static Connection open(String url, boolean readOnlyIfFile) throws SQLException {
        Properties props = new Properties();
        if (readOnlyIfFile && isDuckDbFile(url)) {
            props.setProperty("duckdb.read_only", "true");
        }
        return DriverManager.getConnection(url, props);
    }

    static boolean isDuckDbFile(String url) {
        if (!url.startsWith("jdbc:duckdb:")) {
            return false;
        }
        String rest = url.substring("jdbc:duckdb:".length());
        int q = rest.indexOf('?');
        String path = q >= 0 ? rest.substring(0, q) : rest;
        return !path.isBlank() && !path.equals(":memory:") && !path.startsWith(":memory:");
    }

    private void writeReport(EvalReport r) throws EvalUsageException {
        ObjectMapper json = new ObjectMapper()
                .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
                .enable(SerializationFeature.INDENT_OUTPUT);
        try {
            Path parent = report.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            json.writeValue(report.toFile(), r);
        } catch (IOException e) {
            throw new EvalUsageException("cannot write report " + report + ": " + e.getMessage(), e);
        }
    }

    private static String oneLine(String s) {
        return s.replaceAll("\\s+", " ").trim();
    }

    private static long millis(long startNanos) {
        return (System.nanoTime() - startNanos) / 1_000_000;
    }
}
