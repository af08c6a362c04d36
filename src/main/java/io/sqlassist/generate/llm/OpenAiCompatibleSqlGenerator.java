package io.sqlassist.generate.llm;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.sqlassist.generate.GeneratedSql;
import io.sqlassist.generate.GenerationException;
import io.sqlassist.generate.GenerationRequest;
import io.sqlassist.generate.SqlGenerator;
import io.sqlassist.wire.Json;
import io.sqlassist.wire.TokenUsage;
import java.time.Duration;
import java.time.Instant;
import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.http.base.HttpOperationFailedException;

/**
 * Any OpenAI-compatible {@code /chat/completions} server, called over Camel (camel-http). 429, 5xx and I/O errors are
 * retried with bounded exponential backoff (honouring a capped Retry-After); other 4xx fail at once with the server's
 * message. Thread-safe: it keeps no state between calls.
 */
public final class OpenAiCompatibleSqlGenerator implements SqlGenerator {
    private static final int MAX_ERROR_TEXT = 500;

    private final ProducerTemplate template;
    private final String endpointUri;
    private final OpenAiSettings settings;
    private final PromptBuilder prompts;
    private final RetryBackoff backoff;
    private final SqlAnswerParser parser = new SqlAnswerParser();

    /**
     * @param template    sends the request
     * @param endpointUri a camel-http endpoint for {@code POST {baseUrl}/chat/completions}, or an endpoint (such as
     *                    {@code direct:}) of a route that ends in one; see {@link OpenAiSettings#endpointUri()}
     * @param settings    model, key, request options and retry bounds
     * @param prompts     builds the prompt, with the project's schema renderer
     */
    public OpenAiCompatibleSqlGenerator(ProducerTemplate template, String endpointUri, OpenAiSettings settings,
                                        PromptBuilder prompts) {
        this.template = requireNonNull(template, "template is null");
        this.endpointUri = requireNonNull(endpointUri, "endpointUri is null");
        this.settings = requireNonNull(settings, "settings is null");
        this.prompts = requireNonNull(prompts, "prompts is null");
        this.backoff = new RetryBackoff(settings.backoffBase(), settings.backoffMax());
    }

    /** Sends straight to {@link OpenAiSettings#endpointUri()}. */
    public OpenAiCompatibleSqlGenerator(ProducerTemplate template, OpenAiSettings settings, PromptBuilder prompts) {
        this(template, requireNonNull(settings, "settings is null").endpointUri(), settings, prompts);
    }

    @Override
    public GeneratedSql generate(GenerationRequest request) {
        String body = requestBody(prompts.build(request));
        for (int attempt = 1; ; attempt++) {
            Reply reply = send(body);
            if (reply.status() >= 200 && reply.status() < 300) {
                return answer(reply.body());
            }
            boolean transientFailure = reply.status() == 429 || reply.status() >= 500 || reply.status() < 0;
            if (!transientFailure) {
                throw new GenerationException("chat completions at " + settings.baseUrl() + " refused the request: "
                        + describe(reply));
            }
            if (attempt >= settings.maxAttempts()) {
                throw new GenerationException("chat completions at " + settings.baseUrl() + " still failing after "
                        + attempt + " attempts: " + describe(reply), reply.failure());
            }
            pause(backoff.delay(attempt, reply.retryAfter(), Instant.now()));
        }
    }

    String requestBody(SqlPrompt prompt) {
        ObjectNode body = Json.MAPPER.createObjectNode();
        body.put("model", settings.model());
        var messages = body.putArray("messages");
        messages.addObject().put("role", "system").put("content", prompt.system());
        messages.addObject().put("role", "user").put("content", prompt.user());
        body.put("temperature", 0);
        if (settings.maxTokens() != null) {
            body.put("max_tokens", settings.maxTokens());
        }
        if (settings.jsonResponseFormat()) {
            body.putObject("response_format").put("type", "json_object");
        }
        return Json.write(body);
    }

