package io.sqlassist.eval;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.sqlassist.generate.GeneratedSql;
import io.sqlassist.generate.SqlGenerator;
import io.sqlassist.wire.Confidence;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The eval command end to end on the library schema built by --setup-sql in an in-memory DuckDB. */
class EvalCommandTest {
    private static final String SETUP = "eval/second-schema.sql";

    @TempDir
    Path dir;

    private record Run(int exitCode, String output) {
        List<String> lines() {
            return output.lines().toList();
        }
    }

    private Run eval(GeneratorFactory factory, String... args) {
        StringWriter text = new StringWriter();
        PrintWriter out = new PrintWriter(text);
        CommandLine cli = new CommandLine(new EvalCommand(out, factory, () -> io.sqlassist.testing.Engines.LIMITS));
        cli.setOut(out);
        cli.setErr(out);
        int code = cli.execute(args);
        out.flush();
        return new Run(code, text.toString());
    }

    private Path questions(String... lines) throws Exception {
        Path file = dir.resolve("q.jsonl");
        Files.write(file, List.of(lines));
        return file;
    }

    private static String line(String id, String question, String gold) {
        return "{\"id\": \"" + id + "\", \"question\": \"" + question + "\", \"gold_sql\": \"" + gold + "\"}";
    }

    @Test
    void printsOneLinePerQuestionThenTheExLineAndWritesTheReport() throws Exception {
        Path file = questions(
                line("a", "How many books are there?", "SELECT COUNT(*) FROM books"),
                line("b", "Average page count per genre", "SELECT genre, AVG(page_count) FROM books GROUP BY genre"),
                line("c", "How many books are there?", "SELECT COUNT(*) FROM authors"),
                "",
                line("d", "What is the weather forecast for tomorrow?", "SELECT 1"),
                line("e", "How many books are there?", "SELECT nope FROM books"));
        Path report = dir.resolve("out/report.json");
        Run run = eval(GeneratorFactory.offline(), "--questions", file.toString(), "--setup-sql", SETUP,
                "--report", report.toString());

        assertThat(run.exitCode()).isZero();
        List<String> lines = run.lines();
        assertThat(lines).hasSize(6);
        assertThat(lines.get(0)).isEqualTo("a  PASS  ");
        assertThat(lines.get(1)).startsWith("b  PASS");
        assertThat(lines.get(2)).startsWith("c  FAIL  rows differ");
        assertThat(lines.get(3)).startsWith("d  FAIL  refused:").contains("weather");
        assertThat(lines.get(4)).startsWith("e  ERROR  gold SQL failed");
        assertThat(lines.get(5)).isEqualTo("EX: 2/5 (40.0%)");

        JsonNode json = new ObjectMapper().readTree(report.toFile());
        assertThat(json.get("total").asInt()).isEqualTo(5);
        assertThat(json.get("passed").asInt()).isEqualTo(2);
        assertThat(json.get("accuracy_percent").asDouble()).isEqualTo(40.0);
        JsonNode first = json.get("questions").get(0);
        assertThat(first.get("id").asText()).isEqualTo("a");
        assertThat(first.get("gold_sql").asText()).isEqualTo("SELECT COUNT(*) FROM books");
        assertThat(first.get("generated_sql").asText()).contains("COUNT(*)");
        assertThat(first.get("outcome").asText()).isEqualTo("PASS");
        assertThat(first.has("generation_ms")).isTrue();
        assertThat(json.get("questions").get(3).get("reason").asText()).startsWith("refused:");
    }

    @Test
    void minAccuracyDecidesTheExitCode() throws Exception {
        Path file = questions(line("a", "How many books are there?", "SELECT COUNT(*) FROM books"),
                line("b", "How many books are there?", "SELECT COUNT(*) FROM authors"));
        assertThat(eval(GeneratorFactory.offline(), "--questions", file.toString(), "--setup-sql", SETUP,
                "--min-accuracy", "80").exitCode()).isEqualTo(1);
        assertThat(eval(GeneratorFactory.offline(), "--questions", file.toString(), "--setup-sql", SETUP,
                "--min-accuracy", "50").exitCode()).isZero();
    }

    @Test
    void theSecondDevSetRunsFromTheCommandLine() {
        Run run = eval(GeneratorFactory.offline(), "--questions", "eval/second-dev.jsonl", "--setup-sql", SETUP,
                "--min-accuracy", "80");
        assertThat(run.lines().get(run.lines().size() - 1)).matches("EX: \\d+/\\d+ \\(\\d+\\.\\d%\\)");
        assertThat(run.exitCode()).as(run.output()).isZero();
    }

    @Test
    void usageErrorsExitWithTwo() throws Exception {
        Run missing = eval(GeneratorFactory.offline(), "--questions", dir.resolve("none.jsonl").toString(),
                "--setup-sql", SETUP);
        assertThat(missing.exitCode()).isEqualTo(2);
        assertThat(missing.output()).contains("cannot read questions file");

        Path bad = questions(line("a", "How many books are there?", "SELECT 1"), "{not json");
        Run badLine = eval(GeneratorFactory.offline(), "--questions", bad.toString(), "--setup-sql", SETUP);
        assertThat(badLine.exitCode()).isEqualTo(2);
        assertThat(badLine.output()).contains("line 2");

        Path noGold = questions("{\"id\": \"a\", \"question\": \"q\"}");
        assertThat(eval(GeneratorFactory.offline(), "--questions", noGold.toString(), "--setup-sql", SETUP).output())
                .contains("line 1").contains("gold_sql");

        assertThat(eval(GeneratorFactory.offline(), "--setup-sql", SETUP).exitCode()).isEqualTo(2);
    }

    @Test
    void unknownGeneratorIsAUsageError() throws Exception {
        Path file = questions(line("a", "How many books are there?", "SELECT COUNT(*) FROM books"));
        Run run = eval(GeneratorFactory.offline(), "--questions", file.toString(), "--setup-sql", SETUP,
                "--generator", "gpt");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.output()).contains("unknown generator 'gpt'");
    }

    @Test
    void otherGeneratorsPlugInThroughTheFactory() throws Exception {
        Path file = questions(line("a", "anything", "SELECT COUNT(*) FROM books"));
        SqlGenerator fixed = new SqlGenerator() {
            @Override
            public GeneratedSql generate(io.sqlassist.generate.GenerationRequest request) {
                return GeneratedSql.of("SELECT 24", "constant", Confidence.high, List.of());
            }

            @Override
            public String name() {
                return "fixed";
            }
        };
        Run run = eval((name, connection, catalog) -> fixed, "--questions", file.toString(), "--setup-sql", SETUP,
                "--generator", "fixed");
        assertThat(run.lines()).containsExactly("a  PASS  ", "EX: 1/1 (100.0%)");
    }

    @Test
    void duckDbFilesOpenReadOnly() {
        assertThat(EvalCommand.isDuckDbFile("jdbc:duckdb:/data/sample.duckdb")).isTrue();
        assertThat(EvalCommand.isDuckDbFile("jdbc:duckdb:")).isFalse();
        assertThat(EvalCommand.isDuckDbFile("jdbc:duckdb::memory:")).isFalse();
        assertThat(EvalCommand.isDuckDbFile("jdbc:postgresql://localhost/db")).isFalse();
    }
}
