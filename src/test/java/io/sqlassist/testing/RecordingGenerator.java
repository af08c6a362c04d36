package io.sqlassist.testing;

import io.sqlassist.generate.GeneratedSql;
import io.sqlassist.generate.GenerationRequest;
import io.sqlassist.generate.SqlGenerator;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** Passes every request to a real generator and remembers what it was asked. */
public final class RecordingGenerator implements SqlGenerator {
    private final SqlGenerator delegate;
    private final List<GenerationRequest> requests = new CopyOnWriteArrayList<>();

    public RecordingGenerator(SqlGenerator delegate) {
        this.delegate = delegate;
    }

    @Override
    public GeneratedSql generate(GenerationRequest request) {
        requests.add(request);
        return delegate.generate(request);
    }

    @Override
    public String name() {
        return delegate.name();
    }

    public List<GenerationRequest> requestsFor(String question) {
        return requests.stream().filter(r -> r.question().equals(question)).toList();
    }
}