    private Reply send(String body) {
        Exchange exchange = template.send(endpointUri, e -> {
            Message in = e.getIn();
            in.setBody(body);
            in.setHeader(Exchange.CONTENT_TYPE, "application/json");
            in.setHeader(Exchange.CHARSET_NAME, "UTF-8");
            in.setHeader("Accept", "application/json");
            if (settings.apiKey() != null && !settings.apiKey().isBlank()) {
                in.setHeader("Authorization", "Bearer " + settings.apiKey());
            }
        });
        Exception failure = exchange.getException();
        if (failure instanceof HttpOperationFailedException http) {
            // A route whose http endpoint throws on failure: the same information, carried by the exception.
            String retryAfter = http.getResponseHeaders() == null ? null : http.getResponseHeaders().get("Retry-After");
            return new Reply(http.getStatusCode(), http.getResponseBody(), retryAfter, http);
        }
        if (failure != null) {
            return new Reply(-1, null, null, failure);
        }
        Message out = exchange.getMessage();
        Integer status = out.getHeader(Exchange.HTTP_RESPONSE_CODE, Integer.class);
        return new Reply(status == null ? 200 : status, out.getBody(String.class),
                out.getHeader("Retry-After", String.class), null);
    }

    private GeneratedSql answer(String body) {
        JsonNode response;
        try {
            response = Json.MAPPER.readTree(body == null ? "" : body);
        } catch (JsonProcessingException e) {
            throw new GenerationException("chat completions at " + settings.baseUrl() + " answered with something "
                    + "other than JSON: " + cut(body), e);
        }
        JsonNode choice = response == null ? null : response.path("choices").path(0);
        if (choice == null || choice.isMissingNode()) {
            throw new GenerationException("chat completions at " + settings.baseUrl() + " answered without choices: "
                    + cut(body));
        }
        TokenUsage usage = usage(response.path("usage"));
        String finish = choice.path("finish_reason").asText("");
        if ("length".equals(finish)) {
            return GeneratedSql.refused("the model's answer was cut off at its token limit").withUsage(usage);
        }
        if ("content_filter".equals(finish)) {
            return GeneratedSql.refused("the model's answer was blocked by a content filter").withUsage(usage);
        }
        JsonNode content = choice.path("message").path("content");
        String text = content.isTextual() ? content.asText() : null;
        return parser.parse(text).withUsage(usage);
    }

    private static TokenUsage usage(JsonNode usage) {
        if (!usage.isObject() || !usage.path("prompt_tokens").isNumber()) {
            return null;
        }
        return new TokenUsage(usage.path("prompt_tokens").asLong(), usage.path("completion_tokens").asLong());
    }

    private static String describe(Reply reply) {
        if (reply.status() < 0) {
            return reply.failure().getClass().getSimpleName() + ": " + reply.failure().getMessage();
        }
        return "HTTP " + reply.status() + ": " + serverMessage(reply.body());
    }

    /** OpenAI's {"error":{"message"}}, Ollama's {"error": "..."}, FastAPI's {"detail"}; otherwise the raw text. */
    private static String serverMessage(String body) {
        if (body == null || body.isBlank()) {
            return "(no body)";
        }
        try {
            JsonNode error = Json.MAPPER.readTree(body);
            for (JsonNode candidate : new JsonNode[] {error.path("error").path("message"), error.path("error"),
                    error.path("message"), error.path("detail")}) {
                if (candidate.isTextual() && !candidate.asText().isBlank()) {
                    return cut(candidate.asText());
                }
            }
        } catch (JsonProcessingException notJson) {
            // fall through to the raw text
        }
        return cut(body);
    }

    private static String cut(String text) {
        if (text == null) {
            return "(no body)";
        }
        String stripped = text.strip();
        return stripped.length() <= MAX_ERROR_TEXT ? stripped : stripped.substring(0, MAX_ERROR_TEXT) + "…";
    }

    private static void pause(Duration delay) {
        try {
            Thread.sleep(delay.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new GenerationException("interrupted while waiting to retry chat completions", e);
        }
    }

    @Override
    public String name() {
        return "openai";
    }

    /** One HTTP outcome; status -1 when no response arrived (connection refused, timeout). */
    private record Reply(int status, String body, String retryAfter, Exception failure) {
    }
}
