package io.sqlassist.execute;

import static org.assertj.core.api.Assertions.assertThat;

import io.sqlassist.guard.CandidateValidator;
import io.sqlassist.guard.CatalogPolicy;
import io.sqlassist.guard.LimitEnforcer;
import io.sqlassist.testing.Engines;
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
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The checks run again on the exact approved text, right before execution, whatever was stored as approved. */
class QueryExecutorTest {
    @TempDir
    Path results;

    /** The steps of execute-approved-sql around the local warehouse's route (execute-on-duckdb.camel.yaml). */
    private Result execute(Warehouse warehouse, int timeoutSeconds, DecidedThread decided) throws Exception {
        CandidateValidator validator = new CandidateValidator(Engines.duckDbGuard(), CatalogPolicy.unrestricted(),
                new LimitEnforcer(), null, 1000);
        QueryExecutor executor = new QueryExecutor(new FolderResultPlace(results), validator,
                new WarehouseSchemaProvider(warehouse), new io.sqlassist.chart.ChartStep(), 20, 1000, Clock.systemUTC());
        JdbcQueryEngine engine = new JdbcQueryEngine(warehouse, Engines.duckDbParser(), timeoutSeconds);
        RunPlan plan = executor.plan(decided);
        if (plan instanceof NothingToRun nothing) {
            return nothing.result();
        }
        ApprovedRun run = (ApprovedRun) plan;
        ExecutedQuery executed;
        try {
            executed = executor.collect(run, engine.rows(run));
        } catch (QueryFailedException e) {
            executed = executor.failed(run, e);
        }
        executor.discardSpool(executed);
        return executed.result();
    }

    @Test
    void approved_write_sql_is_refused_at_execution_and_nothing_changes() throws Exception {
        try (Warehouse writable = Engines.open("jdbc:duckdb:")) {
            try (Connection c = writable.connect(); Statement s = c.createStatement()) {
                s.execute("CREATE TABLE t(id INTEGER)");
                s.execute("INSERT INTO t VALUES (1), (2)");
            }
            Result result = execute(writable, 30, approved("SELECT * FROM t LIMIT 10; DELETE FROM t"));

            assertThat(result.status()).isEqualTo(ResultStatus.failed);
            assertThat(result.message()).contains("refused by the checks before execution (guard)");
            try (Connection c = writable.connect(); Statement s = c.createStatement();
                 ResultSet rs = s.executeQuery("SELECT count(*) FROM t")) {
                rs.next();
                assertThat(rs.getInt(1)).isEqualTo(2);
            }
            assertThat(results.resolve("t-1")).doesNotExist();
        }
    }

    @Test
    void a_query_running_past_the_timeout_is_cancelled_and_reported() throws Exception {
        try (Warehouse warehouse = Engines.open("jdbc:duckdb:")) {
            try (Connection c = warehouse.connect(); Statement s = c.createStatement()) {
                s.execute("CREATE TABLE n AS SELECT range AS id FROM range(200000)");
            }
            Result result = execute(warehouse, 1, approved(
                    "SELECT count(*) FROM n a CROSS JOIN n b WHERE (a.id * 7 + b.id) % 1000003 = 5 LIMIT 10"));

            assertThat(result.status()).isEqualTo(ResultStatus.failed);
            assertThat(result.message()).contains("ran longer than 1 s and was cancelled");
            assertThat(result.timings().executionMs()).isLessThan(30_000);
            assertThat(results.resolve("t-1").resolve("result.csv.partial")).doesNotExist();
        }
    }

    private static DecidedThread approved(String sql) {
        Question question = new Question(1, "t-1", "q", "ann", null, null);
        ApprovalRequest request = new ApprovalRequest(1, "t-1", 1, sql, Sha256.hex(sql), "x", Confidence.high, List.of(),
                "q", "ann", Instant.now(), new ValidationSummary("passed", 1, List.of(), List.of()));
        return new DecidedThread(1, new PendingThread(1, question, Instant.now(), List.of(), request),
                new Decision(1, "t-1", DecisionAction.approve, null, "bob", request.sqlSha256()));
    }
}
