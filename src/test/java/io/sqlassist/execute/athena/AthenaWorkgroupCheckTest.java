package io.sqlassist.execute.athena;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.sqlassist.aws.AwsClients;
import java.net.URI;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.athena.AthenaClient;

/** The service starts only on a workgroup whose enforced configuration bounds what one query may scan. */
class AthenaWorkgroupCheckTest {
    static WireMockServer wire;
    static AthenaClient athena;

    @BeforeAll
    static void start() {
        wire = new WireMockServer(wireMockConfig().bindAddress("127.0.0.1").dynamicPort());
        wire.start();
        athena = AwsClients.athena(Region.EU_WEST_1, URI.create("http://127.0.0.1:" + wire.port()),
                StaticCredentialsProvider.create(AwsBasicCredentials.create("AKIDTEST", "secret")));
    }

    @AfterAll
    static void stop() {
        athena.close();
        wire.stop();
    }

    @BeforeEach
    void reset() {
        wire.resetAll();
    }

    private static void workgroup(String configuration) {
        wire.stubFor(post(urlEqualTo("/")).withHeader("X-Amz-Target", equalTo("AmazonAthena.GetWorkGroup"))
                .withRequestBody(matchingJsonPath("$.WorkGroup", equalTo("sqlassist")))
                .willReturn(okJson("{\"WorkGroup\": {\"Name\": \"sqlassist\", \"State\": \"ENABLED\", \"Configuration\": "
                        + configuration + "}}")));
    }

    @Test
    void a_workgroup_that_enforces_a_cutoff_is_accepted() {
        workgroup("{\"EnforceWorkGroupConfiguration\": true, \"BytesScannedCutoffPerQuery\": 10737418240}");

        assertThatCode(() -> AthenaWorkgroupCheck.requireBytesScannedCutoff(athena, "sqlassist")).doesNotThrowAnyException();
        wire.verify(1, postRequestedFor(urlEqualTo("/")).withHeader("X-Amz-Target", equalTo("AmazonAthena.GetWorkGroup")));
    }

    @Test
    void a_workgroup_without_a_cutoff_or_that_lets_clients_override_it_is_refused_with_what_is_missing() {
        workgroup("{\"EnforceWorkGroupConfiguration\": true}");
        assertThatThrownBy(() -> AthenaWorkgroupCheck.requireBytesScannedCutoff(athena, "sqlassist"))
                .hasMessageContaining("no per-query bytes-scanned cutoff").hasMessageContaining("terraform/athena.tf");

        wire.resetAll();
        workgroup("{\"EnforceWorkGroupConfiguration\": false, \"BytesScannedCutoffPerQuery\": 10737418240}");
        assertThatThrownBy(() -> AthenaWorkgroupCheck.requireBytesScannedCutoff(athena, "sqlassist"))
                .hasMessageContaining("clients may override its configuration");
    }
}
