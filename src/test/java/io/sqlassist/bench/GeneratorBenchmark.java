package io.sqlassist.bench;

import io.sqlassist.eval.EvalQuestion;
import io.sqlassist.eval.EvalQuestionReader;
import io.sqlassist.generate.GenerationRequest;
import io.sqlassist.generate.offline.OfflineSqlGenerator;
import io.sqlassist.generate.offline.Synonyms;
import io.sqlassist.generate.offline.ValueIndex;
import io.sqlassist.sample.SampleDataset;
import io.sqlassist.schema.Catalog;
import io.sqlassist.schema.JdbcCatalogReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Properties;

/**
 * Times the offline generator on the sample dev set (not a test). Args: [questions.jsonl] [rounds].
 * Builds the sample database in a temp dir, warms up, then generates every question {@code rounds} times.
 */
public final class GeneratorBenchmark {
    private GeneratorBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path questionsFile = Path.of(args.length > 0 ? args[0] : "eval/sample-dev.jsonl");
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 50;
        Path dir = Files.createTempDirectory("sqlassist-bench");
        Path db = dir.resolve("sample.duckdb");
        try {
            SampleDataset.create(db, LocalDate.now());
            List<EvalQuestion> questions = EvalQuestionReader.read(questionsFile);
            Properties props = new Properties();
            props.setProperty("duckdb.read_only", "true");
            try (Connection connection = DriverManager.getConnection("jdbc:duckdb:" + db, props)) {
                Catalog catalog = JdbcCatalogReader.read(connection, null);
                long t0 = System.nanoTime();
                ValueIndex values = ValueIndex.build(connection, catalog);
                double indexMs = (System.nanoTime() - t0) / 1e6;
                OfflineSqlGenerator generator = new OfflineSqlGenerator(values, Synonyms.defaults());
                for (int i = 0; i < 20; i++) {
                    for (EvalQuestion q : questions) {
                        generator.generate(GenerationRequest.first(q.question(), catalog));
                    }
                }
                List<Double> perQuestion = new ArrayList<>();
                for (EvalQuestion q : questions) {
                    GenerationRequest request = GenerationRequest.first(q.question(), catalog);
                    List<Double> samples = new ArrayList<>();
                    for (int r = 0; r < rounds; r++) {
                        long s = System.nanoTime();
                        generator.generate(request);
                        samples.add((System.nanoTime() - s) / 1e6);
                    }
                    Collections.sort(samples);
                    perQuestion.add(samples.get(samples.size() / 2));
                }
                Collections.sort(perQuestion);
                double mean = perQuestion.stream().mapToDouble(Double::doubleValue).average().orElse(0);
                System.out.printf(Locale.ROOT, "value index build: %.1f ms (%d values)%n", indexMs, values.size());
                System.out.println("questions  rounds  median_ms  p90_ms  max_ms  mean_ms_per_question");
                System.out.printf(Locale.ROOT, "%9d  %6d  %9.3f  %6.3f  %6.3f  %20.3f%n", perQuestion.size(), rounds,
                        percentile(perQuestion, 0.5), percentile(perQuestion, 0.9),
                        perQuestion.get(perQuestion.size() - 1), mean);
            }
        } finally {
            try (var files = Files.walk(dir)) {
                files.sorted(Collections.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    private static double percentile(List<Double> sorted, double p) {
        int idx = (int) Math.ceil(p * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, idx)));
    }
}
