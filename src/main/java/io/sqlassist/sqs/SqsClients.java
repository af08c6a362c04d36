package io.sqlassist.sqs;

import java.net.URI;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.apache.ApacheHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.SqsClientBuilder;

/** Builds the one SqsClient the routes and the CLI share; an endpoint override points it at ElasticMQ or a fake. */
public final class SqsClients {
    private SqsClients() {
    }

    /**
     * @param endpoint          override URL, or null/blank for the region's real endpoint
     * @param staticCredentials true to use dummy keys (a local endpoint needs some); false for the SDK default chain
     */
    public static SqsClient create(String endpoint, String region, boolean staticCredentials) {
        SqsClientBuilder builder = SqsClient.builder()
                .region(Region.of(region))
                .httpClientBuilder(ApacheHttpClient.builder());
        if (endpoint != null && !endpoint.isBlank()) {
            builder.endpointOverride(URI.create(endpoint));
        }
        builder.credentialsProvider(staticCredentials
                ? StaticCredentialsProvider.create(AwsBasicCredentials.create("local", "local"))
                : DefaultCredentialsProvider.builder().build());
        return builder.build();
    }
}
