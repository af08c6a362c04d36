package io.sqlassist.execute.s3;

import static org.assertj.core.api.Assertions.assertThat;

import io.sqlassist.execute.ResultFile;
import io.sqlassist.testing.S3Fake.Sent;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.services.s3.model.HeadObjectResponse;

/** What goes up to S3, how, and encrypted how. */
class S3ResultRouteTest extends S3ResultRouteTestSupport {
    @TempDir
    Path spool;

    @Override
    String kmsKeyId() {
        return "";
    }

    @BeforeEach
    void clear() {
        s3.clear(BUCKET);
    }

    @Test
    void theCsvAndTheMetadataGoUpEncryptedWithTheirContentTypes() throws Exception {
        String csv = "region,orders\nnorth,12\n\"south, \"\"east\"\"\",3\n";
        Path file = Files.writeString(spool.resolve("result.csv"), csv);

        template.sendBody("direct:keep-result-file",
                new ResultFile("answers/thread-1/result.csv", file.toFile(), "text/csv; charset=utf-8"));
        template.sendBody("direct:keep-result-file", new ResultFile("answers/thread-1/metadata.json",
                "{\"row_count\": 2}".getBytes(StandardCharsets.UTF_8), "application/json"));

        assertThat(s3.text(BUCKET, "answers/thread-1/result.csv")).isEqualTo(csv);
        assertThat(s3.text(BUCKET, "answers/thread-1/metadata.json")).isEqualTo("{\"row_count\": 2}");
        HeadObjectResponse head = s3.reader().headObject(r -> r.bucket(BUCKET).key("answers/thread-1/result.csv"));
        assertThat(head.contentType()).isEqualTo("text/csv; charset=utf-8"); // a browser opening the link reads UTF-8
        assertThat(s3.reader().headObject(r -> r.bucket(BUCKET).key("answers/thread-1/metadata.json")).contentType())
                .startsWith("application/json");
        assertThat(s3.sent()).containsExactly(new Sent("PutObject", "AES256", null), new Sent("PutObject", "AES256", null));
        assertThat(head.serverSideEncryptionAsString()).isEqualTo("AES256");
    }

    @Test
    void headersAnEarlierS3CallLeftDoNotDecideWhereOrHowMuchIsWritten() throws Exception {
        String metadata = "{\"thread_id\": \"thread-4\", \"row_count\": 2}";

        template.sendBodyAndHeaders("direct:keep-result-file", new ResultFile("answers/thread-4/metadata.json",
                metadata.getBytes(StandardCharsets.UTF_8), "application/json"), java.util.Map.of(
                "CamelAwsS3ContentLength", 12L, "CamelAwsS3OverrideBucketName", "athena-output-bucket",
                "CamelAwsS3Key", "athena-output/q-1.csv"));

        assertThat(s3.text(BUCKET, "answers/thread-4/metadata.json")).isEqualTo(metadata);
    }

    @Test
    void aCsvLargerThanAPartGoesUpInEncryptedParts() throws Exception {
        StringBuilder csv = new StringBuilder("n,padding\n");
        String padding = "x".repeat(1000);
        for (int i = 0; i < 6_000; i++) { // about 6 MB: two parts
            csv.append(i).append(",\"").append(padding).append("\"\n");
        }
        Path file = Files.writeString(spool.resolve("result.csv"), csv);

        template.sendBody("direct:keep-result-file",
                new ResultFile("answers/thread-3/result.csv", file.toFile(), "text/csv; charset=utf-8"));

        HeadObjectResponse head = s3.reader().headObject(r -> r.bucket(BUCKET).key("answers/thread-3/result.csv"));
        assertThat(head.contentLength()).isEqualTo(csv.length());
        assertThat(s3.text(BUCKET, "answers/thread-3/result.csv")).isEqualTo(csv.toString());
        assertThat(s3.sent()).extracting(Sent::operation).containsExactly("CreateMultipartUpload", "UploadPart",
                "UploadPart", "CompleteMultipartUpload");
        assertThat(s3.sent().get(0).encryption()).isEqualTo("AES256");
        assertThat(head.contentType()).isEqualTo("text/csv; charset=utf-8");
    }
}
