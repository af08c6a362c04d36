package io.sqlassist.execute.s3;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sqlassist.aws.AwsClients;
import io.sqlassist.execute.ResultWriter;
import java.math.BigDecimal;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.gaul.s3proxy.S3Proxy;
import org.gaul.s3proxy.auth.AuthenticationType;
import org.gaul.s3proxy.nio2blob.TransientNio2BlobStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.core.interceptor.SdkExecutionAttribute;
import software.amazon.awssdk.http.apache.ApacheHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.HeadObjectResponse;
import software.amazon.awssdk.services.s3.model.S3Object;

/** Against S3Proxy (in-process, transient store, loopback, dynamic port), speaking the real S3 REST protocol. */
class S3ResultStoreTest {
    private static final String BUCKET = "results";
    private static final StaticCredentialsProvider CREDENTIALS =
            StaticCredentialsProvider.create(AwsBasicCredentials.create("AKIDTEST", "secret"));

    static S3Proxy proxy;
    static S3Client reader;
    static S3Client writer;
    static final List<Sent> SENT = new CopyOnWriteArrayList<>();

    /** What one request put on the wire: the operation and its encryption headers. */
    record Sent(String operation, String encryption, String kmsKeyId) {
    }

    @BeforeAll
    static void startS3() throws Exception {
        proxy = S3Proxy.builder()
                .blobStore(new TransientNio2BlobStore())
                .endpoint(URI.create("http://127.0.0.1:0"))
                .awsAuthentication(AuthenticationType.AWS_V2_OR_V4, "AKIDTEST", "secret")
                .build();
        proxy.start();
        while (!"STARTED".equals(proxy.getState())) {
            Thread.sleep(10);
        }
        URI endpoint = URI.create("http://127.0.0.1:" + proxy.getPort());
        reader = AwsClients.s3(Region.EU_WEST_1, endpoint, CREDENTIALS);
        // The writer sees each request as sent, headers and all: proof that encryption was asked for, whatever the
        // fake does with it.
        writer = S3Client.builder().region(Region.EU_WEST_1).credentialsProvider(CREDENTIALS)
                .endpointOverride(endpoint).forcePathStyle(true).httpClientBuilder(ApacheHttpClient.builder())
                .overrideConfiguration(o -> o.addExecutionInterceptor(new ExecutionInterceptor() {
                    @Override
                    public void beforeTransmission(Context.BeforeTransmission context, ExecutionAttributes attributes) {
                        var headers = context.httpRequest();
                        SENT.add(new Sent(attributes.getAttribute(SdkExecutionAttribute.OPERATION_NAME),
                                headers.firstMatchingHeader("x-amz-server-side-encryption").orElse(null),
                                headers.firstMatchingHeader("x-amz-server-side-encryption-aws-kms-key-id").orElse(null)));
                    }
                }))
                .build();
        reader.createBucket(b -> b.bucket(BUCKET));
    }

    @AfterAll
    static void stopS3() throws Exception {
        reader.close();
        writer.close();
        proxy.stop();
    }

    @BeforeEach
    void clear() {
        SENT.clear();
        for (S3Object object : reader.listObjectsV2(r -> r.bucket(BUCKET)).contents()) {
            reader.deleteObject(r -> r.bucket(BUCKET).key(object.key()));
        }
    }

    @Test
    void finishUploadsTheCsvAndMetadataEncrypted() throws Exception {
        S3ResultStore store = new S3ResultStore(writer, S3ResultSettings.of("s3://results/sqlassist/", null));
        String location;
        try (ResultWriter out = store.open("thread-1")) {
            out.columns(List.of("region", "orders", "revenue", "note"));
            out.row(Arrays.asList("north", 12L, new BigDecimal("1E+3"), null));
            out.row(Arrays.asList("south, \"east\"", 3L, new BigDecimal("2.50"), "x"));
            location = out.finish(Map.of("thread_id", "thread-1", "row_count", 2));
        }

        assertThat(location).isEqualTo("s3://results/sqlassist/thread-1/");
        assertThat(text("sqlassist/thread-1/result.csv")).isEqualTo(
                "region,orders,revenue,note\nnorth,12,1000,\n\"south, \"\"east\"\"\",3,2.50,x\n");
        assertThat(text("sqlassist/thread-1/metadata.json")).contains("\"thread_id\" : \"thread-1\"")
                .contains("\"row_count\" : 2");
        HeadObjectResponse csv = reader.headObject(r -> r.bucket(BUCKET).key("sqlassist/thread-1/result.csv"));
        HeadObjectResponse json = reader.headObject(r -> r.bucket(BUCKET).key("sqlassist/thread-1/metadata.json"));
        assertThat(csv.contentType()).isEqualTo("text/csv; charset=utf-8"); // a browser opening the link reads UTF-8
        assertThat(json.contentType()).startsWith("application/json");
        assertThat(SENT).containsExactly(new Sent("PutObject", "AES256", null), new Sent("PutObject", "AES256", null));
        assertThat(csv.serverSideEncryptionAsString()).isEqualTo("AES256");
    }

