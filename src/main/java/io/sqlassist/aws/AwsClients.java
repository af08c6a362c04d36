package io.sqlassist.aws;

import java.net.URI;
import java.time.Duration;
import java.util.Objects;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.awscore.retry.AwsRetryStrategy;
import software.amazon.awssdk.core.client.config.ClientOverrideConfiguration;
import software.amazon.awssdk.core.retry.RetryMode;
import software.amazon.awssdk.http.apache.ApacheHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.retries.api.BackoffStrategy;
import software.amazon.awssdk.retries.api.RetryStrategy;
import software.amazon.awssdk.services.athena.AthenaClient;
import software.amazon.awssdk.services.bedrockruntime.BedrockRuntimeClient;
import software.amazon.awssdk.services.glue.GlueClient;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.S3Configuration;
import software.amazon.awssdk.services.s3.presigner.S3Presigner;
import software.amazon.awssdk.services.sqs.SqsClient;

/**
 * The one place the service's AWS SDK clients are built: the SDK's standard retry strategy (throttling and 5xx are
 * retried with backoff and jitter, other 4xx are not), the Apache HTTP client, and always explicit credentials,
 * never the default chain's guesswork. An endpoint override points a client at a VPC endpoint or a loopback fake.
 */
public final class AwsClients {
    /** First try plus four retries: Glue throttles catalog reads at a few requests per second per account. */
    public static final int GLUE_MAX_ATTEMPTS = 5;
    private static final ClientOverrideConfiguration ATHENA_OVERRIDES = ClientOverrideConfiguration.builder()
            .retryStrategy(RetryMode.STANDARD)
            .apiCallTimeout(Duration.ofMinutes(2))
            .build();
    // No call timeout for S3: a large result streams for as long as it takes.
    private static final ClientOverrideConfiguration S3_OVERRIDES = ClientOverrideConfiguration.builder()
            .retryStrategy(RetryMode.STANDARD)
            .build();

    private AwsClients() {
    }

    /**
     * How long calls may take and how they are retried, for a client whose calls are long and costly (Bedrock).
     *
     * @param connectTimeout TCP connect timeout
     * @param attemptTimeout longest one HTTP attempt may take
     * @param maxAttempts    attempts in all, first one included
     * @param backoffBase    first retry delay; doubles per retry, with jitter, up to {@code backoffMax}
     * @param backoffMax     longest delay between two attempts
     */
    public record CallPolicy(Duration connectTimeout, Duration attemptTimeout, int maxAttempts, Duration backoffBase,
                             Duration backoffMax) {
    }

    /** @param endpointOverride null for the real service; a loopback URL in tests */
    public static AthenaClient athena(Region region, URI endpointOverride, AwsCredentialsProvider credentials) {
        var builder = AthenaClient.builder()
                .region(Objects.requireNonNull(region, "region"))
                .credentialsProvider(Objects.requireNonNull(credentials, "credentials"))
                .httpClientBuilder(ApacheHttpClient.builder())
                .overrideConfiguration(ATHENA_OVERRIDES);
        if (endpointOverride != null) {
            builder.endpointOverride(endpointOverride);
        }
        return builder.build();
    }

    /** With an endpoint override (an S3-compatible server) addressing is path-style: no bucket DNS names. */
    public static S3Client s3(Region region, URI endpointOverride, AwsCredentialsProvider credentials) {
        var builder = S3Client.builder()
                .region(Objects.requireNonNull(region, "region"))
                .credentialsProvider(Objects.requireNonNull(credentials, "credentials"))
                .httpClientBuilder(ApacheHttpClient.builder())
                .overrideConfiguration(S3_OVERRIDES);
        if (endpointOverride != null) {
            builder.endpointOverride(endpointOverride).forcePathStyle(true);
        }
        return builder.build();
    }

    /** Signs links to S3 objects (no call is made): the same region, credentials and endpoint as {@link #s3}. */
    public static S3Presigner s3Presigner(Region region, URI endpointOverride, AwsCredentialsProvider credentials) {
        var builder = S3Presigner.builder()
                .region(Objects.requireNonNull(region, "region"))
                .credentialsProvider(Objects.requireNonNull(credentials, "credentials"));
        if (endpointOverride != null) {
            builder.endpointOverride(endpointOverride)
                    .serviceConfiguration(S3Configuration.builder().pathStyleAccessEnabled(true).build());
        }
        return builder.build();
    }

    /** The schema provider's client: {@link #GLUE_MAX_ATTEMPTS} attempts, 5 s to connect, 30 s per read. */
    public static GlueClient glue(Region region, URI endpointOverride, AwsCredentialsProvider credentials) {
        var builder = GlueClient.builder()
                .region(Objects.requireNonNull(region, "region"))
                .credentialsProvider(Objects.requireNonNull(credentials, "credentials"))
                .httpClientBuilder(ApacheHttpClient.builder()
                        .connectionTimeout(Duration.ofSeconds(5))
                        .socketTimeout(Duration.ofSeconds(30)))
                .overrideConfiguration(o -> o
                        .retryStrategy(AwsRetryStrategy.standardRetryStrategy().toBuilder()
                                .maxAttempts(GLUE_MAX_ATTEMPTS)
                                .build())
                        .apiCallTimeout(Duration.ofMinutes(2)));
        if (endpointOverride != null) {
            builder.endpointOverride(endpointOverride);
        }
        return builder.build();
    }

    /**
     * The one SqsClient the routes and the CLI share.
     *
     * @param endpoint          override URL (ElasticMQ, a fake), or null/blank for the region's real endpoint
     * @param staticCredentials true for dummy keys (a local endpoint needs some); false for the SDK's default chain
     */
    public static SqsClient sqs(String endpoint, String region, boolean staticCredentials) {
        var builder = SqsClient.builder()
                .region(Region.of(region))
                .httpClientBuilder(ApacheHttpClient.builder())
                .credentialsProvider(staticCredentials
                        ? StaticCredentialsProvider.create(AwsBasicCredentials.create("local", "local"))
                        : DefaultCredentialsProvider.builder().build());
        if (endpoint != null && !endpoint.isBlank()) {
            builder.endpointOverride(URI.create(endpoint));
        }
        return builder.build();
    }

    /** Bedrock's runtime: throttling (429), 5xx and I/O errors retried with the policy's exponential backoff. */
    public static BedrockRuntimeClient bedrock(Region region, URI endpointOverride, AwsCredentialsProvider credentials,
                                               CallPolicy policy) {
        Objects.requireNonNull(policy, "policy");
        var builder = BedrockRuntimeClient.builder()
                .region(Objects.requireNonNull(region, "region"))
                .credentialsProvider(Objects.requireNonNull(credentials, "credentials"))
                .httpClientBuilder(ApacheHttpClient.builder()
                        .connectionTimeout(policy.connectTimeout())
                        .socketTimeout(policy.attemptTimeout()))
                .overrideConfiguration(ClientOverrideConfiguration.builder()
                        .retryStrategy(retryStrategy(policy))
                        .apiCallAttemptTimeout(policy.attemptTimeout())
                        .build());
        if (endpointOverride != null) {
            builder.endpointOverride(endpointOverride);
        }
        return builder.build();
    }

    static RetryStrategy retryStrategy(CallPolicy policy) {
        BackoffStrategy backoff = BackoffStrategy.exponentialDelay(policy.backoffBase(), policy.backoffMax());
        return AwsRetryStrategy.standardRetryStrategy().toBuilder()
                .maxAttempts(policy.maxAttempts())
                .backoffStrategy(backoff)
                .throttlingBackoffStrategy(backoff)
                .build();
    }
}
