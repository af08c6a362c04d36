package io.sqlassist.execute.s3;

import io.sqlassist.testing.RouteFiles;
import io.sqlassist.testing.S3Fake;
import java.util.Properties;
import org.apache.camel.CamelContext;
import org.apache.camel.RoutesBuilder;
import org.apache.camel.spi.Registry;
import org.apache.camel.test.junit5.CamelTestSupport;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/** routes/results-s3.camel.yaml, as it ships, with the aws profile's settings, against S3Proxy. */
abstract class S3ResultRouteTestSupport extends CamelTestSupport {
    static final String BUCKET = "results";
    static S3Fake s3;

    @BeforeAll
    static void startS3() throws Exception {
        s3 = S3Fake.start(BUCKET);
    }

    @AfterAll
    static void stopS3() throws Exception {
        s3.close();
    }

    /** The results key the route is configured with; empty for S3-managed keys. */
    abstract String kmsKeyId();

    @Override
    protected CamelContext createCamelContext() throws Exception {
        CamelContext camel = super.createCamelContext();
        Properties p = new Properties();
        p.put("sqlassist.results.store", "s3");
        p.put("sqlassist.results.bucket", BUCKET);
        p.put("sqlassist.results.kms-key-id", kmsKeyId());
        p.put("sqlassist.results.part-size-bytes", String.valueOf(5L * 1024 * 1024)); // S3's minimum
        camel.getPropertiesComponent().setInitialProperties(p);
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
}