    @Test
    void aKmsKeyIsRequestedWhenConfigured() throws Exception {
        S3ResultStore store = new S3ResultStore(writer, new S3ResultSettings(BUCKET, "sqlassist", "alias/results",
                S3ResultSettings.DEFAULT_MULTIPART_THRESHOLD, S3ResultSettings.DEFAULT_PART_SIZE));
        try (ResultWriter out = store.open("thread-2")) {
            out.columns(List.of("n"));
            out.row(List.of(1L));
            out.finish(Map.of());
        }

        assertThat(SENT).containsExactly(new Sent("PutObject", "aws:kms", "alias/results"),
                new Sent("PutObject", "aws:kms", "alias/results"));
    }

    @Test
    void aLargeCsvGoesUpInEncryptedParts() throws Exception {
        S3ResultStore store = new S3ResultStore(writer, new S3ResultSettings(BUCKET, "sqlassist/", null, 0,
                S3ResultSettings.MIN_PART_SIZE));
        String padding = "x".repeat(1000);
        int rows = 6_000; // about 6 MB: two parts
        try (ResultWriter out = store.open("thread-3")) {
            out.columns(List.of("n", "padding"));
            for (long i = 0; i < rows; i++) {
                out.row(List.of(i, padding));
            }
            out.finish(Map.of("row_count", rows));
        }

        // Jackson quotes any value longer than 24 characters without looking, as the local store does.
        StringBuilder expected = new StringBuilder("n,padding\n");
        for (int i = 0; i < rows; i++) {
            expected.append(i).append(",\"").append(padding).append("\"\n");
        }
        HeadObjectResponse head = reader.headObject(r -> r.bucket(BUCKET).key("sqlassist/thread-3/result.csv"));
        assertThat(head.contentLength()).isEqualTo(expected.length());
        assertThat(text("sqlassist/thread-3/result.csv")).isEqualTo(expected.toString());
        assertThat(SENT).extracting(Sent::operation).containsExactly("CreateMultipartUpload", "UploadPart",
                "UploadPart", "CompleteMultipartUpload", "PutObject");
        assertThat(SENT.get(0).encryption()).isEqualTo("AES256");
        assertThat(SENT.get(4).encryption()).isEqualTo("AES256");
    }

    @Test
    void nothingIsUploadedWithoutFinish() throws Exception {
        S3ResultStore store = new S3ResultStore(writer, S3ResultSettings.of("s3://results/sqlassist/", null));
        try (ResultWriter out = store.open("thread-4")) {
            out.columns(List.of("n"));
            out.row(List.of(1L));
        }

        assertThat(SENT).isEmpty();
        assertThat(reader.listObjectsV2(r -> r.bucket(BUCKET)).contents()).isEmpty();
    }

    @Test
    void threadIdsThatEscapeThePrefixAreRefused() {
        S3ResultStore store = new S3ResultStore(writer, S3ResultSettings.of("s3://results/sqlassist/", null));
        for (String bad : List.of("..", ".", "../other", "a/b", "a\\b", "", " ", "a\nb")) {
            assertThatThrownBy(() -> store.open(bad)).as(bad).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("escapes");
        }
        assertThat(SENT).isEmpty();
    }

    private static String text(String key) {
        return reader.getObjectAsBytes(r -> r.bucket(BUCKET).key(key)).asString(StandardCharsets.UTF_8);
    }
}
