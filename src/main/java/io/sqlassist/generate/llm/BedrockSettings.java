package io.sqlassist.generate.llm;

import static java.util.Objects.requireNonNull;

import io.sqlassist.aws.AwsClients;
import java.net.URI;
import java.time.Duration;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.bedrockruntime.BedrockRuntimeClient;

/**
 * How to call Claude on Amazon Bedrock.
 *
 * @param region           AWS region of the Bedrock runtime, e.g. {@code us-east-1}
 * @param endpointOverride another endpoint (tests, VPC endpoint), null for the regional default
 * @param modelId          model or inference profile id
 * @param maxTokens        most tokens the model may write per answer
 * @param connectTimeout   TCP connect timeout
 * @param attemptTimeout   longest one HTTP attempt may take (a long SQL answer takes tens of seconds)
 * @param maxAttempts      attempts in all, first one included, for throttling, 5xx and I/O errors
 * @param backoffBase      first retry delay; doubles per retry, with jitter, up to {@code backoffMax}
 * @param backoffMax       longest delay between two attempts
 */
public record BedrockSettings(String region, URI endpointOverride, String modelId, int maxTokens,
                              Duration connectTimeout, Duration attemptTimeout, int maxAttempts,
                              Duration backoffBase, Duration backoffMax) {
    /** Claude Sonnet 4 through the US cross-region inference profile (on-demand calls need a profile). */
    public static final String DEFAULT_MODEL_ID = "us.anthropic.claude-sonnet-4-20250514-v1:0";
    public static final int DEFAULT_MAX_TOKENS = 1500;

    public BedrockSettings {
        requireNonNull(region, "region is null");
        requireNonNull(modelId, "modelId is null");
        requireNonNull(connectTimeout, "connectTimeout is null");
        requireNonNull(attemptTimeout, "attemptTimeout is null");
        requireNonNull(backoffBase, "backoffBase is null");
        requireNonNull(backoffMax, "backoffMax is null");
        if (maxTokens < 1) {
            throw new IllegalArgumentException("maxTokens must be positive");
        }
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("maxAttempts must be at least 1");
        }
    }

    /** Defaults: Claude Sonnet 4 profile, 1,500 tokens, 5 s connect, 120 s per attempt, 4 attempts from 500 ms to 20 s. */
    public static BedrockSettings defaults(String region) {
        return new BedrockSettings(region, null, DEFAULT_MODEL_ID, DEFAULT_MAX_TOKENS, Duration.ofSeconds(5),
                Duration.ofSeconds(120), 4, Duration.ofMillis(500), Duration.ofSeconds(20));
    }

    public BedrockSettings withEndpointOverride(URI endpoint) {
        return new BedrockSettings(region, endpoint, modelId, maxTokens, connectTimeout, attemptTimeout, maxAttempts,
                backoffBase, backoffMax);
    }

    public BedrockSettings withModelId(String model) {
        return new BedrockSettings(region, endpointOverride, model, maxTokens, connectTimeout, attemptTimeout,
                maxAttempts, backoffBase, backoffMax);
    }

    /**
     * A cross-region inference profile serves its own geography only: {@code us.} models are called from a US region,
     * {@code eu.} from an EU one, {@code apac.} from Asia Pacific. Called from elsewhere, every request is denied, so
     * the service refuses to start with the reason instead. Plain model ids and {@code global.} profiles fit anywhere.
     *
     * @throws IllegalArgumentException when the model's profile does not serve the region
     */
    public BedrockSettings checkRegionFitsModel() {
        String geography = modelId.contains(".") ? modelId.substring(0, modelId.indexOf('.')) : "";
        String regionPrefix = switch (geography) {
            case "us" -> "us-";
            case "us-gov" -> "us-gov-";
            case "eu" -> "eu-";
            case "apac" -> "ap-";
            case "ca" -> "ca-";
            case "jp" -> "ap-northeast-";
            default -> null; // a plain model id (vendor.model) or a global profile
        };
        boolean fits = regionPrefix == null || region.startsWith(regionPrefix)
                && !(geography.equals("us") && region.startsWith("us-gov-"));
        if (!fits) {
            throw new IllegalArgumentException("Bedrock model " + modelId + " is a '" + geography + ".' inference"
                    + " profile, which serves only " + regionPrefix + "* regions, not " + region + ": set"
                    + " sqlassist.bedrock.model-id to the profile of this region's geography (us., eu., apac.) or a"
                    + " plain model id, or sqlassist.aws.region to a region the profile serves");
        }
        return this;
    }

    /** Timeouts and retries as the AWS client factory takes them. */
    public AwsClients.CallPolicy callPolicy() {
        return new AwsClients.CallPolicy(connectTimeout, attemptTimeout, maxAttempts, backoffBase, backoffMax);
    }

    /** A Bedrock runtime client with these timeouts, retries and endpoint; the caller owns and closes it. */
    public BedrockRuntimeClient client(AwsCredentialsProvider credentials) {
        return AwsClients.bedrock(Region.of(region), endpointOverride, credentials, callPolicy());
    }

    public BedrockSettings withRetries(int attempts, Duration base, Duration max) {
        return new BedrockSettings(region, endpointOverride, modelId, maxTokens, connectTimeout, attemptTimeout,
                attempts, base, max);
    }
}
