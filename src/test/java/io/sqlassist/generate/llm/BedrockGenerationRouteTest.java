package io.sqlassist.generate.llm;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import io.sqlassist.generate.Draft;
import io.sqlassist.generate.GeneratedSql;
import io.sqlassist.generate.GenerationException;
import io.sqlassist.generate.GenerationRequest;
import io.sqlassist.testing.RouteFiles;
import io.sqlassist.wire.Confidence;
import io.sqlassist.wire.Question;
import io.sqlassist.wire.TokenUsage;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.apache.camel.CamelContext;
import org.apache.camel.CamelExecutionException;
import org.apache.camel.RoutesBuilder;
import org.apache.camel.spi.Registry;
import org.apache.camel.test.junit5.CamelTestSupport;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.services.bedrockruntime.BedrockRuntimeClient;
import software.amazon.awssdk.services.bedrockruntime.model.ThrottlingException;

/** routes/generate-bedrock.camel.yaml, as it ships, against a Bedrock Runtime fake on loopback. */
class BedrockGenerationRouteTest extends CamelTestSupport {
    private static final String CONVERSE = "/model/us.anthropic.claude-sonnet-4-20250514-v1%3A0/converse";
    private static final String ROUTE = "direct:write-sql-bedrock";
    private static final String SQL = "SELECT c.country, sum(o.total_amount) AS revenue FROM sales.orders o "
            + "JOIN sales.customers c ON o.customer_id = c.customer_id "
            + "WHERE o.dt >= cast(date_add('day', -7, current_date) AS varchar) GROUP BY c.country";

    private static final ObjectMapper json = new ObjectMapper();
    private static WireMockServer bedrock;
    private BedrockRuntimeClient client;

    @BeforeAll
    static void startFake() {
        bedrock = new WireMockServer(options().dynamicPort().bindAddress("127.0.0.1"));
        bedrock.start();
    }

    @AfterAll
    static void stopFake() {
        bedrock.stop();
    }

    @BeforeEach
    void resetFake() {
        bedrock.resetAll();
    }

    @Override
    protected void bindToRegistry(Registry registry) {
        BedrockSettings settings = BedrockSettings.defaults("us-east-1")
                .withEndpointOverride(URI.create("http://127.0.0.1:" + bedrock.port()))
                .withRetries(3, Duration.ofMillis(5), Duration.ofMillis(20));
        client = settings.client(
                StaticCredentialsProvider.create(AwsBasicCredentials.create("AKIDEXAMPLE", "not-a-secret")));
        registry.bind("bedrockRuntimeClient", client);
        registry.bind("noStreamingBedrock", NoStreamingBedrock.client());
        registry.bind("bedrockConverse", new BedrockConverse(settings, PromptBuilder.withPlainSchema()));
        registry.bind("promptCatalog", new PromptCatalog(8));
    }

    @Override
    protected CamelContext createCamelContext() throws Exception {
        CamelContext camel = super.createCamelContext();
        // The route exists only where this generator is the one configured.
        camel.getPropertiesComponent().addInitialProperty("sqlassist.generator", "bedrock");
        return camel;
    }

    @Override
    protected RoutesBuilder[] createRouteBuilders() throws Exception {
        return RouteFiles.load(context, "generate-bedrock.camel.yaml", "dead-letters.camel.yaml");
    }

    @Override
    protected void doPostTearDown() {
        client.close();
    }

    private GeneratedSql generate(GenerationRequest request) {
        Draft draft = new Draft(new Question(1, "t-1", request.question(), "ann", null, null), Instant.now(), List.of(),
                1, request, null, 0, null, null);
        return template.requestBody(ROUTE, draft, GeneratedSql.class);
    }

    /** What the route's caller sees when the call fails: the exception the generation retries act on. */
    private static Throwable failure(Runnable call) {
        try {
            call.run();
        } catch (CamelExecutionException e) {
            return e.getCause();
        }
        throw new AssertionError("the route answered instead of failing");
    }

    @Test
    void sendsAConverseRequestAndReadsTheAnswerAndUsage() throws Exception {
        bedrock.stubFor(post(urlEqualTo(CONVERSE)).willReturn(ok(answer(SQL + ";"))));

        GeneratedSql generated = generate(LlmFixtures.refinement());

        assertThat(generated.sql()).isEqualTo(SQL);
        assertThat(generated.confidence()).isEqualTo(Confidence.high);
        assertThat(generated.tables()).containsExactly("sales.orders", "sales.customers");
        assertThat(generated.usage()).isEqualTo(new TokenUsage(1234, 87));

        var sent = bedrock.findAll(postRequestedFor(urlEqualTo(CONVERSE)));
        assertThat(sent).hasSize(1);
        assertThat(sent.get(0).getHeader("Authorization")).startsWith("AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/");
        JsonNode body = json.readTree(sent.get(0).getBodyAsString());
        assertThat(body.at("/system/0/text").asText()).contains("TABLE sales.orders", "date_add('day', -7, current_date)");
        assertThat(body.at("/messages/0/role").asText()).isEqualTo("user");
        assertThat(body.at("/messages/0/content/0/text").asText())
                .contains("Question: " + LlmFixtures.QUESTION, "per month please");
        assertThat(body.at("/inferenceConfig/temperature").asDouble()).isZero();
        assertThat(body.at("/inferenceConfig/temperature").isMissingNode()).isFalse();
        assertThat(body.at("/inferenceConfig/maxTokens").asInt()).isEqualTo(1500);
    }

