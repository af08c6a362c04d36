package io.sqlassist.generate.llm;

import static java.util.Objects.requireNonNull;

import java.time.Duration;

/**
 * How to call an OpenAI-compatible chat completions server (Ollama, vLLM, LM Studio, gateways).
 *
 * @param baseUrl            API root without the trailing slash, e.g. {@code http://localhost:11434/v1}
 * @param model              model name as the server knows it
 * @param apiKey             sent as {@code Authorization: Bearer …}; null or blank sends no header
 * @param jsonResponseFormat send {@code response_format: {"type": "json_object"}}; some servers reject it
 * @param maxTokens          {@code max_tokens} to send, null to leave it to the server
 * @param connectTimeout     TCP connect timeout
 * @param responseTimeout    longest wait for the reply of one attempt (a local model may be slow)
 * @param maxAttempts        attempts in all, first one included, for 429, 5xx and I/O errors
 * @param backoffBase        first retry delay; doubles per retry, up to {@code backoffMax}
 * @param backoffMax         longest delay between two attempts, also the cap on a server's Retry-After
 */
public record OpenAiSettings(String baseUrl, String model, String apiKey, boolean jsonResponseFormat,
                             Integer maxTokens, Duration connectTimeout, Duration responseTimeout, int maxAttempts,
                             Duration backoffBase, Duration backoffMax) {
    public OpenAiSettings {
        requireNonNull(baseUrl, "baseUrl is null");
        requireNonNull(model, "model is null");
        requireNonNull(connectTimeout, "connectTimeout is null");
        requireNonNull(responseTimeout, "responseTimeout is null");
        requireNonNull(backoffBase, "backoffBase is null");
        requireNonNull(backoffMax, "backoffMax is null");
        while (baseUrl.endsWith("/")) {
            baseUrl = baseUrl.substring(0, baseUrl.length() - 1);
        }
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("maxAttempts must be at least 1");
        }
        if (maxTokens != null && maxTokens < 1) {
            throw new IllegalArgumentException("maxTokens must be positive");
        }
    }

    /** Defaults: JSON mode on, 1,500 tokens, 5 s connect, 180 s response, 4 attempts from 1 s to 30 s. */
    public static OpenAiSettings defaults(String baseUrl, String model, String apiKey) {
        return new OpenAiSettings(baseUrl, model, apiKey, true, 1500, Duration.ofSeconds(5), Duration.ofSeconds(180),
                4, Duration.ofSeconds(1), Duration.ofSeconds(30));
    }

    public OpenAiSettings withJsonResponseFormat(boolean enabled) {
        return new OpenAiSettings(baseUrl, model, apiKey, enabled, maxTokens, connectTimeout, responseTimeout,
                maxAttempts, backoffBase, backoffMax);
    }

    public OpenAiSettings withRetries(int attempts, Duration base, Duration max) {
        return new OpenAiSettings(baseUrl, model, apiKey, jsonResponseFormat, maxTokens, connectTimeout,
                responseTimeout, attempts, base, max);
    }

    public OpenAiSettings withTimeouts(Duration connect, Duration response) {
        return new OpenAiSettings(baseUrl, model, apiKey, jsonResponseFormat, maxTokens, connect, response,
                maxAttempts, backoffBase, backoffMax);
    }

    /**
     * The camel-http endpoint for {@code POST {baseUrl}/chat/completions}: failures come back as responses (so that
     * the generator decides on retries) and the timeouts of these settings apply to the connection.
     */
    public String endpointUri() {
        return baseUrl + "/chat/completions?httpMethod=POST&throwExceptionOnFailure=false"
                + "&httpClient.connectTimeout=" + connectTimeout.toMillis()
                + "&httpClient.responseTimeout=" + responseTimeout.toMillis();
    }
}
