package io.sqlassist.execute.athena;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
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

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.matching.RequestPatternBuilder;
import io.sqlassist.aws.AwsClients;
import io.sqlassist.execute.ApprovedRun;
import io.sqlassist.execute.QueryFailedException;
import io.sqlassist.execute.QueryStats;
import io.sqlassist.execute.RowSink;
import io.sqlassist.execute.RowSource;
import io.sqlassist.execute.StoppedWaitingException;
import io.sqlassist.testing.RouteFiles;
import io.sqlassist.wire.ApprovalRequest;
import io.sqlassist.wire.Confidence;
import io.sqlassist.wire.Decision;
import io.sqlassist.wire.DecisionAction;
import io.sqlassist.wire.PendingThread;
import io.sqlassist.wire.Question;
import io.sqlassist.wire.Sha256;
import io.sqlassist.wire.ValidationSummary;
import java.math.BigDecimal;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.apache.camel.Exchange;
import org.apache.camel.RoutesBuilder;
import org.apache.camel.spi.Registry;
import org.apache.camel.test.junit5.CamelContextConfiguration;
import org.apache.camel.test.junit5.CamelTestSupport;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.athena.AthenaClient;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * routes/execute-on-athena.camel.yaml, as it ships, against Athena and S3 as one loopback WireMock: Athena's JSON 1.1
 * calls are POST /, Athena's result CSV is a path-style GET.
 */
class AthenaRouteTest extends CamelTestSupport {
    private static final String ROUTE = "direct:run-approved-sql";
    private static final String TARGET = "X-Amz-Target";
    private static final String OUTPUT = "s3://athena-results/sqlassist/";
    private static final String CSV_KEY = "/athena-results/sqlassist/q-1.csv";
    private static final String COLUMNS = """
            {"ColumnInfo":[{"Name":"region","Type":"varchar"},{"Name":"orders","Type":"bigint"},
             {"Name":"revenue","Type":"decimal","Precision":12,"Scale":2},{"Name":"share","Type":"double"},
             {"Name":"active","Type":"boolean"},{"Name":"day","Type":"date"},{"Name":"at","Type":"timestamp"}]}""";
    private static final String HEADER = row("region", "orders", "revenue", "share", "active", "day", "at");
    // Athena's CSV: every value quoted, NULL as an empty unquoted field.
    private static final String CSV = "\"region\",\"orders\",\"revenue\",\"share\",\"active\",\"day\",\"at\"\n"
            + "\"r1\",\"1\",\"1.00\",\"0.5\",\"true\",\"2024-01-01\",\"2024-01-01 00:00:00.000\"\n"
            + "\"r2, \"\"quoted\"\"\nline\",\"2\",\"2.50\",\"1.5\",\"false\",\"2024-01-02\",\"2024-01-02 10:30:00.123\"\n"
            + "\"\",,,,,,\n";

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

    @Override
    public void configureContext(CamelContextConfiguration configuration) {
        super.configureContext(configuration);
        Properties properties = new Properties();
        properties.put("sqlassist.engine", "athena"); // the route exists only where Athena is the engine
        configuration.withUseOverridePropertiesWithPropertiesComponent(properties);
    }

    @Override
    protected void bindToRegistry(Registry registry) {
        AthenaSettings settings = new AthenaSettings("sales", "sqlassist", OUTPUT, Duration.ofMillis(10),
                Duration.ofSeconds(10));
        registry.bind("athenaClient", athena);
        registry.bind("s3Client", s3);
        registry.bind("athenaSettings", settings);
        registry.bind("athenaQueryWatch", new AthenaQueryWatch(athena, settings, Clock.systemUTC()));
        registry.bind("athenaResultRows", new AthenaResultRows());
    }

    @Override
    protected RoutesBuilder[] createRouteBuilders() throws Exception {
        return RouteFiles.load(context, "execute-on-athena.camel.yaml", "dead-letters.camel.yaml");
    }

