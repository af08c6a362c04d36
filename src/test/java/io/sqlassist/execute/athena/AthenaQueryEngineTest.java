package io.sqlassist.execute.athena;

import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.matching.RequestPatternBuilder;
import io.sqlassist.aws.AwsClients;
import io.sqlassist.execute.QueryFailedException;
import io.sqlassist.execute.StoppedWaitingException;
import io.sqlassist.execute.QueryStats;
import io.sqlassist.execute.RowSink;
import java.math.BigDecimal;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.athena.AthenaClient;
import software.amazon.awssdk.services.s3.S3Client;

/** Athena and S3 are one loopback WireMock: Athena's JSON 1.1 calls are POST /, the result CSV is a path-style GET. */
class AthenaQueryEngineTest {
    private static final String TARGET = "X-Amz-Target";
    private static final String OUTPUT = "s3://athena-results/sqlassist/";
    private static final String CSV_KEY = "/athena-results/sqlassist/q-1.csv";
    private static final String COLUMNS = """
            {"ColumnInfo":[{"Name":"region","Type":"varchar"},{"Name":"orders","Type":"bigint"},
             {"Name":"revenue","Type":"decimal","Precision":12,"Scale":2},{"Name":"share","Type":"double"},
             {"Name":"active","Type":"boolean"},{"Name":"day","Type":"date"},{"Name":"at","Type":"timestamp"}]}""";
    private static final String HEADER = row("region", "orders", "revenue", "share", "active", "day", "at");

    static WireMockServer wire;
    static AthenaClient athena;
    static S3Client s3;

    @BeforeAll
    static void startFakes() {
        wire = new WireMockServer(wireMockConfig().bindAddress("127.0.0.1").dynamicPort());
        wire.start();
        URI endpoint = URI.create("http://127.0.0.1:" + wire.port());
        var credentials = StaticCredentialsProvider.create(AwsBasicCredentials.create("AKIDTEST", "secret"));
        athena = AwsClients.athena(Region.EU_WEST_1, endpoint, credentials);
        s3 = AwsClients.s3(Region.EU_WEST_1, endpoint, credentials);
    }

    @AfterAll
    static void stopFakes() {
        athena.close();
        s3.close();
        wire.stop();
    }

    @BeforeEach
    void reset() {
        wire.resetAll();
        wire.stubFor(athenaCall("StartQueryExecution").willReturn(okJson("{\"QueryExecutionId\":\"q-1\"}")));
        wire.stubFor(athenaCall("StopQueryExecution").willReturn(okJson("{}")));
    }

    @Test
    void startsInTheWorkgroupPollsToSucceededAndPagesThroughResults() throws Exception {
        stubQueuedRunningSucceeded();
        wire.stubFor(athenaCall("GetQueryResults").withRequestBody(matchingJsonPath("$.NextToken", absent()))
                .willReturn(okJson(results(COLUMNS, "p2", HEADER,
                        row("north", "12", "1234.50", "0.25", "true", "2024-01-31", "2024-01-31 08:15:00.000")))));
        wire.stubFor(athenaCall("GetQueryResults").withRequestBody(matchingJsonPath("$.NextToken", equalTo("p2")))
                .willReturn(okJson(results(COLUMNS, null, "{\"Data\":[{\"VarCharValue\":\"south\"},{},{},{},{},{},{}]}"))));

        Collected out = new Collected();
        QueryStats stats = engine(100).run("SELECT region FROM orders", null, out);

        assertThat(stats).isEqualTo(new QueryStats("q-1", 4096L));
        assertThat(out.columns).containsExactly("region", "orders", "revenue", "share", "active", "day", "at");
        assertThat(out.rows).containsExactly(
                List.of("north", 12L, new BigDecimal("1234.50"), 0.25, true, "2024-01-31", "2024-01-31T08:15"),
                Arrays.asList("south", null, null, null, null, null, null));
        wire.verify(1, athenaRequest("StartQueryExecution")
                .withRequestBody(matchingJsonPath("$.QueryString", equalTo("SELECT region FROM orders")))
                .withRequestBody(matchingJsonPath("$.WorkGroup", equalTo("sqlassist")))
                .withRequestBody(matchingJsonPath("$.QueryExecutionContext.Database", equalTo("sales")))
                .withRequestBody(matchingJsonPath("$.ResultConfiguration.OutputLocation", equalTo(OUTPUT)))
                .withRequestBody(matchingJsonPath("$.ClientRequestToken")));
        wire.verify(3, athenaRequest("GetQueryExecution")
                .withRequestBody(matchingJsonPath("$.QueryExecutionId", equalTo("q-1"))));
        wire.verify(2, athenaRequest("GetQueryResults"));
        wire.verify(1, athenaRequest("GetQueryResults").withRequestBody(matchingJsonPath("$.NextToken", equalTo("p2"))));
        wire.verify(0, getRequestedFor(urlEqualTo(CSV_KEY)));
    }

