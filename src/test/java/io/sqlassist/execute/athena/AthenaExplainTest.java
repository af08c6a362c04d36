package io.sqlassist.execute.athena;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static io.sqlassist.execute.athena.AthenaRouteTest.athenaCall;
import static io.sqlassist.execute.athena.AthenaRouteTest.athenaRequest;
import static io.sqlassist.execute.athena.AthenaRouteTest.execution;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.sqlassist.aws.AwsClients;
import java.net.URI;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.athena.AthenaClient;

class AthenaExplainTest {
    private WireMockServer wire;
    private AthenaClient athena;
    private AthenaExplain explain;

    @BeforeEach
    void start() {
        wire = new WireMockServer(wireMockConfig().bindAddress("127.0.0.1").dynamicPort());
        wire.start();
        athena = AwsClients.athena(Region.EU_WEST_1, URI.create("http://127.0.0.1:" + wire.port()),
                StaticCredentialsProvider.create(AwsBasicCredentials.create("AKIDTEST", "secret")));
        explain = new AthenaExplain(athena, new AthenaSettings("sales", "sqlassist", "s3://athena-results/sqlassist/",
                Duration.ofMillis(10), Duration.ofSeconds(5)));
        wire.stubFor(athenaCall("StartQueryExecution").willReturn(okJson("{\"QueryExecutionId\":\"q-1\"}")));
    }

    @AfterEach
    void stop() {
        athena.close();
        wire.stop();
    }

    @Test
    void plannableSqlIsOk() {
        wire.stubFor(athenaCall("GetQueryExecution").willReturn(okJson(execution("{\"State\":\"SUCCEEDED\"}", 0))));

        assertThat(explain.explainError("SELECT region FROM orders")).isEmpty();
        wire.verify(1, athenaRequest("StartQueryExecution")
                .withRequestBody(matchingJsonPath("$.QueryString", equalTo("EXPLAIN SELECT region FROM orders")))
                .withRequestBody(matchingJsonPath("$.WorkGroup", equalTo("sqlassist"))));
        wire.verify(0, athenaRequest("GetQueryResults"));
    }

    @Test
    void unplannableSqlGivesAthenasReason() {
        wire.stubFor(athenaCall("GetQueryExecution").willReturn(okJson(execution(
                "{\"State\":\"FAILED\",\"StateChangeReason\":\"TABLE_NOT_FOUND: line 1:15: Table 'sales.nope' does not exist\"}",
                0))));

        assertThat(explain.explainError("SELECT * FROM nope")).hasValueSatisfying(
                reason -> assertThat(reason).contains("Table 'sales.nope' does not exist"));
    }

    @Test
    void sqlRefusedAtStartGivesTheReason() {
        wire.stubFor(athenaCall("StartQueryExecution").willReturn(okJson("{}").withStatus(400)
                .withBody("{\"__type\":\"InvalidRequestException\",\"AthenaErrorCode\":\"MALFORMED_QUERY\","
                        + "\"Message\":\"line 1:8: mismatched input 'FORM'\"}")));

        assertThat(explain.explainError("SELECT * FORM t")).hasValueSatisfying(
                reason -> assertThat(reason).contains("mismatched input 'FORM'"));
    }
}
