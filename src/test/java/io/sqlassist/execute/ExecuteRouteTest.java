package io.sqlassist.execute;

import static org.assertj.core.api.Assertions.assertThat;

import io.sqlassist.guard.CandidateValidator;
import io.sqlassist.guard.CatalogPolicy;
import io.sqlassist.guard.LimitEnforcer;
import io.sqlassist.testing.Engines;
import io.sqlassist.testing.RouteFiles;
import io.sqlassist.warehouse.Warehouse;
import io.sqlassist.warehouse.WarehouseSchemaProvider;
import io.sqlassist.wire.ApprovalRequest;
import io.sqlassist.wire.Confidence;
import io.sqlassist.wire.DecidedThread;
import io.sqlassist.wire.Decision;
import io.sqlassist.wire.DecisionAction;
import io.sqlassist.wire.PendingThread;
import io.sqlassist.wire.Question;
import io.sqlassist.wire.Result;
import io.sqlassist.wire.ResultStatus;
import io.sqlassist.wire.Sha256;
import io.sqlassist.wire.ValidationSummary;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.apache.camel.Exchange;
import org.apache.camel.RoutesBuilder;
import org.apache.camel.builder.AdviceWith;
import org.apache.camel.component.mock.MockEndpoint;
import org.apache.camel.spi.Registry;
import org.apache.camel.test.junit5.CamelTestSupport;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * routes/execute.camel.yaml, as it ships, on the DuckDB engine, with the warehouse's route, the result store's route and the close stage
 * advised into mocks: what runs, what is kept, in which order, and what the requester is told.
 */
class ExecuteRouteTest extends CamelTestSupport {
    static Warehouse warehouse;
    @TempDir
    static Path results;
    final List<String> executing = new CopyOnWriteArrayList<>();

    @BeforeAll
    static void openWarehouse() throws Exception {
        warehouse = Engines.open("jdbc:duckdb:");
        try (Connection c = warehouse.connect(); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE t(id INTEGER, name VARCHAR)");
            s.execute("INSERT INTO t VALUES (1, 'a'), (2, 'b')");
        }
    }

    @AfterAll
    static void closeWarehouse() throws Exception {
        warehouse.close();
    }

    @Override
    public boolean isUseAdviceWith() {
        return true;
    }

    @Override
    protected void bindToRegistry(Registry registry) {
        CandidateValidator validator = new CandidateValidator(Engines.duckDbGuard(), CatalogPolicy.unrestricted(),
                new LimitEnforcer(), null, 1000);
        registry.bind("queryExecutor", new QueryExecutor(new FolderResultPlace(results), validator,
                new WarehouseSchemaProvider(warehouse), new io.sqlassist.chart.ChartStep(), 20, 1000, Clock.systemUTC()));
        registry.bind("auditRecorder", new Object() {
            @SuppressWarnings("unused")
            public void executing(DecidedThread decided) {
                executing.add(decided.thread().question().threadId());
            }
        });
    }

    @Override
    protected RoutesBuilder[] createRouteBuilders() throws Exception {
        return RouteFiles.load(context, "execute.camel.yaml");
    }

    @BeforeEach
    void adviseAndStart() throws Exception {
        AdviceWith.adviceWith(context, "execute-approved-sql", route -> {
            route.weaveByToUri("direct:run-approved-sql").replace().to("mock:warehouse");
            route.weaveByToUri("direct:keep-result-file").replace().to("mock:kept");
            route.weaveByToUri("direct:publish-result").replace().to("mock:closed");
        });
        context.start();
    }

    @Test
    void approvedSqlRunsOnceItsFilesAreKeptMetadataLastAndTheRequesterGetsTheRows() throws Exception {
        runsOn(new JdbcQueryEngine(warehouse, Engines.duckDbParser(), 30));

        Result result = closes("t-1", "SELECT id, name FROM t ORDER BY id LIMIT 10", 1, 2);

        assertThat(executing).containsExactly("t-1");
        assertThat(kept().getExchanges()).map(e -> e.getMessage().getBody(ResultFile.class).key())
                .containsExactly("t-1/result.csv", "t-1/metadata.json");
        assertThat(result.status()).isEqualTo(ResultStatus.succeeded);
        assertThat(result.rows()).containsExactly(List.of(1, "a"), List.of(2, "b"));
    }

