package io.sqlassist.testing;

import io.sqlassist.aws.AwsClients;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.gaul.s3proxy.S3Proxy;
import org.gaul.s3proxy.auth.AuthenticationType;
import org.gaul.s3proxy.nio2blob.TransientNio2BlobStore;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.core.interceptor.SdkExecutionAttribute;
import software.amazon.awssdk.http.apache.ApacheHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.S3Object;

/**
 * S3Proxy in-process (transient store, loopback, dynamic port), speaking the real S3 REST protocol, with a client for
 * the code under test that records each request as sent — proof that encryption was asked for, whatever the fake
 * does with it — and a plain one for the test to read back with.
 */
public final class S3Fake implements AutoCloseable {
    private static final StaticCredentialsProvider CREDENTIALS =
            StaticCredentialsProvider.create(AwsBasicCredentials.create("AKIDTEST", "secret"));

    /** What one request put on the wire: the operation and its encryption headers. */
    public record Sent(String operation, String encryption, String kmsKeyId) {
    }

    private final S3Proxy proxy;
    private final S3Client reader;
    private final S3Client writer;
    private final List<Sent> sent = new CopyOnWriteArrayList<>();

    private S3Fake(S3Proxy proxy) {
        this.proxy = proxy;
        URI endpoint = URI.create("http://127.0.0.1:" + proxy.getPort());
        reader = AwsClients.s3(Region.EU_WEST_1, endpoint, CREDENTIALS);
        writer = S3Client.builder().region(Region.EU_WEST_1).credentialsProvider(CREDENTIALS)
                .endpointOverride(endpoint).forcePathStyle(true).httpClientBuilder(ApacheHttpClient.builder())
                .overrideConfiguration(o -> o.addExecutionInterceptor(new ExecutionInterceptor() {
                    @Override
                    public void beforeTransmission(Context.BeforeTransmission context, ExecutionAttributes attributes) {
                        var headers = context.httpRequest();
                        sent.add(new Sent(attributes.getAttribute(SdkExecutionAttribute.OPERATION_NAME),
                                headers.firstMatchingHeader("x-amz-server-side-encryption").orElse(null),
                                headers.firstMatchingHeader("x-amz-server-side-encryption-aws-kms-key-id").orElse(null)));
                    }
                }))
                .build();
    }

    public static S3Fake start(String bucket) throws Exception {
        S3Proxy proxy = S3Proxy.builder()
                .blobStore(new TransientNio2BlobStore())
                .endpoint(URI.create("http://127.0.0.1:0"))
                .awsAuthentication(AuthenticationType.AWS_V2_OR_V4, "AKIDTEST", "secret")
                .build();
        proxy.start();
        Conditions.await("S3Proxy started", () -> "STARTED".equals(proxy.getState()));
        S3Fake fake = new S3Fake(proxy);
        fake.reader.createBucket(b -> b.bucket(bucket));
        return fake;
    }

    /** Where S3Proxy listens: {@code http://127.0.0.1:PORT}, path-style. */
    public URI endpoint() {
        return URI.create("http://127.0.0.1:" + proxy.getPort());
    }

    /** The client for the code under test: every request it sends is in {@link #sent()}. */
    public S3Client recordingClient() {
        return writer;
    }

    public S3Client reader() {
        return reader;
    }

    public List<Sent> sent() {
        return sent;
    }

    public String text(String bucket, String key) {
        return reader.getObjectAsBytes(r -> r.bucket(bucket).key(key)).asString(StandardCharsets.UTF_8);
    }

    /** Empties the bucket and forgets what was sent. */
    public void clear(String bucket) {
        for (S3Object object : reader.listObjectsV2(r -> r.bucket(bucket)).contents()) {
            reader.deleteObject(r -> r.bucket(bucket).key(object.key()));
        }
        sent.clear();
    }

    @Override
    public void close() throws Exception {
        reader.close();
        writer.close();
        proxy.stop();
    }
}
