package io.sqlassist.aws;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.sqlassist.service.CapabilitySettings;
import io.sqlassist.service.Settings;
import io.sqlassist.service.SqlassistService;
import io.sqlassist.sqs.EmbeddedSqs;
import io.sqlassist.sqs.QueueClient;
import io.sqlassist.sqs.QueueNames;
import io.sqlassist.testing.TestStack;
import io.sqlassist.wire.ApprovalRequest;
import io.sqlassist.wire.DecisionAction;
import io.sqlassist.wire.Json;
import io.sqlassist.wire.Result;
import io.sqlassist.wire.ResultStatus;
import java.net.URI;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.gaul.s3proxy.S3Proxy;
import org.gaul.s3proxy.auth.AuthenticationType;
import org.gaul.s3proxy.nio2blob.TransientNio2BlobStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.sqs.SqsClient;

/**
 * The aws profile, end to end, against loopback fakes that speak each service's protocol: a question on the inbox
 * (ElasticMQ) → schema from Glue → SQL from Claude on Bedrock (Converse) → EXPLAIN on Athena → approval request →
 * decision → Athena → result files on S3 (S3Proxy) → Result. The fakes record the calls the service made.
 */
class AwsProfileEndToEndTest {
    private static final String AMZ_JSON = "application/x-amz-json-1.1";
    static WireMockServer aws;
    static S3Proxy s3proxy;
    private static final String CHAT = "/v1/spaces/AAAA/messages";
    static EmbeddedSqs sqs;
    static SqlassistService service;
    static QueueClient queues;
    static QueueNames names;

    @BeforeAll
    static void start() throws Exception {
        aws = new WireMockServer(options().bindAddress("127.0.0.1").dynamicPort());
        aws.start();
        stubGlueAndAthena();
        stubBedrock();
        s3proxy = S3Proxy.builder().blobStore(new TransientNio2BlobStore()).endpoint(URI.create("http://127.0.0.1:0"))
                .awsAuthentication(AuthenticationType.AWS_V2_OR_V4, "local", "local").build();
        s3proxy.start();
        while (!"STARTED".equals(s3proxy.getState())) {
            Thread.sleep(10);
        }
        try (S3Client s3 = s3()) {
            s3.createBucket(b -> b.bucket("results-bucket"));
            // What Athena writes for the query at its output location: the rows the service reads back.
            s3.putObject(r -> r.bucket("results-bucket").key("athena-output/q-1.csv").contentType("text/csv"),
                    software.amazon.awssdk.core.sync.RequestBody.fromString(
                            "\"status\",\"orders\"\n\"shipped\",\"12\"\n\"paid\",\"5\"\n"));
        }
        sqs = new EmbeddedSqs("127.0.0.1", 0, CapabilitySettings.queueNames(Settings.load("aws", new Properties())),
                CapabilitySettings.queueSettings(Settings.load("aws", new Properties())));
        sqs.start();

        Map<String, String> properties = new HashMap<>();
        properties.put("sqlassist.aws.region", "eu-west-1");
        properties.put("sqlassist.aws.static-credentials", "true");
        properties.put("sqlassist.sqs.static-credentials", "true");
        properties.put("sqlassist.sqs.endpoint", sqs.endpoint());
        properties.put("sqlassist.sqs.wait-seconds", "1");
        properties.put("sqlassist.glue.endpoint", aws.baseUrl());
        properties.put("sqlassist.glue.databases", "shop");
        properties.put("sqlassist.athena.endpoint", aws.baseUrl());
        properties.put("sqlassist.bedrock.endpoint", aws.baseUrl());
        // eu-west-1 calls Claude through the EU inference profile (a us. profile would be refused at start).
        properties.put("sqlassist.bedrock.model-id", "eu.anthropic.claude-sonnet-4-20250514-v1:0");
        properties.put("sqlassist.athena.workgroup", "sqlassist-wg");
        properties.put("sqlassist.athena.poll-interval-ms", "20");
        properties.put("sqlassist.s3.endpoint", "http://127.0.0.1:" + s3proxy.getPort());
        properties.put("sqlassist.results.bucket", "results-bucket");
        properties.put("sqlassist.results.prefix", "answers/");
        properties.put("sqlassist.pending.url", "jdbc:h2:mem:aws-e2e;DB_CLOSE_DELAY=-1");
        properties.put("camel.management.enabled", "false");
        // Result cards on Chat link a presigned URL (results_link_minutes in Terraform).
        properties.put("sqlassist.notify.google-chat.webhook-url", aws.baseUrl() + CHAT + "?key=k&token=t");
        properties.put("sqlassist.results.link-minutes", "30");
        aws.stubFor(post(urlPathEqualTo(CHAT)).willReturn(aResponse().withStatus(200).withBody("{}")));
        service = SqlassistService.start("aws", properties, Map.of());
        queues = new QueueClient(service.bean("sqsClient", SqsClient.class));
        names = service.bean("queueNames", QueueNames.class);
    }

