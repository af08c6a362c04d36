package io.sqlassist.generate.llm;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import io.sqlassist.generate.GeneratedSql;
import io.sqlassist.generate.GenerationException;
import io.sqlassist.wire.Confidence;
import io.sqlassist.wire.TokenUsage;
import java.time.Duration;
import org.apache.camel.CamelContext;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.impl.DefaultCamelContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class OpenAiCompatibleSqlGeneratorTest {
    private static final String PATH = "/v1/chat/completions";
    private static final String SQL = "SELECT c.country, sum(o.total_amount) AS revenue FROM sales.orders o "
            + "JOIN sales.customers c ON o.customer_id = c.customer_id GROUP BY c.country";

    private final ObjectMapper json = new ObjectMapper();
    private WireMockServer server;
    private CamelContext camel;
    private ProducerTemplate template;
    private OpenAiSettings settings;

    @BeforeEach
    void start() {
        server = new WireMockServer(options().dynamicPort().bindAddress("127.0.0.1"));
        server.start();
        camel = new DefaultCamelContext();
        camel.start();
        template = camel.createProducerTemplate();
        settings = OpenAiSettings.defaults("http://127.0.0.1:" + server.port() + "/v1/", "qwen2.5-coder:7b",
                "sk-test-key").withRetries(3, Duration.ofMillis(5), Duration.ofSeconds(2));
    }

    @AfterEach
    void stop() {
        camel.stop();
        server.stop();
    }

    private OpenAiCompatibleSqlGenerator generator(OpenAiSettings with) {
        return new OpenAiCompatibleSqlGenerator(template, with, PromptBuilder.withPlainSchema());
    }

    @Test
    void postsChatCompletionsAndReadsTheAnswerAndUsage() throws Exception {
        server.stubFor(post(urlEqualTo(PATH)).willReturn(ok(answer(SQL + ";"))));

        GeneratedSql generated = generator(settings).generate(LlmFixtures.refinement());

        assertThat(generated.sql()).isEqualTo(SQL);
        assertThat(generated.confidence()).isEqualTo(Confidence.medium);
        assertThat(generated.tables()).containsExactly("sales.orders", "sales.customers");
        assertThat(generated.usage()).isEqualTo(new TokenUsage(900, 60));

        var sent = server.findAll(postRequestedFor(urlEqualTo(PATH))
                .withHeader("Authorization", equalTo("Bearer sk-test-key"))
                .withHeader("Content-Type", com.github.tomakehurst.wiremock.client.WireMock.containing("application/json")));
        assertThat(sent).hasSize(1);
        JsonNode body = json.readTree(sent.get(0).getBodyAsString());
        assertThat(body.path("model").asText()).isEqualTo("qwen2.5-coder:7b");
        assertThat(body.path("temperature").isNumber()).isTrue();
        assertThat(body.path("temperature").asDouble()).isZero();
        assertThat(body.at("/response_format/type").asText()).isEqualTo("json_object");
        assertThat(body.at("/messages/0/role").asText()).isEqualTo("system");
        assertThat(body.at("/messages/0/content").asText()).contains("TABLE sales.orders", "INTERVAL '7' DAY");
        assertThat(body.at("/messages/1/role").asText()).isEqualTo("user");
        assertThat(body.at("/messages/1/content").asText()).contains("Reviewer's feedback: only 2024", "per month");
        assertThat(body.path("messages")).hasSize(2);
    }

    @Test
    void withoutAKeyOrJsonModeSendsNeither() throws Exception {
        server.stubFor(post(urlEqualTo(PATH)).willReturn(ok(answer(SQL))));
        OpenAiSettings local = OpenAiSettings.defaults("http://127.0.0.1:" + server.port() + "/v1", "llama3", null)
                .withJsonResponseFormat(false);

        generator(local).generate(LlmFixtures.first());

        var sent = server.findAll(postRequestedFor(urlEqualTo(PATH)));
        assertThat(sent.get(0).containsHeader("Authorization")).isFalse();
        assertThat(json.readTree(sent.get(0).getBodyAsString()).has("response_format")).isFalse();
    }

    @Test
    void proseFromTheModelIsRefusedNotGuessed() {
        server.stubFor(post(urlEqualTo(PATH)).willReturn(ok("Sure! Here it is: " + SQL)));

        GeneratedSql generated = generator(settings).generate(LlmFixtures.first());

        assertThat(generated.refusalReason()).startsWith("the model's answer could not be read");
        assertThat(generated.usage()).isEqualTo(new TokenUsage(900, 60));
    }

    @Test
    void honoursRetryAfterOn429ThenSucceeds() {
        server.stubFor(post(urlEqualTo(PATH)).inScenario("busy").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(aResponse().withStatus(429).withHeader("Retry-After", "1")
                        .withHeader("Content-Type", "application/json")
                        .withBody("{\"error\":{\"message\":\"Rate limit reached\",\"type\":\"rate_limit\"}}"))
                .willSetStateTo("free"));
        server.stubFor(post(urlEqualTo(PATH)).inScenario("busy").whenScenarioStateIs("free")
                .willReturn(ok(answer(SQL))));

        long started = System.nanoTime();
        GeneratedSql generated = generator(settings).generate(LlmFixtures.first());
        Duration took = Duration.ofNanos(System.nanoTime() - started);

        assertThat(generated.sql()).isEqualTo(SQL);
        assertThat(server.findAll(postRequestedFor(urlEqualTo(PATH)))).hasSize(2);
        assertThat(took).isGreaterThanOrEqualTo(Duration.ofMillis(950));
    }

    @Test
    void persistentServerErrorFailsAfterTheConfiguredAttempts() {
        server.stubFor(post(urlEqualTo(PATH)).willReturn(aResponse().withStatus(500)
                .withBody("{\"error\":{\"message\":\"model crashed\"}}")));

        assertThatThrownBy(() -> generator(settings).generate(LlmFixtures.first()))
                .isInstanceOf(GenerationException.class)
                .hasMessageContaining("after 3 attempts").hasMessageContaining("HTTP 500: model crashed");
        assertThat(server.findAll(postRequestedFor(urlEqualTo(PATH)))).hasSize(3);
    }

    @Test
    void unauthorisedFailsAtOnceWithTheServersMessage() {
        server.stubFor(post(urlEqualTo(PATH)).willReturn(aResponse().withStatus(401)
                .withHeader("Content-Type", "application/json")
                .withBody("{\"error\":{\"message\":\"Incorrect API key provided\",\"code\":\"invalid_api_key\"}}")));

        assertThatThrownBy(() -> generator(settings).generate(LlmFixtures.first()))
                .isInstanceOf(GenerationException.class)
                .hasMessageContaining("HTTP 401: Incorrect API key provided")
                .hasMessageNotContaining("sk-test-key");
        assertThat(server.findAll(postRequestedFor(urlEqualTo(PATH)))).hasSize(1);
    }

    @Test
    void aSlowServerTimesOutAndIsRetried() {
        server.stubFor(post(urlEqualTo(PATH)).willReturn(ok(answer(SQL)).withFixedDelay(1500)));
        OpenAiSettings impatient = settings.withTimeouts(Duration.ofSeconds(1), Duration.ofMillis(200))
                .withRetries(2, Duration.ofMillis(5), Duration.ofMillis(5));

        assertThatThrownBy(() -> generator(impatient).generate(LlmFixtures.first()))
                .isInstanceOf(GenerationException.class).hasMessageContaining("after 2 attempts")
                .hasMessageContaining("Timeout");
        assertThat(server.findAll(postRequestedFor(urlEqualTo(PATH)))).hasSize(2);
    }

    @Test
    void worksThroughARouteWhoseHttpEndpointThrowsOnFailure() throws Exception {
        camel.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:chat-completions")
                        .toD("http://127.0.0.1:" + server.port() + PATH + "?httpMethod=POST");
            }
        });
        server.stubFor(post(urlEqualTo(PATH)).inScenario("down").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(aResponse().withStatus(503).withBody("overloaded")).willSetStateTo("up"));
        server.stubFor(post(urlEqualTo(PATH)).inScenario("down").whenScenarioStateIs("up")
                .willReturn(ok(answer(SQL))));

        GeneratedSql generated = new OpenAiCompatibleSqlGenerator(template, "direct:chat-completions", settings,
                PromptBuilder.withPlainSchema()).generate(LlmFixtures.first());

        assertThat(generated.sql()).isEqualTo(SQL);
        assertThat(server.findAll(postRequestedFor(urlEqualTo(PATH)))).hasSize(2);
    }

    private ResponseDefinitionBuilder ok(String modelText) {
        var root = json.createObjectNode().put("id", "chatcmpl-1").put("object", "chat.completion")
                .put("model", "qwen2.5-coder:7b");
        var choice = root.putArray("choices").addObject().put("index", 0).put("finish_reason", "stop");
        choice.putObject("message").put("role", "assistant").put("content", modelText);
        root.putObject("usage").put("prompt_tokens", 900).put("completion_tokens", 60).put("total_tokens", 960);
        return aResponse().withStatus(200).withHeader("Content-Type", "application/json").withBody(root.toString());
    }

    private String answer(String sql) {
        var answer = json.createObjectNode().put("sql", sql).put("explanation", "Revenue per country.");
        answer.putArray("tables").add("sales.orders").add("sales.customers");
        return answer.put("confidence", "medium").toString();
    }
}
