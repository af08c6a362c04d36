package io.sqlassist.aws;

import java.net.URI;
import java.time.Duration;
import java.util.Objects;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.core.client.config.ClientOverrideConfiguration;
import software.amazon.awssdk.core.retry.RetryMode;
import software.amazon.awssdk.http.apache.ApacheHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.athena.AthenaClient;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * Builds the SDK clients the AWS profile uses: standard retry mode (throttling and 5xx are retried with
 * backoff by the SDK), the Apache HTTP client, and always explicit credentials, never the default chain's guesswork.
 */
public final class AwsClients {
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
}