    @Test
    void aRefusalFromTheModelIsARefusalWithUsage() {
        String refusal = "{\"sql\": null, \"refusal\": \"no table holds salaries\", \"confidence\": \"low\"}";
        bedrock.stubFor(post(urlEqualTo(CONVERSE)).willReturn(ok(refusal)));

        GeneratedSql generated = generate(LlmFixtures.first());

        assertThat(generated.refusalReason()).isEqualTo("no table holds salaries");
        assertThat(generated.usage()).isEqualTo(new TokenUsage(1234, 87));
    }

    @Test
    void anAnswerCutOffAtMaxTokensIsRefused() throws Exception {
        String cut = json.writeValueAsString(json.readTree(converse("{\"sql\": \"SELECT"))).replace("end_turn", "max_tokens");
        bedrock.stubFor(post(urlEqualTo(CONVERSE)).willReturn(ok(cut)));

        assertThat(generate(LlmFixtures.first()).refusalReason()).contains("cut off at 1500 tokens");
    }

    @Test
    void retriesThrottlingThenSucceeds() {
        bedrock.stubFor(post(urlEqualTo(CONVERSE)).inScenario("throttled").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(throttled()).willSetStateTo("once"));
        bedrock.stubFor(post(urlEqualTo(CONVERSE)).inScenario("throttled").whenScenarioStateIs("once")
                .willReturn(throttled()).willSetStateTo("twice"));
        bedrock.stubFor(post(urlEqualTo(CONVERSE)).inScenario("throttled").whenScenarioStateIs("twice")
                .willReturn(ok(answer(SQL))));

        assertThat(generate(LlmFixtures.first()).sql()).isEqualTo(SQL);
        assertThat(bedrock.findAll(postRequestedFor(urlEqualTo(CONVERSE)))).hasSizeGreaterThanOrEqualTo(3);
    }

    @Test
    void persistentThrottlingFailsWithTheThrottlingCause() {
        bedrock.stubFor(post(urlEqualTo(CONVERSE)).willReturn(throttled()));

        assertThat(failure(() -> generate(LlmFixtures.first())))
                .isInstanceOf(GenerationException.class).hasCauseInstanceOf(ThrottlingException.class);
        assertThat(bedrock.findAll(postRequestedFor(urlEqualTo(CONVERSE)))).hasSize(3);
    }

    @Test
    void persistentServerErrorFailsAfterTheConfiguredAttempts() {
        bedrock.stubFor(post(urlEqualTo(CONVERSE)).willReturn(aResponse().withStatus(500)
                .withHeader("Content-Type", "application/json")
                .withHeader("x-amzn-ErrorType", "InternalServerException")
                .withBody("{\"message\":\"Internal server error\"}")));

        assertThat(failure(() -> generate(LlmFixtures.first())))
                .isInstanceOf(GenerationException.class).hasMessageContaining("Internal server error");
        assertThat(bedrock.findAll(postRequestedFor(urlEqualTo(CONVERSE)))).hasSize(3);
    }

    @Test
    void aValidationErrorIsNotRetried() {
        bedrock.stubFor(post(urlEqualTo(CONVERSE)).willReturn(aResponse().withStatus(400)
                .withHeader("Content-Type", "application/json")
                .withHeader("x-amzn-ErrorType", "ValidationException")
                .withBody("{\"message\":\"The provided model identifier is invalid.\"}")));

        // The client retries up to 3 times (bindToRegistry): a retry would show as a second request.
        assertThat(failure(() -> generate(LlmFixtures.first())))
                .isInstanceOf(GenerationException.class).hasMessageContaining("model identifier is invalid");
        assertThat(bedrock.findAll(postRequestedFor(urlEqualTo(CONVERSE)))).hasSize(1);
    }

    private static com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder throttled() {
        return aResponse().withStatus(429).withHeader("Content-Type", "application/json")
                .withHeader("x-amzn-ErrorType", "ThrottlingException")
                .withBody("{\"message\":\"Too many requests\"}");
    }

    private static com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder ok(String modelText) {
        String body = modelText.startsWith("{\"output\"") ? modelText : converse(modelText);
        return aResponse().withStatus(200).withHeader("Content-Type", "application/json").withBody(body);
    }

    private static String converse(String modelText) {
        var root = json.createObjectNode();
        var message = root.putObject("output").putObject("message").put("role", "assistant");
        message.putArray("content").addObject().put("text", modelText);
        root.put("stopReason", "end_turn");
        root.putObject("usage").put("inputTokens", 1234).put("outputTokens", 87).put("totalTokens", 1321);
        root.putObject("metrics").put("latencyMs", 2100);
        return root.toString();
    }

    private static String answer(String sql) {
        var answer = json.createObjectNode().put("sql", sql).put("explanation", "Revenue per country, last 7 days.");
        answer.putArray("tables").add("sales.orders").add("sales.customers");
        return answer.put("confidence", "high").toString();
    }
}