    @AfterAll
    static void stop() throws Exception {
        service.close();
        sqs.stop();
        s3proxy.stop();
        aws.stop();
    }

    @Test
    void a_question_travels_glue_athena_and_s3_and_the_fakes_saw_the_right_calls() throws Exception {
        String thread = "aws-" + System.nanoTime();
        queues.send(names.inbox(), "{\"thread_id\": \"" + thread + "\", \"question\": \"number of orders per status\","
                + " \"requested_by\": \"ann\"}");
        ApprovalRequest request = Json.read(queues.await(names.approvalRequest(), TestStack.forThread(thread), TestStack.WAIT)
                .orElseThrow().body(), ApprovalRequest.class);
        assertThat(request.sql()).startsWith("SELECT status, COUNT(*) AS orders FROM orders GROUP BY status")
                .contains("LIMIT 1000");
        assertThat(request.validation().status()).isEqualTo("passed");
        assertThat(request.usage()).isEqualTo(new io.sqlassist.wire.TokenUsage(812, 40));
        List<LoggedRequest> converse = aws.findAll(postRequestedFor(urlPathMatching("/model/.+/converse")));
        assertThat(converse).hasSize(1);
        assertThat(converse.get(0).getUrl()).contains("eu.anthropic.claude-sonnet-4");
        JsonNode prompt = Json.MAPPER.readTree(converse.get(0).getBodyAsString());
        assertThat(prompt.path("system").toString()).contains("shop.orders").contains("status")
                .contains("order_date");
        assertThat(prompt.path("messages").toString()).contains("number of orders per status");
        assertThat(prompt.path("inferenceConfig").path("temperature").asDouble()).isZero();

        List<LoggedRequest> glue = aws.findAll(postRequestedFor(urlEqualTo("/"))
                .withHeader("X-Amz-Target", equalTo("AWSGlue.GetTables")));
        assertThat(glue).isNotEmpty();
        assertThat(Json.MAPPER.readTree(glue.get(0).getBodyAsString()).path("DatabaseName").asText()).isEqualTo("shop");
        assertThat(startedQueries()).anySatisfy(q -> assertThat(q.path("QueryString").asText()).startsWith("EXPLAIN "));

        queues.send(names.approvalResponse(), Json.write(new io.sqlassist.wire.Decision(1, thread,
                DecisionAction.approve, null, "bob", request.sqlSha256())));
        Result result = Json.read(queues.await(names.results(), TestStack.forThread(thread), TestStack.WAIT)
                .orElseThrow().body(), Result.class);

        assertThat(result.status()).as(result.message()).isEqualTo(ResultStatus.succeeded);
        assertThat(result.rowCount()).isEqualTo(2);
        assertThat(result.rows()).containsExactly(List.of("shipped", 12), List.of("paid", 5));
        assertThat(result.location()).isEqualTo("s3://results-bucket/answers/" + thread + "/");
        JsonNode run = startedQueries().stream().filter(q -> q.path("QueryString").asText().equals(request.sql()))
                .findFirst().orElseThrow();
        assertThat(run.path("WorkGroup").asText()).isEqualTo("sqlassist-wg");
        assertThat(run.path("QueryExecutionContext").path("Database").asText()).isEqualTo("shop");
        assertThat(run.path("ResultConfiguration").path("OutputLocation").asText())
                .isEqualTo("s3://results-bucket/athena-output/");
        assertThat(aws.findAll(postRequestedFor(urlEqualTo("/"))
                .withHeader("X-Amz-Target", equalTo("AmazonAthena.GetQueryExecution")))).isNotEmpty();
        assertThat(aws.findAll(postRequestedFor(urlEqualTo("/"))   // at start: the workgroup bounds what a query scans
                .withHeader("X-Amz-Target", equalTo("AmazonAthena.GetWorkGroup"))).stream()
                .map(r -> Json.read(r.getBodyAsString(), JsonNode.class).path("WorkGroup").asText()))
                .containsExactly("sqlassist-wg");
        try (S3Client s3 = s3()) {
            String metadata = s3.getObjectAsBytes(b -> b.bucket("results-bucket").key("answers/" + thread + "/metadata.json"))
                    .asUtf8String();
            assertThat(metadata).contains("\"query_execution_id\" : \"q-1\"").contains("\"bytes_scanned\" : 1234")
                    .contains("\"approver\" : \"bob\"");
            assertThat(s3.getObjectAsBytes(b -> b.bucket("results-bucket").key("answers/" + thread + "/result.csv"))
                    .asUtf8String()).contains("shipped,12");
            assertThat(s3.headObject(b -> b.bucket("results-bucket").key("answers/" + thread + "/result.csv"))
                    .serverSideEncryptionAsString()).isEqualTo("AES256");
        }
        // The Chat card's "Full result" opens in a browser, without AWS credentials, for the next 30 minutes.
        io.sqlassist.testing.Conditions.await("the result card", () -> resultCard(thread).isPresent());
        String card = resultCard(thread).orElseThrow();
        String href = "href=\\\"";
        int at = card.indexOf(href + "http://127.0.0.1:");
        assertThat(at).as(card).isNotNegative();
        String url = card.substring(at + href.length(), card.indexOf("\\\"", at + href.length())).replace("&amp;", "&");
        assertThat(url).contains("/results-bucket/answers/" + thread + "/result.csv?");
        assertThat(url).contains("X-Amz-Expires=1800");
        java.net.http.HttpResponse<String> opened = java.net.http.HttpClient.newHttpClient().send(
                java.net.http.HttpRequest.newBuilder(java.net.URI.create(url)).build(),
                java.net.http.HttpResponse.BodyHandlers.ofString());
        assertThat(opened.statusCode()).isEqualTo(200);
        assertThat(opened.body()).contains("shipped,12");
    }

