package io.sqlassist.service;

import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;

/**
 * Credentials for the AWS SDK clients: the SDK's default chain (the ECS task role), or dummy keys for loopback fakes
 * and the local profile — which must never fall back to the chain, as it probes the instance metadata service.
 */
final class AwsCredentials {
    private AwsCredentials() {
    }

    static AwsCredentialsProvider of(Settings settings) {
        return settings.getBoolean("sqlassist.aws.static-credentials")
                ? StaticCredentialsProvider.create(AwsBasicCredentials.create("local", "local"))
                : DefaultCredentialsProvider.builder().build();
    }
}