    @Test
    void sqlThatFailsTheChecksAsItStandsNeverReachesTheWarehouseAndNothingChanges() throws Exception {
        runsOn(new JdbcQueryEngine(warehouse, Engines.duckDbParser(), 30));

        Result result = closes("t-2", "SELECT * FROM t LIMIT 10; DELETE FROM t", 0, 0);

        assertThat(result.status()).isEqualTo(ResultStatus.failed);
        assertThat(result.message()).contains("refused by the checks before execution (guard)");
        try (Connection c = warehouse.connect(); Statement s = c.createStatement();
             java.sql.ResultSet rs = s.executeQuery("SELECT count(*) FROM t")) {
            rs.next();
            assertThat(rs.getInt(1)).isEqualTo(2);
        }
    }

    @Test
    void aQueryRunningPastTheTimeoutIsCancelledAndReported() throws Exception {
        try (Connection c = warehouse.connect(); Statement s = c.createStatement()) {
            s.execute("CREATE OR REPLACE TABLE n AS SELECT range AS id FROM range(200000)");
        }
        runsOn(new JdbcQueryEngine(warehouse, Engines.duckDbParser(), 1));

        Result result = closes("t-5",
                "SELECT count(*) FROM n a CROSS JOIN n b WHERE (a.id * 7 + b.id) % 1000003 = 5 LIMIT 10", 1, 0);

        assertThat(result.status()).isEqualTo(ResultStatus.failed);
        assertThat(result.message()).contains("ran longer than 1 s and was cancelled");
        assertThat(result.timings().executionMs()).isLessThan(30_000);
    }

    /**
     * Sends the decided thread through the route and returns the one Result it closes with, having checked how often
     * the warehouse was asked and how many files were kept.
     */
    private Result closes(String thread, String sql, int warehouseRuns, int filesKept) throws Exception {
        warehouse().expectedMessageCount(warehouseRuns);
        kept().expectedMessageCount(filesKept);
        closed().expectedMessageCount(1);
        template.sendBody("direct:execute-approved-sql", decided(thread, sql));
        MockEndpoint.assertIsSatisfied(context);
        return closed().getExchanges().get(0).getMessage().getBody(Result.class);
    }

    /** The warehouse's route as execute-on-duckdb.camel.yaml has it: the engine's rows for the approved run. */
    private void runsOn(JdbcQueryEngine engine) {
        warehouse().whenAnyExchangeReceived(e -> e.getMessage().setBody(engine.rows(e.getMessage().getBody(ApprovedRun.class))));
    }

    @Test
    void aQueryTheWarehouseFailsClosesTheThreadWithItsReasonAndKeepsNothing() throws Exception {
        warehouse().whenAnyExchangeReceived(e -> {
            throw new QueryFailedException("COLUMN_NOT_FOUND: Column 'x' cannot be resolved");
        });

        Result result = closes("t-3", "SELECT id FROM t LIMIT 1", 1, 0);

        assertThat(result.status()).isEqualTo(ResultStatus.failed);
        assertThat(result.message()).isEqualTo("the query failed: COLUMN_NOT_FOUND: Column 'x' cannot be resolved");
    }

    @Test
    void aResultStoreThatFailsFailsTheRunSoTheThreadIsTakenUpAgainAndLeavesNoSpool() throws Exception {
        runsOn(new JdbcQueryEngine(warehouse, Engines.duckDbParser(), 30));
        List<Path> spools = new CopyOnWriteArrayList<>();
        kept().whenAnyExchangeReceived(e -> {
            Object content = e.getMessage().getBody(ResultFile.class).content();
            if (content instanceof java.io.File file) {
                spools.add(file.toPath());
            }
            throw new IOException("the result store is down");
        });
        closed().expectedMessageCount(0);

        Exchange done = template.send("direct:execute-approved-sql",
                e -> e.getMessage().setBody(decided("t-4", "SELECT id FROM t LIMIT 1")));

        assertThat(done.getException()).hasMessageContaining("the result store is down");
        MockEndpoint.assertIsSatisfied(context);
        assertThat(spools).isNotEmpty().allSatisfy(spool -> assertThat(spool).doesNotExist());
    }

    private MockEndpoint warehouse() {
        return getMockEndpoint("mock:warehouse");
    }

    private MockEndpoint kept() {
        return getMockEndpoint("mock:kept");
    }

    private MockEndpoint closed() {
        return getMockEndpoint("mock:closed");
    }

    private static DecidedThread decided(String thread, String sql) {
        Question question = new Question(1, thread, "q", "ann", null, null);
        ApprovalRequest request = new ApprovalRequest(1, thread, 1, sql, Sha256.hex(sql), "x", Confidence.high, List.of(),
                "q", "ann", Instant.now(), new ValidationSummary("passed", 1, List.of(), List.of()));
        return new DecidedThread(1, new PendingThread(1, question, Instant.now(), List.of(), request),
                new Decision(1, thread, DecisionAction.approve, null, "bob", request.sqlSha256()));
    }
}
