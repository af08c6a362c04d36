package io.sqlassist.schema.glue;

import static java.util.Objects.requireNonNull;

import java.net.URI;
import java.time.Duration;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.awscore.retry.AwsRetryStrategy;
import software.amazon.awssdk.http.apache.ApacheHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.glue.GlueClient;

/** Builds the {@link GlueClient} the schema provider uses. */
public final class GlueClients {
    /** First try plus four retries: Glue throttles catalog reads at a few requests per second per account. */
    public static final int MAX_ATTEMPTS = 5;

    private GlueClients() {
    }

    /**
     * A client using the SDK's standard retry strategy (exponential backoff with jitter; throttling errors
     * and 5xx answers are retried, other 4xx are not) and the Apache HTTP client.
     *
     * @param endpointOverride null for the regional endpoint; set for a VPC endpoint or a test fake
     */
    public static GlueClient create(Region region, URI endpointOverride, AwsCredentialsProvider credentials) {
        requireNonNull(region, "region is null");
        requireNonNull(credentials, "credentials is null");
        var builder = GlueClient.builder()
                .region(region)
                .credentialsProvider(credentials)
                .httpClientBuilder(ApacheHttpClient.builder()
                        .connectionTimeout(Duration.ofSeconds(5))
                        .socketTimeout(Duration.ofSeconds(30)))
                .overrideConfiguration(o -> o
                        .retryStrategy(AwsRetryStrategy.standardRetryStrategy().toBuilder()
                                .maxAttempts(MAX_ATTEMPTS)
                                .build())
                        .apiCallTimeout(Duration.ofMinutes(2)));
        if (endpointOverride != null) {
            builder.endpointOverride(endpointOverride);
        }
        return builder.build();
    }
}
