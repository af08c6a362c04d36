package io.sqlassist.doctor;

import static java.util.Objects.requireNonNull;

import io.sqlassist.execute.athena.AthenaWorkgroupCheck;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.athena.AthenaClient;
import software.amazon.awssdk.services.athena.model.WorkGroup;
import software.amazon.awssdk.services.bedrockruntime.BedrockRuntimeClient;
import software.amazon.awssdk.services.bedrockruntime.model.ContentBlock;
import software.amazon.awssdk.services.bedrockruntime.model.ConversationRole;
import software.amazon.awssdk.services.glue.GlueClient;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.ServerSideEncryption;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.QueueDoesNotExistException;

/**
 * The aws profile's pre-flight: every call the service needs, made once with its credentials, without side effects
 * beyond one small probe object under the results prefix. A refusal by IAM comes back with the statement to add.
 */
public final class AwsPreflight {
    /** Error codes with which AWS services say "not authorized". */
    private static final Set<String> ACCESS_DENIED = Set.of("AccessDenied", "AccessDeniedException",
            "UnauthorizedOperation", "AuthorizationError", "UnrecognizedClientException", "NotAuthorized");
    static final String PROBE = "_doctor/probe.txt";

    private final PreflightTarget target;
    private final SqsClient sqs;
    private final GlueClient glue;
    private final AthenaClient athena;
    private final S3Client s3;
    private final BedrockRuntimeClient bedrock;
    /** Read off the first queue URL that resolves; placeholder in ARNs until then. */
    private String account = "ACCOUNT_ID";

    public AwsPreflight(PreflightTarget target, SqsClient sqs, GlueClient glue, AthenaClient athena, S3Client s3,
                        BedrockRuntimeClient bedrock) {
        this.target = requireNonNull(target, "target is null");
        this.sqs = requireNonNull(sqs, "sqs is null");
        this.glue = requireNonNull(glue, "glue is null");
        this.athena = requireNonNull(athena, "athena is null");
        this.s3 = requireNonNull(s3, "s3 is null");
        this.bedrock = requireNonNull(bedrock, "bedrock is null");
    }

    /** Every check, in the order the service needs them at start and per question. */
    public List<Finding> run() {
        List<Finding> findings = new ArrayList<>();
        for (String queue : target.queues().all()) {
            findings.add(queue(queue));
        }
        for (String database : target.glueDatabases()) {
            findings.add(glueDatabase(database));
        }
        findings.add(workgroup());
        findings.add(resultsBucket());
        findings.add(model());
        return findings;
    }

    /** The account the checks ran in, as the queue URLs give it. */
    public String account() {
        return account;
    }

    private Finding queue(String name) {
        String check = "queue " + name + " resolves";
        try {
            String url = sqs.getQueueUrl(r -> r.queueName(name)).queueUrl();
            String[] path = URI.create(url).getPath().split("/");
            if (path.length >= 2 && path[1].matches("\\d{12}")) {
                account = path[1];
            }
            return Finding.passed(check);
        } catch (QueueDoesNotExistException e) {
            return Finding.failed(check, "no such queue in " + target.region() + " (terraform apply creates it; the name"
                    + " comes from SQLASSIST_QUEUE_*)", null);
        } catch (SdkException e) {
            return failure(check, e, IamGrant.of("sqs:GetQueueUrl", arn("sqs", name)));
        }
    }

    private Finding glueDatabase(String database) {
        String check = "Glue database " + database + " and its tables are readable";
        String catalog = arn("glue", "catalog");
        try {
            glue.getDatabase(r -> r.name(database));
        } catch (SdkException e) {
            return failure(check, e, IamGrant.of("glue:GetDatabase", catalog, arn("glue", "database/" + database)));
        }
        try {
            int tables = glue.getTables(r -> r.databaseName(database).maxResults(1)).tableList().size();
            return tables == 0 ? Finding.failed(check, "the database has no tables for the model to use", null)
                    : Finding.passed(check);
        } catch (SdkException e) {
            return failure(check, e, IamGrant.of("glue:GetTables", catalog, arn("glue", "database/" + database),
                    arn("glue", "table/" + database + "/*")));
        }
    }

