package io.sqlassist.testing;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import software.amazon.awssdk.core.SdkRequest;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.core.interceptor.SdkExecutionAttribute;

/**
 * Every AWS SDK call made in this JVM while a recording is on, as IAM sees it: the action it needs and the resource
 * it names. Installed in every client through the SDK's global interceptor list (test resources), inert otherwise.
 */
public final class AwsCallRecorder implements ExecutionInterceptor {
    /** One call: its IAM action (s3:PutObject, bedrock:InvokeModel) and what it names (queue, bucket/key, model…). */
    public record Call(String operation, String action, String resource) {
    }

    /** API operations whose IAM action has another name (S3's multipart calls, Bedrock's Converse, S3's HEADs). */
    private static final Map<String, String> ACTION_OF = Map.of(
            "s3:CreateMultipartUpload", "s3:PutObject",
            "s3:UploadPart", "s3:PutObject",
            "s3:CompleteMultipartUpload", "s3:PutObject",
            "s3:HeadObject", "s3:GetObject",
            "s3:HeadBucket", "s3:ListBucket",
            "s3:ListObjectsV2", "s3:ListBucket",
            "bedrock:Converse", "bedrock:InvokeModel",
            "bedrock:ConverseStream", "bedrock:InvokeModelWithResponseStream");
    private static final Map<String, String> PREFIX_OF = Map.of("Sqs", "sqs", "S3", "s3", "Glue", "glue",
            "Athena", "athena", "BedrockRuntime", "bedrock", "Sts", "sts", "SecretsManager", "secretsmanager");

    private static final List<Call> CALLS = new CopyOnWriteArrayList<>();
    private static volatile boolean recording;
    /** Calls from this thread are the test's own (a person's client), not the service's. */
    private static volatile Thread ignored;

    /** Starts recording from scratch. */
    public static void start() {
        CALLS.clear();
        ignored = null;
        recording = true;
    }

    /** From now on, calls made on the calling thread are not the service's and are not recorded. */
    public static void ignoreCallingThread() {
        ignored = Thread.currentThread();
    }

    /** Records the calling thread's calls again (a CLI command run in this thread, as the service's role). */
    public static void recordCallingThread() {
        ignored = null;
    }

    public static List<Call> stop() {
        recording = false;
        return List.copyOf(CALLS);
    }

    @Override
    public void beforeExecution(Context.BeforeExecution context, ExecutionAttributes attributes) {
        if (!recording || Thread.currentThread() == ignored) {
            return;
        }
        String service = attributes.getAttribute(SdkExecutionAttribute.SERVICE_NAME);
        String operation = attributes.getAttribute(SdkExecutionAttribute.OPERATION_NAME);
        String prefix = PREFIX_OF.getOrDefault(service, service.toLowerCase(Locale.ROOT));
        String call = prefix + ":" + operation;
        CALLS.add(new Call(call, ACTION_OF.getOrDefault(call, call), resource(context.request())));
    }

    private static String resource(SdkRequest request) {
        for (String field : List.of("QueueUrl", "QueueName", "ModelId", "WorkGroup", "DatabaseName", "Name")) {
            String value = request.getValueForField(field, String.class).orElse(null);
            if (value != null) {
                return value;
            }
        }
        String bucket = request.getValueForField("Bucket", String.class).orElse(null);
        if (bucket != null) {
            return bucket + request.getValueForField("Key", String.class).map(k -> "/" + k).orElse("");
        }
        return request.getValueForField("QueryExecutionId", String.class).orElse("");
    }
}
