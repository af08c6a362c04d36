package io.sqlassist.execute.s3;

import static org.assertj.core.api.Assertions.assertThat;

import io.sqlassist.execute.ResultFile;
import io.sqlassist.testing.RouteFiles;
import io.sqlassist.testing.S3Fake;
import io.sqlassist.testing.S3Fake.Sent;
import java.nio.charset.StandardCharsets;
import org.apache.camel.CamelContext;
import org.apache.camel.RoutesBuilder;
import org.apache.camel.spi.Registry;
import org.apache.camel.test.junit5.CamelTestSupport;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** With sqlassist.results.kms-key-id set, every object is written with SSE-KMS under that key. */
class S3ResultKmsRouteTest extends CamelTestSupport {
    static S3Fake s3;

    @BeforeAll
    static void startS3() throws Exception {
        s3 = S3Fake.start(S3ResultRouteTest.BUCKET);
    }

    @AfterAll
    static void stopS3() throws Exception {
        s3.close();
    }

    @Override
    protected CamelContext createCamelContext() throws Exception {
        CamelContext camel = super.createCamelContext();
        camel.getPropertiesComponent().setInitialProperties(S3ResultRouteTest.properties(
                "arn:aws:kms:eu-west-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab"));
        return camel;
    }

    @Override
    protected void bindToRegistry(Registry registry) {
        registry.bind("s3Client", s3.recordingClient());
    }

    @Override
    protected RoutesBuilder[] createRouteBuilders() throws Exception {
        return RouteFiles.load(context, "results-s3.camel.yaml");
    }

    @Test
    void theConfiguredKeyIsRequested() {
        template.sendBody("direct:keep-result-file", new ResultFile("answers/thread-2/metadata.json",
                "{}".getBytes(StandardCharsets.UTF_8), "application/json"));

        // Each aws2-s3 endpoint sends HeadBucket as it starts (a 403 there is ignored with autoCreateBucket=false).
        assertThat(s3.sent()).filteredOn(sent -> !sent.operation().equals("HeadBucket")).containsExactly(new Sent("PutObject", "aws:kms",
                "arn:aws:kms:eu-west-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab"));
    }
}
