package io.sqlassist.testing;

import io.sqlassist.aws.AwsClients;
import io.sqlassist.service.CapabilitySettings;
import io.sqlassist.service.Settings;
import io.sqlassist.sqs.EmbeddedSqs;
import io.sqlassist.sqs.QueueClient;
import io.sqlassist.sqs.QueueNames;
import java.net.URI;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;
import org.gaul.s3proxy.S3Proxy;
import org.gaul.s3proxy.auth.AuthenticationType;
import org.gaul.s3proxy.nio2blob.TransientNio2BlobStore;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.sqs.SqsClient;

/**
 * What the aws profile talks to, on loopback: Glue and Athena ({@link AthenaGlueFake}), S3 (S3Proxy, bucket
 * results-bucket) and SQS (ElasticMQ with the aws profile's queues, Terraform's visibility and redrive), and the
 * properties that point the service at them. The SQL generator is the offline one.
 */
public final class AwsFakes implements AutoCloseable {
    public final AthenaGlueFake athena;
    public final EmbeddedSqs sqs;
    public final QueueClient queues;
    public final QueueNames names;
    private final S3Proxy s3proxy;
    private final SqsClient sqsClient;

    private AwsFakes(AthenaGlueFake athena, S3Proxy s3proxy, EmbeddedSqs sqs, QueueNames names) {
        this.athena = athena;
        this.s3proxy = s3proxy;
        this.sqs = sqs;
        this.names = names;
        this.sqsClient = AwsClients.sqs(sqs.endpoint(), "eu-west-1", true);
        this.queues = new QueueClient(sqsClient);
    }

    /** @param queriesRunFor how long each query stays RUNNING on the Athena fake */
    public static AwsFakes start(Duration queriesRunFor) throws Exception {
        S3Proxy s3proxy = S3Proxy.builder().blobStore(new TransientNio2BlobStore())
                .endpoint(URI.create("http://127.0.0.1:0"))
                .awsAuthentication(AuthenticationType.AWS_V2_OR_V4, "local", "local").build();
        s3proxy.start();
        while (!"STARTED".equals(s3proxy.getState())) {
            Thread.onSpinWait();
        }
        S3Client s3 = S3Client.builder().region(Region.EU_WEST_1).forcePathStyle(true)
                .endpointOverride(URI.create("http://127.0.0.1:" + s3proxy.getPort()))
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("local", "local")))
                .build();
        s3.createBucket(b -> b.bucket("results-bucket"));
        // As Athena does, the fake writes each succeeded query's CSV to the query's output location.
        AthenaGlueFake athena = new AthenaGlueFake(queriesRunFor, (bucket, key, csv) -> s3.putObject(
                r -> r.bucket(bucket).key(key).contentType("text/csv"),
                software.amazon.awssdk.core.sync.RequestBody.fromString(csv)), s3);
        Settings aws = Settings.load("aws", new Properties());
        QueueNames names = CapabilitySettings.queueNames(aws);
        EmbeddedSqs sqs = new EmbeddedSqs("127.0.0.1", 0, names, CapabilitySettings.queueSettings(aws));
        sqs.start();
        return new AwsFakes(athena, s3proxy, sqs, names);
    }

    /** The aws profile pointed at these fakes, with a pending store at {@code pendingUrl}. */
    public Map<String, String> serviceProperties(String pendingUrl) {
        Map<String, String> p = new HashMap<>();
        p.put("sqlassist.aws.region", "eu-west-1");
        p.put("sqlassist.aws.static-credentials", "true");
        p.put("sqlassist.sqs.static-credentials", "true");
        p.put("sqlassist.sqs.endpoint", sqs.endpoint());
        p.put("sqlassist.sqs.wait-seconds", "1");
        p.put("sqlassist.pending.url", pendingUrl);
        p.put("sqlassist.glue.endpoint", athena.endpoint());
        p.put("sqlassist.glue.databases", "shop");
        p.put("sqlassist.athena.endpoint", athena.endpoint());
        p.put("sqlassist.athena.workgroup", "sqlassist-wg");
        p.put("sqlassist.athena.poll-interval-ms", "50");
        p.put("sqlassist.s3.endpoint", "http://127.0.0.1:" + s3proxy.getPort());
        p.put("sqlassist.results.bucket", "results-bucket");
        p.put("sqlassist.generator", "offline");
        p.put("camel.management.enabled", "false");
        return p;
    }

    /**
     * The aws profile on these fakes for tests that kill or stop serve: what a stopped instance held reappears after
     * seconds, not after the production minute, and recovery takes a decided thread up after three seconds.
     */
    public Map<String, String> restartableServeProperties(java.nio.file.Path dataDir, String pendingUrl) {
        Map<String, String> p = serviceProperties(pendingUrl);
        p.put("sqlassist.data-dir", dataDir.toString());
        p.put("sqlassist.sqs.visibility-extension-seconds", "2");
        p.put("sqlassist.pending.recovery-interval-ms", "500");
        p.put("sqlassist.pending.recovery-lease-ms", "3000");
        p.put("sqlassist.log.level", "INFO");
        return p;
    }

    /** Messages on {@code queue}, visible or in flight: what is still to be done or was never acknowledged. */
    public int messagesOn(String queue) {
        var attributes = sqsClient.getQueueAttributes(b -> b.queueUrl(queues.url(queue)).attributeNamesWithStrings(
                "ApproximateNumberOfMessages", "ApproximateNumberOfMessagesNotVisible")).attributesAsStrings();
        return Integer.parseInt(attributes.get("ApproximateNumberOfMessages"))
                + Integer.parseInt(attributes.get("ApproximateNumberOfMessagesNotVisible"));
    }

    @Override
    public void close() throws Exception {
        sqsClient.close();
        sqs.stop();
        s3proxy.stop();
        athena.close();
    }
}
