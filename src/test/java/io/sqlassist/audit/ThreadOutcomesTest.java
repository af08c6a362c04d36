package io.sqlassist.audit;

import static org.assertj.core.api.Assertions.assertThat;

import io.sqlassist.pending.PendingStore;
import io.sqlassist.testing.PostgresSchema;
import io.sqlassist.wire.Result;
import io.sqlassist.wire.ResultStatus;
import io.sqlassist.wire.Timings;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The outbox of the results queue, on both stores the service supports. */
class ThreadOutcomesTest {
    static PostgresSchema postgres;
    static DataSource h2;
    static DataSource pg;

    @BeforeAll
    static void start() throws Exception {
        postgres = PostgresSchema.create("outcomes");
        h2 = PendingStore.dataSource("jdbc:h2:mem:outcomes;DB_CLOSE_DELAY=-1", null, null);
        pg = PendingStore.dataSource(postgres.url(), null, null);
        for (DataSource store : List.of(h2, pg)) {
            new AuditTrail(store).createTable();
            new ThreadOutcomes(store, Clock.systemUTC()).createTable();
        }
    }

    @AfterAll
    static void stop() throws Exception {
        PendingStore.close(h2);
        PendingStore.close(pg);
        postgres.close();
    }

    @ParameterizedTest
    @ValueSource(strings = {"h2", "postgresql"})
    void the_first_outcome_wins_and_the_thread_closes_once_on_record_even_when_closed_concurrently(String store)
            throws Exception {
        DataSource dataSource = store.equals("h2") ? h2 : pg;
        ThreadOutcomes outcomes = new ThreadOutcomes(dataSource, Clock.systemUTC());
        String thread = "t-" + System.nanoTime();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        List<Future<ThreadOutcomes.Outcome>> closes = new ArrayList<>();
        try {
            for (int i = 0; i < 8; i++) {
                ResultStatus status = i % 2 == 0 ? ResultStatus.succeeded : ResultStatus.expired;
                closes.add(pool.submit((Callable<ThreadOutcomes.Outcome>) () -> outcomes.close(result(thread, status))));
            }
            List<ThreadOutcomes.Outcome> seen = new ArrayList<>();
            for (Future<ThreadOutcomes.Outcome> close : closes) {
                seen.add(close.get());
            }
            ResultStatus winner = outcomes.recorded(thread).orElseThrow().result().status();
            assertThat(seen).allSatisfy(o -> assertThat(o.result().status()).isEqualTo(winner));
        } finally {
            pool.shutdownNow();
        }
        assertThat(new AuditTrail(dataSource).read(thread, null)).hasSize(1)
                .allSatisfy(e -> assertThat(e.action()).isEqualTo(outcomes.recorded(thread).orElseThrow().result().status().name()));
        assertThat(outcomes.recorded(thread).orElseThrow().published()).isFalse();

        outcomes.markPublished(thread);

        assertThat(outcomes.close(result(thread, ResultStatus.failed))).satisfies(o -> {
            assertThat(o.published()).isTrue();
            assertThat(o.result().status()).isNotEqualTo(ResultStatus.failed);
        });
        assertThat(outcomes.recorded("unknown-" + thread)).isEmpty();
    }

    private static Result result(String thread, ResultStatus status) {
        return Result.closedWithoutExecution(thread, status, "how many?", "SELECT 1", "bob", status.name(),
                new Timings(null, null, null, null));
    }
}
