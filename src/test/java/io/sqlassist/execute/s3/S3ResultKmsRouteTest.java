package io.sqlassist.execute.s3;

import static org.assertj.core.api.Assertions.assertThat;

import io.sqlassist.execute.ResultFile;
import io.sqlassist.testing.S3Fake.Sent;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** With sqlassist.results.kms-key-id set, every object is written with SSE-KMS under that key. */
class S3ResultKmsRouteTest extends S3ResultRouteTestSupport {
    @Override
    String kmsKeyId() {
        return "arn:aws:kms:eu-west-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab";
    }

    @Test
    void theConfiguredKeyIsRequested() {
        template.sendBody("direct:keep-result-file", new ResultFile("answers/thread-2/metadata.json",
                "{}".getBytes(StandardCharsets.UTF_8), "application/json"));

        // Each aws2-s3 endpoint sends HeadBucket as it starts (a 403 there is ignored with autoCreateBucket=false).
        assertThat(s3.sent()).filteredOn(sent -> !sent.operation().equals("HeadBucket"))
                .containsExactly(new Sent("PutObject", "aws:kms", kmsKeyId()));
    }
}