    @Test
    void stopsReadingWhenTheSinkHasEnough() throws Exception {
        stubState("SUCCEEDED", null);
        wire.stubFor(athenaCall("GetQueryResults").willReturn(okJson(results(COLUMNS, "p2", HEADER,
                row("north", "1", "1", "1", "true", "2024-01-01", "2024-01-01 00:00:00"),
                row("south", "2", "2", "2", "false", "2024-01-02", "2024-01-02 00:00:00")))));
        Collected out = new Collected(1);

        engine(100).run("SELECT 1", null, out);

        assertThat(out.rows).hasSize(1);
        wire.verify(1, athenaRequest("GetQueryResults"));
    }

    @Test
    void streamsTheRestOfALargeResultFromTheCsvInS3() throws Exception {
        stubState("SUCCEEDED", null);
        wire.stubFor(athenaCall("GetQueryResults").willReturn(okJson(results(COLUMNS, "p2", HEADER,
                row("r1", "1", "1.00", "0.5", "true", "2024-01-01", "2024-01-01 00:00:00.000")))));
        // Athena's CSV: every value quoted, NULL as an empty unquoted field.
        String csv = "\"region\",\"orders\",\"revenue\",\"share\",\"active\",\"day\",\"at\"\n"
                + "\"r1\",\"1\",\"1.00\",\"0.5\",\"true\",\"2024-01-01\",\"2024-01-01 00:00:00.000\"\n"
                + "\"r2, \"\"quoted\"\"\nline\",\"2\",\"2.50\",\"1.5\",\"false\",\"2024-01-02\",\"2024-01-02 10:30:00.123\"\n"
                + "\"\",,,,,,\n";
        wire.stubFor(get(urlEqualTo(CSV_KEY)).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "text/csv").withBody(csv)));
        Collected out = new Collected();

        QueryStats stats = engine(1).run("SELECT * FROM big", null, out);

        assertThat(stats.executionId()).isEqualTo("q-1");
        assertThat(out.rows).containsExactly(
                List.of("r1", 1L, new BigDecimal("1.00"), 0.5, true, "2024-01-01", "2024-01-01T00:00"),
                List.of("r2, \"quoted\"\nline", 2L, new BigDecimal("2.50"), 1.5, false, "2024-01-02",
                        "2024-01-02T10:30:00.123"),
                Arrays.asList("", null, null, null, null, null, null));
        wire.verify(1, athenaRequest("GetQueryResults"));
        wire.verify(1, getRequestedFor(urlEqualTo(CSV_KEY)));
    }

    @Test
    void failedCarriesAthenasReasonAndCategory() {
        stubState("FAILED", "{\"State\":\"FAILED\",\"StateChangeReason\":\"COLUMN_NOT_FOUND: line 1:8: Column 'x' cannot be resolved\","
                + "\"AthenaError\":{\"ErrorCategory\":2,\"ErrorType\":1006,\"Retryable\":false}}");

        assertThatThrownBy(() -> engine(100).run("SELECT x FROM orders", null, new Collected()))
                .isInstanceOf(QueryFailedException.class)
                .hasMessageContaining("Athena query q-1 failed")
                .hasMessageContaining("Column 'x' cannot be resolved")
                .hasMessageContaining("user error error type 1006");
        wire.verify(0, athenaRequest("GetQueryResults"));
    }

    @Test
    void cancelledForTheBytesScannedCapSaysSo() {
        stubState("CANCELLED", "{\"State\":\"CANCELLED\",\"StateChangeReason\":\"Query cancelled! : Bytes scanned limit was exceeded\"}");

        assertThatThrownBy(() -> engine(100).run("SELECT * FROM huge", null, new Collected()))
                .isInstanceOf(QueryFailedException.class)
                .hasMessageContaining("workgroup's per-query limit on data scanned")
                .hasMessageContaining("4096 bytes scanned")
                .hasMessageContaining("Bytes scanned limit was exceeded");
    }

    @Test
    void retriesThrottlingThenSucceeds() throws Exception {
        wire.stubFor(athenaCall("StartQueryExecution").inScenario("throttle").whenScenarioStateIs(STARTED)
                .willSetStateTo("calm").willReturn(aResponse().withStatus(400)
                        .withHeader("Content-Type", "application/x-amz-json-1.1")
                        .withBody("{\"__type\":\"TooManyRequestsException\",\"message\":\"Rate exceeded\"}")));
        wire.stubFor(athenaCall("StartQueryExecution").inScenario("throttle").whenScenarioStateIs("calm")
                .willReturn(okJson("{\"QueryExecutionId\":\"q-1\"}")));
        stubState("SUCCEEDED", null);
        wire.stubFor(athenaCall("GetQueryResults").willReturn(okJson(results(COLUMNS, null, HEADER))));

        QueryStats stats = engine(100).run("SELECT 1", null, new Collected());

        assertThat(stats.executionId()).isEqualTo("q-1");
        wire.verify(2, athenaRequest("StartQueryExecution"));
        // The SDK resends the same idempotency token, so Athena cannot start the query twice.
        List<String> tokens = wire.findAll(athenaRequest("StartQueryExecution")).stream()
                .map(r -> r.getBodyAsString().replaceAll(".*\"ClientRequestToken\":\"([^\"]+)\".*", "$1")).toList();
        assertThat(tokens).hasSize(2);
        assertThat(tokens.get(1)).isEqualTo(tokens.get(0)).hasSizeGreaterThanOrEqualTo(32);
    }

    @Test
    void retriesAServerErrorWhilePolling() throws Exception {
        wire.stubFor(athenaCall("GetQueryExecution").inScenario("blip").whenScenarioStateIs(STARTED)
                .willSetStateTo("ok").willReturn(aResponse().withStatus(500)
                        .withHeader("Content-Type", "application/x-amz-json-1.1")
                        .withBody("{\"__type\":\"InternalServerException\",\"message\":\"try again\"}")));
        wire.stubFor(athenaCall("GetQueryExecution").inScenario("blip").whenScenarioStateIs("ok")
                .willReturn(okJson(execution("{\"State\":\"SUCCEEDED\"}", 10))));
        wire.stubFor(athenaCall("GetQueryResults").willReturn(okJson(results(COLUMNS, null, HEADER))));

        assertThat(engine(100).run("SELECT 1", null, new Collected())).isEqualTo(new QueryStats("q-1", 10L));
        wire.verify(2, athenaRequest("GetQueryExecution"));
    }

    @Test
    void stopsTheQueryPastTheTimeout() {
        stubState("RUNNING", null);
        AthenaQueryEngine engine = new AthenaQueryEngine(athena, s3, new AthenaSettings("sales", "sqlassist", OUTPUT,
                Duration.ofMillis(20), Duration.ofMillis(200), 100));

        assertThatThrownBy(() -> engine.run("SELECT slow()", null, new Collected()))
                .isInstanceOf(QueryFailedException.class)
                .hasMessageContaining("timed out after");
        wire.verify(1, athenaRequest("StopQueryExecution")
                .withRequestBody(matchingJsonPath("$.QueryExecutionId", equalTo("q-1"))));
    }

    @Test
    void stopsTheQueryWhenWaitingForItFails() {
        wire.stubFor(athenaCall("GetQueryExecution").willReturn(aResponse().withStatus(400)
                .withHeader("Content-Type", "application/x-amz-json-1.1")
                .withBody("{\"__type\":\"InvalidRequestException\",\"message\":\"not now\"}")));

        assertThatThrownBy(() -> engine(100).run("SELECT 1", null, new Collected())).isInstanceOf(RuntimeException.class);
        wire.verify(1, athenaRequest("StopQueryExecution")
                .withRequestBody(matchingJsonPath("$.QueryExecutionId", equalTo("q-1"))));
    }

    @Test
    void showAndDescribeResultsKeepTheirFirstRowForAthenaSendsNoHeaderRowThere() throws Exception {
        wire.stubFor(athenaCall("GetQueryExecution").willReturn(okJson(execution("{\"State\":\"SUCCEEDED\"}", 0)
                .replace("\"StatementType\":\"DML\"", "\"StatementType\":\"UTILITY\""))));
        String columns = "{\"ColumnInfo\":[{\"Name\":\"tab_name\",\"Type\":\"varchar\"}]}";
        wire.stubFor(athenaCall("GetQueryResults").willReturn(okJson(results(columns, null, row("customers"),
                row("orders")))));
        Collected rows = new Collected();

        engine(100).run("SHOW TABLES", null, rows);

        assertThat(rows.columns).containsExactly("tab_name");
        assertThat(rows.rows).containsExactly(List.of("customers"), List.of("orders"));
    }

    @Test
    void aQueryARestartComesBackForGoesOnRunningWhenTheServiceStopsWaiting() throws Exception {
        stubState("RUNNING", null);
        Throwable thrown = interruptedWhileWaiting("thread-7/1");

        assertThat(thrown).isInstanceOf(StoppedWaitingException.class).hasMessageContaining("goes on running");
        wire.verify(0, athenaRequest("StopQueryExecution"));
    }

    @Test
    void aQueryNobodyComesBackForIsStoppedWhenTheServiceStopsWaiting() throws Exception {
        stubState("RUNNING", null);
        Throwable thrown = interruptedWhileWaiting(null);

        assertThat(thrown).isInstanceOf(QueryFailedException.class).hasMessageContaining("has been stopped");
        wire.verify(1, athenaRequest("StopQueryExecution")
                .withRequestBody(matchingJsonPath("$.QueryExecutionId", equalTo("q-1"))));
    }

    @Test
    void theTimeoutCountsFromAthenasSubmissionSoATakenUpQueryKeepsItsBudget() {
        long anHourAgo = java.time.Instant.now().minusSeconds(3600).getEpochSecond();
        stubState(null, "{\"State\":\"RUNNING\",\"SubmissionDateTime\":" + anHourAgo + "}");

        assertThatThrownBy(() -> engine(100).run("SELECT 1", "thread-7/1", new Collected()))
                .isInstanceOf(QueryFailedException.class)
                .hasMessageContaining("timed out after 10 s");
        wire.verify(1, athenaRequest("GetQueryExecution"));
        wire.verify(1, athenaRequest("StopQueryExecution"));
    }

    /** Runs a query on a thread of its own and interrupts it once it is polling, as a stopping service does. */
    private Throwable interruptedWhileWaiting(String idempotencyKey) throws Exception {
        java.util.concurrent.CompletableFuture<Throwable> outcome = new java.util.concurrent.CompletableFuture<>();
        Thread worker = new Thread(() -> {
            try {
                engine(100).run("SELECT 1", idempotencyKey, new Collected());
                outcome.complete(null);
            } catch (Throwable e) {
                outcome.complete(e);
            }
        });
        worker.start();
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (wire.findAll(athenaRequest("GetQueryExecution")).isEmpty() && System.nanoTime() < deadline) {
            Thread.onSpinWait();
        }
        worker.interrupt();
        return outcome.get(10, java.util.concurrent.TimeUnit.SECONDS);
    }

    @Test
    void anIdempotencyKeyGivesAStableTokenPerSql() throws Exception {
        stubState("SUCCEEDED", null);
        wire.stubFor(athenaCall("GetQueryResults").willReturn(okJson(results(COLUMNS, null, HEADER))));

        engine(100).run("SELECT 1", "thread-7#1", new Collected());

        String token = AthenaQueryEngine.clientRequestToken("SELECT 1", "thread-7#1");
        assertThat(token).hasSize(64).isEqualTo(AthenaQueryEngine.clientRequestToken("SELECT 1", "thread-7#1"))
                .isNotEqualTo(AthenaQueryEngine.clientRequestToken("SELECT 2", "thread-7#1"));
        wire.verify(1, athenaRequest("StartQueryExecution")
                .withRequestBody(matchingJsonPath("$.ClientRequestToken", equalTo(token))));
    }

    private AthenaQueryEngine engine(long maxRowsViaApi) {
        return new AthenaQueryEngine(athena, s3, new AthenaSettings("sales", "sqlassist", OUTPUT,
                Duration.ofMillis(10), Duration.ofSeconds(10), maxRowsViaApi));
    }

    static MappingBuilder athenaCall(String operation) {
        return post(urlEqualTo("/")).withHeader(TARGET, equalTo("AmazonAthena." + operation));
    }

    static RequestPatternBuilder athenaRequest(String operation) {
        return postRequestedFor(urlEqualTo("/")).withHeader(TARGET, equalTo("AmazonAthena." + operation));
    }

    private void stubQueuedRunningSucceeded() {
        wire.stubFor(athenaCall("GetQueryExecution").inScenario("states").whenScenarioStateIs(STARTED)
                .willSetStateTo("running").willReturn(okJson(execution("{\"State\":\"QUEUED\"}", 0))));
        wire.stubFor(athenaCall("GetQueryExecution").inScenario("states").whenScenarioStateIs("running")
                .willSetStateTo("done").willReturn(okJson(execution("{\"State\":\"RUNNING\"}", 1024))));
        wire.stubFor(athenaCall("GetQueryExecution").inScenario("states").whenScenarioStateIs("done")
                .willReturn(okJson(execution("{\"State\":\"SUCCEEDED\"}", 4096))));
    }

    static void stubState(String state, String status) {
        wire.stubFor(athenaCall("GetQueryExecution").willReturn(okJson(execution(
                status == null ? "{\"State\":\"" + state + "\"}" : status, 4096))));
    }

    static String execution(String status, long scanned) {
        return """
                {"QueryExecution":{"QueryExecutionId":"q-1","Query":"SELECT","StatementType":"DML",
                 "ResultConfiguration":{"OutputLocation":"%sq-1.csv"},
                 "QueryExecutionContext":{"Database":"sales"},"WorkGroup":"sqlassist",
                 "Status":%s,"Statistics":{"DataScannedInBytes":%d,"EngineExecutionTimeInMillis":12}}}"""
                .formatted(OUTPUT, status, scanned);
    }

    static String results(String columns, String nextToken, String... rows) {
        return "{\"ResultSet\":{\"ResultSetMetadata\":" + columns + ",\"Rows\":[" + String.join(",", rows) + "]}"
                + (nextToken == null ? "" : ",\"NextToken\":\"" + nextToken + "\"") + ",\"UpdateCount\":0}";
    }

    static String row(String... values) {
        StringBuilder json = new StringBuilder("{\"Data\":[");
        for (int i = 0; i < values.length; i++) {
            json.append(i == 0 ? "" : ",").append("{\"VarCharValue\":\"").append(values[i]).append("\"}");
        }
        return json.append("]}").toString();
    }

    static final class Collected implements RowSink {
        final List<String> columns = new ArrayList<>();
        final List<List<Object>> rows = new ArrayList<>();
        private final int wanted;

        Collected() {
            this(Integer.MAX_VALUE);
        }

        Collected(int wanted) {
            this.wanted = wanted;
        }

        @Override
        public void columns(List<String> names) {
            columns.addAll(names);
        }

        @Override
        public boolean row(List<Object> values) {
            rows.add(values);
            return rows.size() < wanted;
        }
    }
}
