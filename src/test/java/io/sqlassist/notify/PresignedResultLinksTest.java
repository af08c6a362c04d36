package io.sqlassist.notify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sqlassist.aws.AwsClients;
import io.sqlassist.testing.S3Fake;
import io.sqlassist.wire.ChartType;
import io.sqlassist.wire.Result;
import io.sqlassist.wire.ResultChart;
import io.sqlassist.wire.ResultStatus;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.presigner.S3Presigner;

/** Presigned result links against S3Proxy, which checks query-string signatures as S3 does. */
class PresignedResultLinksTest {
    static S3Fake s3;
    static S3Presigner presigner;
    static final HttpClient http = HttpClient.newHttpClient();

    @BeforeAll
    static void start() throws Exception {
        s3 = S3Fake.start("results");
        s3.reader().putObject(r -> r.bucket("results").key("answers/t-1/result.csv").contentType("text/csv"),
                RequestBody.fromString("status,orders\nshipped,12\n"));
        s3.reader().putObject(r -> r.bucket("results").key("answers/t-1/chart.png").contentType("image/png"),
                RequestBody.fromBytes(new byte[] {(byte) 0x89, 'P', 'N', 'G'}));
        presigner = AwsClients.s3Presigner(Region.EU_WEST_1, s3.endpoint(),
                StaticCredentialsProvider.create(AwsBasicCredentials.create("AKIDTEST", "secret")));
    }

    @AfterAll
    static void stop() throws Exception {
        presigner.close();
        s3.close();
    }

    @Test
    void aResultFolderLinksItsCsvWhichOpensWithoutAwsCredentialsUntilTheLinkExpires() throws Exception {
        String link = new PresignedResultLinks(presigner, Duration.ofMinutes(10)).open("s3://results/answers/t-1/");

        assertThat(link).startsWith(s3.endpoint().toString() + "/results/answers/t-1/result.csv?")
                .contains("X-Amz-Expires=600").contains("X-Amz-Signature=");
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(link)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).isEqualTo("status,orders\nshipped,12\n");
    }

    @Test
    void aLinkWhoseSignatureWasTamperedWithIsRefused() throws Exception {
        String link = new PresignedResultLinks(presigner, Duration.ofMinutes(10)).open("s3://results/answers/t-1/chart.png");
        String otherObject = link.replace("chart.png", "result.csv");

        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(otherObject)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(403);
    }

    @Test
    void localFoldersStayAsTheyAreAndTheLifetimeIsWithinSigV4sLimit() {
        PresignedResultLinks links = new PresignedResultLinks(presigner, Duration.ofMinutes(10));

        assertThat(links.open("/home/ann/data/results/t-1")).isEqualTo("/home/ann/data/results/t-1");
        assertThatThrownBy(() -> new PresignedResultLinks(presigner, Duration.ofDays(8)))
                .hasMessageContaining("at most 7 days");
    }

    @Test
    void aResultCardLinksThePresignedUrlAndStillShowsTheS3Uri() {
        GoogleChatCards cards = new GoogleChatCards(GoogleChatCards.DEFAULT_BYTE_BUDGET,
                new PresignedResultLinks(presigner, Duration.ofMinutes(10)));

        String json = cards.result(new Result(1, "t-1", ResultStatus.succeeded, "orders per status", "SELECT 1", "bob",
                1, List.of("status", "orders"), List.of(List.of("shipped", 12)), "s3://results/answers/t-1/", null, null,
                new ResultChart(ChartType.bar, "s3://results/answers/t-1/chart.png", null)));

        assertThat(json).contains(s3.endpoint().toString() + "/results/answers/t-1/result.csv?")
                .contains(s3.endpoint().toString() + "/results/answers/t-1/chart.png?")
                .contains("s3://results/answers/t-1/").doesNotContain("s3.console.aws.amazon.com");
    }
}