    @BeforeEach
    void resetFakes() {
        wire.resetAll();
        wire.stubFor(athenaCall("StartQueryExecution").willReturn(okJson("{\"QueryExecutionId\":\"q-1\"}")));
        wire.stubFor(athenaCall("StopQueryExecution").willReturn(okJson("{}")));
        wire.stubFor(athenaCall("GetQueryResults").willReturn(okJson(results(COLUMNS, "p2", HEADER))));
        wire.stubFor(get(urlEqualTo(CSV_KEY)).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "text/csv").withBody(CSV)));
    }

    @Test
    void startsInTheWorkgroupWithTheRunsTokenWatchesToSucceededAndStreamsTheCsvFromS3() throws Exception {
        stubQueuedRunningSucceeded();
        ApprovedRun run = run("SELECT region FROM orders");

        Collected out = new Collected();
        QueryStats stats = read(run, out);

        assertThat(stats).isEqualTo(new QueryStats("q-1", 4096L));
        assertThat(out.columns).containsExactly("region", "orders", "revenue", "share", "active", "day", "at");
        assertThat(out.rows).containsExactly(
                List.of("r1", 1L, new BigDecimal("1.00"), 0.5, true, "2024-01-01", "2024-01-01T00:00"),
                List.of("r2, \"quoted\"\nline", 2L, new BigDecimal("2.50"), 1.5, false, "2024-01-02",
                        "2024-01-02T10:30:00.123"),
                Arrays.asList("", null, null, null, null, null, null));
        wire.verify(1, athenaRequest("StartQueryExecution")
                .withRequestBody(matchingJsonPath("$.QueryString", equalTo("SELECT region FROM orders")))
                .withRequestBody(matchingJsonPath("$.WorkGroup", equalTo("sqlassist")))
                .withRequestBody(matchingJsonPath("$.QueryExecutionContext.Database", equalTo("sales")))
                .withRequestBody(matchingJsonPath("$.ResultConfiguration.OutputLocation", equalTo(OUTPUT)))
                .withRequestBody(matchingJsonPath("$.ClientRequestToken", equalTo(run.idempotencyToken()))));
        // three looks at the state, one more for the S3 pointer
        wire.verify(4, athenaRequest("GetQueryExecution")
                .withRequestBody(matchingJsonPath("$.QueryExecutionId", equalTo("q-1"))));
        // the column types only: the rows come from the file, not 1,000 at a time through the API
        wire.verify(1, athenaRequest("GetQueryResults").withRequestBody(matchingJsonPath("$.MaxResults", equalTo("1"))));
        wire.verify(1, athenaRequest("GetQueryResults"));
        wire.verify(1, getRequestedFor(urlEqualTo(CSV_KEY)));
        wire.verify(0, athenaRequest("StopQueryExecution"));
    }

    @Test
    void stopsReadingTheFileWhenTheSinkHasEnough() throws Exception {
        stubState("SUCCEEDED", null);
        Collected out = new Collected(1);

        read(run("SELECT 1"), out);

        assertThat(out.rows).hasSize(1);
    }

    @Test
    void aResultFileS3RefusesFailsTheRunWithS3sReason() {
        stubState("SUCCEEDED", null);
        wire.stubFor(get(urlEqualTo(CSV_KEY)).willReturn(aResponse().withStatus(403)
                .withHeader("Content-Type", "application/xml")
                .withBody("<Error><Code>AccessDenied</Code><Message>Access Denied</Message></Error>")));

        assertThat(failure(() -> read(run("SELECT 1"), new Collected())))
                .isInstanceOf(QueryFailedException.class)
                .hasMessageContaining("cannot read Athena's result file " + OUTPUT + "q-1.csv")
                .hasMessageContaining("Access Denied");
    }

    @Test
    void failedCarriesAthenasReasonAndCategory() {
        stubState("FAILED", "{\"State\":\"FAILED\",\"StateChangeReason\":\"COLUMN_NOT_FOUND: line 1:8: Column 'x' cannot be resolved\","
                + "\"AthenaError\":{\"ErrorCategory\":2,\"ErrorType\":1006,\"Retryable\":false}}");

        assertThat(failure(() -> read(run("SELECT x FROM orders"), new Collected())))
                .isInstanceOf(QueryFailedException.class)
                .hasMessageContaining("Athena query q-1 failed")
                .hasMessageContaining("Column 'x' cannot be resolved")
                .hasMessageContaining("user error error type 1006");
        wire.verify(0, athenaRequest("GetQueryResults"));
        wire.verify(0, athenaRequest("StopQueryExecution"));
    }

    @Test
    void cancelledForTheBytesScannedCapSaysSo() {
        stubState("CANCELLED", "{\"State\":\"CANCELLED\",\"StateChangeReason\":\"Query cancelled! : Bytes scanned limit was exceeded\"}");

        assertThat(failure(() -> read(run("SELECT * FROM huge"), new Collected())))
                .isInstanceOf(QueryFailedException.class)
                .hasMessageContaining("workgroup's per-query limit on data scanned")
                .hasMessageContaining("4096 bytes scanned")
                .hasMessageContaining("Bytes scanned limit was exceeded");
    }

    @Test
    void sqlAthenaRefusesAtTheStartFailsTheRunWithTheReason() {
        wire.stubFor(athenaCall("StartQueryExecution").willReturn(aResponse().withStatus(400)
                .withHeader("Content-Type", "application/x-amz-json-1.1")
                .withBody("{\"__type\":\"InvalidRequestException\",\"AthenaErrorCode\":\"MALFORMED_QUERY\","
                        + "\"Message\":\"line 1:8: mismatched input 'FORM'\"}")));

        assertThat(failure(() -> read(run("SELECT * FORM t"), new Collected())))
                .isInstanceOf(QueryFailedException.class)
                .hasMessageContaining("Athena refused the query")
                .hasMessageContaining("mismatched input 'FORM'");
    }

    @Test
    void retriesThrottlingWithTheSameTokenSoAthenaCannotStartTheQueryTwice() throws Exception {
        failsOnceThenAnswers("StartQueryExecution", 400, "TooManyRequestsException", "{\"QueryExecutionId\":\"q-1\"}");
        stubState("SUCCEEDED", null);
        ApprovedRun run = run("SELECT 1");

        assertThat(read(run, new Collected()).executionId()).isEqualTo("q-1");

        wire.verify(2, athenaRequest("StartQueryExecution")
                .withRequestBody(matchingJsonPath("$.ClientRequestToken", equalTo(run.idempotencyToken()))));
    }

    @Test
    void retriesAServerErrorWhileWatching() throws Exception {
        failsOnceThenAnswers("GetQueryExecution", 500, "InternalServerException",
                execution("{\"State\":\"SUCCEEDED\"}", 10));

        assertThat(read(run("SELECT 1"), new Collected())).isEqualTo(new QueryStats("q-1", 10L));
        wire.verify(0, athenaRequest("StopQueryExecution"));
    }

    @Test
    void aQueryAthenaCannotTellUsAboutIsStoppedAndTheRunFails() {
        wire.stubFor(athenaCall("GetQueryExecution").willReturn(aResponse().withStatus(400)
                .withHeader("Content-Type", "application/x-amz-json-1.1")
                .withBody("{\"__type\":\"InvalidRequestException\",\"message\":\"not now\"}")));

        assertThat(failure(() -> read(run("SELECT 1"), new Collected())))
                .isInstanceOf(software.amazon.awssdk.services.athena.model.InvalidRequestException.class);
        wire.verify(1, athenaRequest("StopQueryExecution")
                .withRequestBody(matchingJsonPath("$.QueryExecutionId", equalTo("q-1"))));
    }

    @Test
    void theTimeoutCountsFromAthenasSubmissionSoATakenUpQueryKeepsItsBudgetAndIsStoppedPastIt() {
        long anHourAgo = Instant.now().minusSeconds(3600).getEpochSecond();
        stubState(null, "{\"State\":\"RUNNING\",\"SubmissionDateTime\":" + anHourAgo + "}");

        assertThat(failure(() -> read(run("SELECT 1"), new Collected())))
                .isInstanceOf(QueryFailedException.class)
                .hasMessageContaining("timed out after 10 s");
        wire.verify(1, athenaRequest("GetQueryExecution"));
        wire.verify(1, athenaRequest("StopQueryExecution")
                .withRequestBody(matchingJsonPath("$.QueryExecutionId", equalTo("q-1"))));
    }

    @Test
    void aQueryStillRunningPastTheTimeoutIsStoppedAndTheRunFails() {
        stubState("RUNNING", null);

        assertThat(failure(() -> read(run("SELECT slow()", Instant.now().minusSeconds(11)), new Collected())))
                .isInstanceOf(QueryFailedException.class)
                .hasMessageContaining("timed out after 10 s (last state RUNNING); it has been stopped");
        wire.verify(1, athenaRequest("StopQueryExecution")
                .withRequestBody(matchingJsonPath("$.QueryExecutionId", equalTo("q-1"))));
        wire.verify(0, athenaRequest("GetQueryResults"));
    }

    @Test
    void showAndDescribePageThroughTheApiAndKeepTheirFirstRowForAthenaSendsNoHeaderRowThere() throws Exception {
        wire.stubFor(athenaCall("GetQueryExecution").willReturn(okJson(execution("{\"State\":\"SUCCEEDED\"}", 0)
                .replace("\"StatementType\":\"DML\"", "\"StatementType\":\"UTILITY\""))));
        String columns = "{\"ColumnInfo\":[{\"Name\":\"tab_name\",\"Type\":\"varchar\"}]}";
        wire.stubFor(athenaCall("GetQueryResults").withRequestBody(matchingJsonPath("$.NextToken", equalTo("p2")))
                .willReturn(okJson(results(columns, null, row("payments")))));
        wire.stubFor(athenaCall("GetQueryResults").withRequestBody(matchingJsonPath("$[?(!(@.NextToken))]"))
                .willReturn(okJson(results(columns, "p2", row("customers"), row("orders")))));
        Collected rows = new Collected();

        read(run("SHOW TABLES"), rows);

        assertThat(rows.columns).containsExactly("tab_name");
        assertThat(rows.rows).containsExactly(List.of("customers"), List.of("orders"), List.of("payments"));
        wire.verify(0, getRequestedFor(urlEqualTo(CSV_KEY)));
    }

    @Test
    void aQueryRunningWhenTheServiceStopsGoesOnForTheRunThatTakesTheThreadUpAgain() throws Exception {
        stubState("RUNNING", null);
        CompletableFuture<Throwable> outcome = new CompletableFuture<>();
        Thread worker = new Thread(() -> outcome.complete(failure(() -> read(run("SELECT 1"), new Collected()))));
        worker.start();
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (wire.findAll(athenaRequest("GetQueryExecution")).isEmpty() && System.nanoTime() < deadline) {
            Thread.onSpinWait();
        }
        worker.interrupt(); // as a stopping service interrupts its threads

        assertThat(outcome.get(10, TimeUnit.SECONDS)).isInstanceOf(StoppedWaitingException.class)
                .hasMessageContaining("goes on running");
        wire.verify(0, athenaRequest("StopQueryExecution"));
    }

    @Test
    void theTokenNamesTheRunAndItsSql() {
        ApprovedRun first = run("SELECT 1");
        assertThat(first.idempotencyToken()).hasSize(64).isEqualTo(run("SELECT 1").idempotencyToken())
                .isNotEqualTo(run("SELECT 2").idempotencyToken());
    }

    /** Runs the route and streams its rows, as execute-approved-sql does. */
    private QueryStats read(ApprovedRun run, RowSink sink) throws Exception {
        Exchange done = template.send(ROUTE, exchange -> exchange.getMessage().setBody(run));
        if (done.getException() != null) {
            throw done.getException();
        }
        assertThat(done.getMessage().getHeaders().keySet()).as("headers left for the stages after")
                .noneMatch(name -> name.startsWith("CamelAwsS3") || name.startsWith("CamelAwsAthena"));
        try (RowSource rows = done.getMessage().getMandatoryBody(RowSource.class)) {
            return rows.streamTo(sink);
        }
    }

    private interface Call {
        void run() throws Exception;
    }

    private static Throwable failure(Call call) {
        try {
            call.run();
        } catch (Exception e) {
            return e;
        }
        throw new AssertionError("the route answered instead of failing");
    }

    private static ApprovedRun run(String sql) {
        return run(sql, Instant.now());
    }

    private static ApprovedRun run(String sql, Instant started) {
        Question question = new Question(1, "t-7", "q", "ann", null, null);
        ApprovalRequest request = new ApprovalRequest(1, "t-7", 1, sql, Sha256.hex(sql), "x", Confidence.high,
                List.of(), "q", "ann", Instant.now(), new ValidationSummary("passed", 1, List.of(), List.of()));
        return new ApprovedRun(new PendingThread(1, question, Instant.now(), List.of(), request),
                new Decision(1, "t-7", DecisionAction.approve, null, "bob", request.sqlSha256()), 1000, started);
    }

    static MappingBuilder athenaCall(String operation) {
        return post(urlEqualTo("/")).withHeader(TARGET, equalTo("AmazonAthena." + operation));
    }

    static RequestPatternBuilder athenaRequest(String operation) {
        return postRequestedFor(urlEqualTo("/")).withHeader(TARGET, equalTo("AmazonAthena." + operation));
    }

    /** The first call fails as Athena fails it (a retryable error the SDK retries); the next ones answer. */
    private static void failsOnceThenAnswers(String operation, int status, String error, String answer) {
        wire.stubFor(athenaCall(operation).inScenario(operation).whenScenarioStateIs(STARTED)
                .willSetStateTo("answering").willReturn(aResponse().withStatus(status)
                        .withHeader("Content-Type", "application/x-amz-json-1.1")
                        .withBody("{\"__type\":\"" + error + "\",\"message\":\"try again\"}")));
        wire.stubFor(athenaCall(operation).inScenario(operation).whenScenarioStateIs("answering")
                .willReturn(okJson(answer)));
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
