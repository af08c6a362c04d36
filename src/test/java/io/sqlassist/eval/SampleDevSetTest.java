package io.sqlassist.eval;

import static org.assertj.core.api.Assertions.assertThat;

import io.sqlassist.sample.SampleDataset;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The offline engine reaches the target execution accuracy on the sample e-commerce dev set. */
class SampleDevSetTest {
    @TempDir
    Path dir;

    @Test
    void offlineGeneratorReachesEightyPercent() throws Exception {
        Path db = dir.resolve("sample.duckdb");
        SampleDataset.create(db, LocalDate.now());
        StringWriter text = new StringWriter();
        PrintWriter out = new PrintWriter(text);
        int code = new CommandLine(new EvalCommand(out, GeneratorFactory.offline(), () -> io.sqlassist.testing.Engines.LIMITS)).execute(
                "--questions", "eval/sample-dev.jsonl", "--jdbc-url", "jdbc:duckdb:" + db, "--min-accuracy", "80");
        out.flush();
        List<String> lines = text.toString().lines().toList();
        String ex = lines.get(lines.size() - 1);
        Matcher m = Pattern.compile("EX: (\\d+)/(\\d+) \\((.+)%\\)").matcher(ex);
        assertThat(m.matches()).as(text.toString()).isTrue();
        assertThat(Integer.parseInt(m.group(2))).isGreaterThanOrEqualTo(60);
        assertThat(Double.parseDouble(m.group(3))).as(text.toString()).isGreaterThanOrEqualTo(80.0);
        assertThat(code).isZero();
    }
}
