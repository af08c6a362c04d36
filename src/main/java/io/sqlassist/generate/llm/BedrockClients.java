package io.sqlassist.generate.llm;

import static java.util.Objects.requireNonNull;

import java.net.URI;
import java.time.Duration;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.awscore.retry.AwsRetryStrategy;
import software.amazon.awssdk.core.client.config.ClientOverrideConfiguration;
import software.amazon.awssdk.http.apache.ApacheHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.retries.api.BackoffStrategy;
import software.amazon.awssdk.retries.api.RetryStrategy;
import software.amazon.awssdk.services.bedrockruntime.BedrockRuntimeClient;

/**
 * Builds Bedrock runtime clients whose retries are the SDK's standard strategy: throttling (429,
 * ThrottlingException), 5xx and I/O errors are retried with exponential backoff and jitter; other 4xx are not.
 */
public final class BedrockClients {
    private BedrockClients() {
    }

    /** A client with the default timeouts and backoff of {@link BedrockSettings#defaults(String)}. */
    public static BedrockRuntimeClient create(String region, URI endpointOverrideOrNull,
                                              AwsCredentialsProvider credentials, int maxAttempts) {
        BedrockSettings defaults = BedrockSettings.defaults(region).withEndpointOverride(endpointOverrideOrNull);
        return create(defaults.withRetries(maxAttempts, defaults.backoffBase(), defaults.backoffMax()), credentials);
    }

    /**
     * @param credentials pass an explicit provider (the default chain in production, static ones in tests); the
     *                    client never falls back to probing on its own
     */
    public static BedrockRuntimeClient create(BedrockSettings settings, AwsCredentialsProvider credentials) {
        requireNonNull(settings, "settings is null");
        requireNonNull(credentials, "credentials is null");
        var builder = BedrockRuntimeClient.builder()
                .region(Region.of(settings.region()))
                .credentialsProvider(credentials)
                .httpClientBuilder(ApacheHttpClient.builder()
                        .connectionTimeout(settings.connectTimeout())
                        .socketTimeout(settings.attemptTimeout()))
                .overrideConfiguration(ClientOverrideConfiguration.builder()
                        .retryStrategy(retryStrategy(settings.maxAttempts(), settings.backoffBase(),
                                settings.backoffMax()))
                        .apiCallAttemptTimeout(settings.attemptTimeout())
                        .build());
        if (settings.endpointOverride() != null) {
            builder.endpointOverride(settings.endpointOverride());
        }
        return builder.build();
    }

    static RetryStrategy retryStrategy(int maxAttempts, Duration base, Duration max) {
        BackoffStrategy backoff = BackoffStrategy.exponentialDelay(base, max);
        return AwsRetryStrategy.standardRetryStrategy().toBuilder()
                .maxAttempts(maxAttempts)
                .backoffStrategy(backoff)
                .throttlingBackoffStrategy(backoff)
                .build();
    }
}
