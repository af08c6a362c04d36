package io.sqlassist.cli;

import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.sqlassist.testing.AwsFakes;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;

/** `sqlassist --profile aws doctor` against the aws fakes: what a person deploying sees before the first start. */
class DoctorCommandTest {
    static AwsFakes aws;
    static WireMockServer bedrock;

    @BeforeAll
    static void start() throws Exception {
        aws = AwsFakes.start(Duration.ZERO);
        bedrock = new WireMockServer(options().bindAddress("127.0.0.1").dynamicPort());
        bedrock.start();
        bedrock.stubFor(post(urlPathMatching("/model/.+/converse")).willReturn(okJson("""
                {"output": {"message": {"role": "assistant", "content": [{"text": "OK"}]}}, "stopReason": "max_tokens",
                 "usage": {"inputTokens": 4, "outputTokens": 1, "totalTokens": 5}}""")));
    }

    @AfterAll
    static void stop() throws Exception {
        bedrock.stop();
        aws.close();
    }

    private static Map<String, String> properties() {
        Map<String, String> p = new HashMap<>(aws.serviceProperties("jdbc:h2:mem:doctor"));
        p.put("sqlassist.bedrock.endpoint", bedrock.baseUrl());
        p.put("sqlassist.bedrock.model-id", "eu.anthropic.claude-sonnet-4-20250514-v1:0");
        return p;
    }

    private static CliRunner.Run doctor(Map<String, String> properties) {
        return new CliRunner(properties).run("--profile", "aws", "doctor");
    }

    @Test
    void a_deployment_with_every_grant_is_ready_and_each_check_was_made_for_real() {
        CliRunner.Run run = doctor(properties());

        assertThat(run.exitCode()).as(run.out() + run.err()).isZero();
        assertThat(run.out()).contains("ok   queue sqlassist-inbox resolves", "ok   Glue database shop",
                "ok   Athena workgroup sqlassist-wg", "ok   results can be written to s3://results-bucket/results/",
                "ok   Bedrock model eu.anthropic.claude-sonnet-4-20250514-v1:0 answers").contains("Ready")
                .doesNotContain("FAIL");
        // The one-token call reached the model, and the probe is in the bucket where results go.
        assertThat(bedrock.findAll(postRequestedFor(urlPathMatching("/model/.+/converse")))).isNotEmpty()
                .allSatisfy(r -> assertThat(r.getBodyAsString()).contains("\"maxTokens\":1"));
        try (S3Client s3 = S3Client.builder().region(Region.EU_WEST_1).forcePathStyle(true)
                .endpointOverride(URI.create(properties().get("sqlassist.s3.endpoint")))
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("local", "local")))
                .build()) {
            assertThat(s3.getObjectAsBytes(r -> r.bucket("results-bucket").key("results/_doctor/probe.txt"))
                    .asString(StandardCharsets.UTF_8)).contains("sqlassist doctor");
        }
    }

    @Test
    void a_missing_grant_fails_with_the_statement_to_add_and_a_missing_queue_says_so() {
        Map<String, String> p = properties();
        p.put("sqlassist.queue.results", "sqlassist-results-typo");
        aws.athena.deny("AWSGlue.GetTables");
        try {
            CliRunner.Run run = doctor(p);

            assertThat(run.exitCode()).isEqualTo(1);
            assertThat(run.out()).contains("FAIL queue sqlassist-results-typo resolves", "no such queue in eu-west-1")
                    .contains("FAIL Glue database shop and its tables are readable")
                    .contains("AccessDeniedException: User: arn:aws:sts::111122223333:assumed-role/sqlassist-task/task is"
                            + " not authorized to perform: glue:GetTables")
                    .containsPattern("\\{\"Effect\":\"Allow\",\"Action\":\\[\"glue:GetTables\"],\"Resource\":\\["
                            + "\"arn:aws:glue:eu-west-1:\\d{12}:catalog\",\"arn:aws:glue:eu-west-1:\\d{12}:database/shop\","
                            + "\"arn:aws:glue:eu-west-1:\\d{12}:table/shop/\\*\"]}")
                    .contains("ok   queue sqlassist-inbox resolves")
                    .contains("2 of ").contains("checks failed");
        } finally {
            aws.athena.allowAll();
        }
    }

    @Test
    void the_local_profile_needs_no_doctor() {
        CliRunner.Run run = new CliRunner(Map.of()).run("doctor");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.out()).contains("--profile aws doctor");
    }
}
