package io.sqlassist.testing;

import io.sqlassist.generate.GeneratedSql;
import io.sqlassist.generate.GenerationRequest;
import io.sqlassist.generate.SqlGenerator;
import io.sqlassist.wire.Confidence;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/** Answers with the given SQL texts in turn (the last one repeats), remembering every request. */
public final class ScriptedGenerator implements SqlGenerator {
    private final List<String> answers;
    private final AtomicInteger next = new AtomicInteger();
    public final List<GenerationRequest> requests = new CopyOnWriteArrayList<>();

    public ScriptedGenerator(String... answers) {
        this.answers = List.of(answers);
    }

    @Override
    public GeneratedSql generate(GenerationRequest request) {
        requests.add(request);
        String sql = answers.get(Math.min(next.getAndIncrement(), answers.size() - 1));
        return GeneratedSql.of(sql, "scripted answer", Confidence.high, List.of());
    }

    @Override
    public String name() {
        return "scripted";
    }
}
