package io.sqlassist.service;

import io.sqlassist.aws.AwsClients;
import io.sqlassist.doctor.AwsPreflight;
import io.sqlassist.doctor.Finding;
import io.sqlassist.doctor.PreflightTarget;
import io.sqlassist.execute.s3.S3ResultPlace;
import io.sqlassist.generate.llm.BedrockSettings;
import java.util.ArrayList;
import java.util.List;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.athena.AthenaClient;
import software.amazon.awssdk.services.bedrockruntime.BedrockRuntimeClient;
import software.amazon.awssdk.services.glue.GlueClient;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.sqs.SqsClient;

/** {@code sqlassist doctor} for the aws profile: the pre-flight with the clients and settings {@code serve} would use. */
public final class Doctor {
    /** The findings, and the account they were made in. */
    public record Report(String account, List<Finding> findings) {
        public boolean ready() {
            return findings.stream().allMatch(Finding::ok);
        }
    }

    private Doctor() {
    }

    public static Report aws(Settings settings) {
        String region = settings.get("sqlassist.aws.region");
        Region awsRegion = Region.of(region);
        String bucket = settings.get("sqlassist.results.bucket");
        String prefix = S3ResultPlace.normalisedPrefix(settings.get("sqlassist.results.prefix"));
        String output = CapabilitySettings.athenaOutputLocation(settings);
        String kms = settings.get("sqlassist.results.kms-key-id");
        PreflightTarget target = new PreflightTarget(awsRegion.metadata() == null ? "aws"
                : awsRegion.metadata().partition().id(), region, CapabilitySettings.queueNames(settings),
                List.copyOf(CapabilitySettings.names(settings.get("sqlassist.glue.databases"))),
                settings.get("sqlassist.athena.workgroup"), output.isBlank() ? null : output, bucket, prefix,
                kms.isBlank() ? null : kms, settings.get("sqlassist.bedrock.model-id"));
        List<Finding> upfront = new ArrayList<>();
        if (bucket.isBlank()) {
            upfront.add(new Finding("a results bucket is configured", false,
                    "sqlassist.results.bucket is not set (SQLASSIST_RESULTS_BUCKET)", null));
        }
        if (target.glueDatabases().isEmpty()) {
            upfront.add(new Finding("Glue databases are configured", false,
                    "sqlassist.glue.databases names no database (SQLASSIST_GLUE_DATABASES)", null));
        }
        BedrockSettings bedrock = BedrockSettings.defaults(region)
                .withEndpointOverride(CapabilitySettings.endpoint(settings, "sqlassist.bedrock.endpoint"))
                .withModelId(target.modelId());
        try {
            bedrock.checkRegionFitsModel();
        } catch (IllegalArgumentException e) {
            upfront.add(new Finding("the Bedrock model fits the region", false, e.getMessage(), null));
        }
        AwsCredentialsProvider credentials = AwsCredentials.of(settings);
        Finding noCredentials = credentialsProblem(credentials);
        if (noCredentials != null) {
            // Every call would fail the same way: say it once.
            upfront.add(noCredentials);
            return new Report("ACCOUNT_ID", upfront);
        }
        try (SqsClient sqs = CapabilitySettings.sqsClient(settings);
             GlueClient glue = AwsClients.glue(awsRegion, CapabilitySettings.endpoint(settings, "sqlassist.glue.endpoint"),
                     credentials);
             AthenaClient athena = AwsClients.athena(awsRegion, CapabilitySettings.endpoint(settings,
                     "sqlassist.athena.endpoint"), credentials);
             S3Client s3 = AwsClients.s3(awsRegion, CapabilitySettings.endpoint(settings, "sqlassist.s3.endpoint"),
                     credentials);
             BedrockRuntimeClient model = bedrock.client(credentials)) {
            AwsPreflight preflight = new AwsPreflight(target, sqs, glue, athena, s3, model);
            List<Finding> findings = new ArrayList<>(upfront);
            findings.addAll(preflight.run());
            return new Report(preflight.account(), findings);
        }
    }

    /** A finding when the credentials the service would use cannot be found; null when they can. */
    static Finding credentialsProblem(AwsCredentialsProvider credentials) {
        try {
            credentials.resolveCredentials();
            return null;
        } catch (SdkClientException e) {
            return new Finding("AWS credentials are available", false, "the SDK's default chain found none"
                    + " (environment, profile, web identity, container, instance): run doctor with the role the service"
                    + " will use, e.g. as a one-off task (docs/deploy.md, section 7), or set AWS_PROFILE", null);
        }
    }
}
