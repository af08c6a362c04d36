package io.sqlassist.pending;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sqlassist.testing.PostgresSchema;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.processor.aggregate.jdbc.JdbcAggregationRepository;
import org.apache.camel.spi.OptimisticLockingAggregationRepository;
import org.apache.camel.support.DefaultExchange;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;

/**
 * Several consumers and instances on one store: a decided thread whose processing is unconfirmed is re-run by exactly
 * one instance, and only once nobody can still be working on it; a thread completed twice at once is a conflict the
 * aggregator retries. On H2 (local) and PostgreSQL (clustered).
 */
class LeasingAggregationRepositoryTest {
    private static final long LEASE_MS = 60_000;
    static PostgresSchema postgres;
    static DataSource h2;
    static DataSource pg;

    @BeforeAll
    static void open() throws SQLException {
        postgres = PostgresSchema.create("leasing");
        h2 = PendingStore.dataSource("jdbc:h2:mem:leasing;DB_CLOSE_DELAY=-1", null, null);
        pg = PendingStore.dataSource(postgres.url(), null, null);
    }

    @AfterAll
    static void close() throws SQLException {
        PendingStore.close(pg);
        PendingStore.close(h2);
        postgres.close();
    }

    static Stream<String> stores() {
        return Stream.of("h2", "postgresql");
    }

    @ParameterizedTest
    @MethodSource("stores")
    void a_thread_decided_moments_ago_is_left_to_whoever_is_processing_it(String store) throws Exception {
        DataSource dataSource = dataSource(store);
        String repository = tables("fresh", store);
        insertCompleted(dataSource, repository, "exchange-fresh", null);

        assertThat(instance(dataSource, repository).scan(new DefaultCamelContext())).isEmpty();
    }

    @ParameterizedTest
    @MethodSource("stores")
    void an_abandoned_thread_is_claimed_by_one_instance_which_then_holds_it_for_the_lease(String store) throws Exception {
        DataSource dataSource = dataSource(store);
        String repository = tables("abandoned", store);
        insertCompleted(dataSource, repository, "exchange-abandoned", OffsetDateTime.now().minusHours(1));
        LeasingAggregationRepository first = instance(dataSource, repository);
        LeasingAggregationRepository second = instance(dataSource, repository);

        assertThat(first.scan(new DefaultCamelContext())).containsExactly("exchange-abandoned");
        assertThat(second.scan(new DefaultCamelContext())).isEmpty();
        assertThat(first.scan(new DefaultCamelContext())).as("claimed again within its own lease").isEmpty();
    }

    @ParameterizedTest
    @MethodSource("stores")
    void instances_scanning_at_the_same_moment_never_claim_the_same_thread(String store) throws Exception {
        DataSource dataSource = dataSource(store);
        String repository = tables("racing", store);
        List<String> abandoned = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            abandoned.add("exchange-" + i);
            insertCompleted(dataSource, repository, "exchange-" + i, OffsetDateTime.now().minusHours(1));
        }
        CyclicBarrier together = new CyclicBarrier(2);
        List<CompletableFuture<Set<String>>> scans = new ArrayList<>();
        for (int instance = 0; instance < 2; instance++) {
            LeasingAggregationRepository repo = instance(dataSource, repository);
            scans.add(CompletableFuture.supplyAsync(() -> {
                try {
                    together.await();
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
                return repo.scan(new DefaultCamelContext());
            }));
        }
        Set<String> first = scans.get(0).join();
        Set<String> second = scans.get(1).join();

        Set<String> overlap = new HashSet<>(first);
        overlap.retainAll(second);
        assertThat(overlap).isEmpty();
        Set<String> all = new HashSet<>(first);
        all.addAll(second);
        assertThat(all).containsExactlyInAnyOrderElementsOf(abandoned);
    }

    @ParameterizedTest
    @MethodSource("stores")
    void completing_a_thread_another_consumer_already_completed_is_an_optimistic_locking_conflict(String store)
            throws Exception {
        DataSource dataSource = dataSource(store);
        String repository = tables("completing", store);
        CamelContext context = new DefaultCamelContext();
        JdbcAggregationRepository repo = PendingStore.repository(dataSource, repository, 60_000, LEASE_MS, 3,
                "direct:abandoned");
        repo.start();
        Exchange request = new DefaultExchange(context);
        request.getMessage().setBody("pending thread");
        repo.add(context, "thread-1", null, request);
        Exchange seenByFirst = repo.get(context, "thread-1");
        Exchange seenBySecond = repo.get(context, "thread-1");

        repo.remove(context, "thread-1", seenByFirst);

        // The aggregator retries on this exception (and then finds no pending thread); any other error would leave
        // the second copy of the decision to wait for its SQS redelivery.
        assertThatThrownBy(() -> repo.remove(context, "thread-1", seenBySecond))
                .isInstanceOf(OptimisticLockingAggregationRepository.OptimisticLockingException.class);
        repo.stop();
    }

    private static String tables(String name, String store) throws SQLException {
        String repository = name + "_" + store;
        PendingStore.createTables(dataSource(store), repository);
        return repository;
    }

    private static DataSource dataSource(String store) {
        return store.equals("h2") ? h2 : pg;
    }

    private static LeasingAggregationRepository instance(DataSource dataSource, String repository) {
        return new LeasingAggregationRepository(new DataSourceTransactionManager(dataSource), repository, dataSource,
                LEASE_MS);
    }

    /** A row as Camel writes it on completion; claimedAt null leaves the column's default (now). */
    private static void insertCompleted(DataSource dataSource, String repository, String exchangeId,
                                        OffsetDateTime claimedAt) throws SQLException {
        String sql = claimedAt == null
                ? "INSERT INTO " + repository + "_completed (id, exchange, version) VALUES (?, ?, 1)"
                : "INSERT INTO " + repository + "_completed (id, exchange, version, claimed_at) VALUES (?, ?, 1, ?)";
        try (Connection connection = dataSource.getConnection(); PreparedStatement insert = connection.prepareStatement(sql)) {
            insert.setString(1, exchangeId);
            insert.setBytes(2, new byte[] {1});
            if (claimedAt != null) {
                insert.setObject(3, claimedAt);
            }
            insert.executeUpdate();
        }
    }
}