    private static java.util.Optional<String> resultCard(String thread) {
        return aws.findAll(postRequestedFor(urlPathEqualTo(CHAT))).stream().map(r -> r.getBodyAsString())
                .filter(b -> b.contains("Query finished") && b.contains(thread.substring(0, 8))).findFirst();
    }

    private static List<JsonNode> startedQueries() {
        return aws.findAll(postRequestedFor(urlEqualTo("/"))
                .withHeader("X-Amz-Target", equalTo("AmazonAthena.StartQueryExecution"))).stream()
                .map(r -> Json.read(r.getBodyAsString(), JsonNode.class)).toList();
    }

    private static S3Client s3() {
        return S3Client.builder().region(Region.EU_WEST_1).endpointOverride(URI.create("http://127.0.0.1:" + s3proxy.getPort()))
                .forcePathStyle(true).credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("local", "local")))
                .build();
    }

    private static void stubGlueAndAthena() {
        stub("AWSGlue.GetTables", """
                {"TableList": [{"Name": "orders", "DatabaseName": "shop", "Description": "Customer orders",
                  "StorageDescriptor": {"Columns": [
                    {"Name": "order_id", "Type": "bigint", "Comment": "Order number"},
                    {"Name": "status", "Type": "string", "Comment": "Order status: paid, shipped, delivered"},
                    {"Name": "total_amount", "Type": "decimal(12,2)", "Comment": "Order total (revenue)"}]},
                  "PartitionKeys": [{"Name": "order_date", "Type": "date", "Comment": "Day the order was placed"}]}]}""");
        stub("AmazonAthena.GetWorkGroup", """
                {"WorkGroup": {"Name": "sqlassist", "State": "ENABLED", "Configuration": {
                  "EnforceWorkGroupConfiguration": true, "BytesScannedCutoffPerQuery": 10737418240}}}""");
        stub("AmazonAthena.StartQueryExecution", "{\"QueryExecutionId\": \"q-1\"}");
        stub("AmazonAthena.GetQueryExecution", """
                {"QueryExecution": {"QueryExecutionId": "q-1", "Status": {"State": "SUCCEEDED"},
                  "Statistics": {"DataScannedInBytes": 1234},
                  "ResultConfiguration": {"OutputLocation": "s3://results-bucket/athena-output/q-1.csv"}}}""");
        stub("AmazonAthena.GetQueryResults", """
                {"ResultSet": {"ResultSetMetadata": {"ColumnInfo": [{"Name": "status", "Type": "varchar"},
                    {"Name": "orders", "Type": "bigint"}]},
                  "Rows": [{"Data": [{"VarCharValue": "status"}, {"VarCharValue": "orders"}]},
                           {"Data": [{"VarCharValue": "shipped"}, {"VarCharValue": "12"}]},
                           {"Data": [{"VarCharValue": "paid"}, {"VarCharValue": "5"}]}]}}""");
    }

    private static void stubBedrock() {
        String answer = "{\"sql\": \"SELECT status, COUNT(*) AS orders FROM orders GROUP BY status\", "
                + "\"explanation\": \"Counts orders per status.\", \"tables\": [\"shop.orders\"], \"confidence\": \"high\"}";
        Map<String, Object> message = Map.of("role", "assistant", "content", List.of(Map.of("text", answer)));
        Map<String, Object> reply = Map.of("output", Map.of("message", message), "stopReason", "end_turn",
                "usage", Map.of("inputTokens", 812, "outputTokens", 40, "totalTokens", 852),
                "metrics", Map.of("latencyMs", 120));
        aws.stubFor(post(urlPathMatching("/model/.+/converse")).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json").withBody(Json.write(reply))));
    }

    private static void stub(String target, String body) {
        aws.stubFor(post(urlEqualTo("/")).withHeader("X-Amz-Target", equalTo(target))
                .willReturn(aResponse().withStatus(200).withHeader("Content-Type", AMZ_JSON).withBody(body)));
    }
}