    private Finding workgroup() {
        String name = target.workgroup();
        String check = "Athena workgroup " + name + " bounds what a query scans and has an output location";
        WorkGroup workgroup;
        try {
            workgroup = athena.getWorkGroup(r -> r.workGroup(name)).workGroup();
        } catch (SdkException e) {
            return failure(check, e, IamGrant.of("athena:GetWorkGroup", arn("athena", "workgroup/" + name)));
        }
        var configuration = workgroup.configuration();
        List<String> missing = new ArrayList<>(AthenaWorkgroupCheck.unbounded(configuration));
        boolean output = target.outputLocation() != null || configuration != null
                && configuration.resultConfiguration() != null
                && configuration.resultConfiguration().outputLocation() != null;
        if (!output) {
            missing.add("no output location (the workgroup's, or SQLASSIST_ATHENA_OUTPUT_LOCATION)");
        }
        return missing.isEmpty() ? Finding.passed(check)
                : Finding.failed(check, String.join("; ", missing) + " (use the workgroup terraform/athena.tf creates)",
                null);
    }

    private Finding resultsBucket() {
        String key = target.prefix() + PROBE;
        String check = "results can be written to s3://" + target.bucket() + "/" + target.prefix();
        try {
            s3.putObject(r -> r.bucket(target.bucket()).key(key).contentType("text/plain; charset=utf-8")
                    .serverSideEncryption(target.kmsKeyId() == null ? ServerSideEncryption.AES256
                            : ServerSideEncryption.AWS_KMS).ssekmsKeyId(target.kmsKeyId()),
                    RequestBody.fromString("written by sqlassist doctor; safe to delete\n", StandardCharsets.UTF_8));
            return Finding.passed(check);
        } catch (SdkException e) {
            boolean kms = e.getMessage() != null && e.getMessage().contains("kms:");
            return failure(check, e, kms ? IamGrant.of("kms:GenerateDataKey", target.kmsKeyId())
                    : IamGrant.of("s3:PutObject", "arn:" + target.partition() + ":s3:::" + target.bucket() + "/"
                    + target.prefix() + "*"));
        }
    }

    private Finding model() {
        String model = target.modelId();
        String check = "Bedrock model " + model + " answers (a one-token call)";
        try {
            bedrock.converse(r -> r.modelId(model)
                    .messages(m -> m.role(ConversationRole.USER).content(ContentBlock.fromText("Reply with OK.")))
                    .inferenceConfig(c -> c.maxTokens(1)));
            return Finding.passed(check);
        } catch (SdkException e) {
            return failure(check, e, IamGrant.of("bedrock:InvokeModel", modelArns(model).toArray(String[]::new)));
        }
    }

    /** An inference profile (us.…, eu.…) is invoked through the profile and the foundation model it routes to. */
    private List<String> modelArns(String model) {
        if (model.matches("^[a-z-]+\\.anthropic\\..*")) {
            String base = model.substring(model.indexOf('.') + 1);
            return List.of(arn("bedrock", "inference-profile/" + model),
                    "arn:" + target.partition() + ":bedrock:*::foundation-model/" + base);
        }
        return List.of("arn:" + target.partition() + ":bedrock:" + target.region() + "::foundation-model/" + model);
    }

    private String arn(String service, String resource) {
        return "arn:" + target.partition() + ":" + service + ":" + target.region() + ":" + account + ":" + resource;
    }

    private static String shortened(String message) {
        return message == null || message.length() <= 300 ? message : message.substring(0, 300) + "…";
    }

    private static Finding failure(String check, SdkException e, IamGrant grant) {
        boolean denied = e instanceof AwsServiceException service && (service.statusCode() == 403
                || service.awsErrorDetails() != null && ACCESS_DENIED.contains(service.awsErrorDetails().errorCode()));
        String detail = e instanceof AwsServiceException service && service.awsErrorDetails() != null
                ? service.awsErrorDetails().errorCode() + ": " + service.awsErrorDetails().errorMessage()
                : e.getClass().getSimpleName() + ": " + shortened(e.getMessage());
        return Finding.failed(check, detail, denied ? grant : null);
    }
}
