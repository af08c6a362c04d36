package io.sqlassist.execute;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sqlassist.execute.s3.S3ResultPlace;
import io.sqlassist.testing.RouteFiles;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;
import org.apache.camel.CamelContext;
import org.apache.camel.RoutesBuilder;
import org.apache.camel.test.junit5.CamelTestSupport;
import org.junit.jupiter.api.Test;

/** routes/results-folder.camel.yaml, as it ships: the local profile's result store, and where results are. */
class FolderResultRouteTest extends CamelTestSupport {
    private static final Path ROOT = createRoot();

    private static Path createRoot() {
        try {
            return Files.createTempDirectory("sqlassist-results-");
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Override
    protected CamelContext createCamelContext() throws Exception {
        CamelContext camel = super.createCamelContext();
        Properties p = new Properties();
        p.put("sqlassist.results.store", "local");
        p.put("sqlassist.results.dir", ROOT.toString());
        camel.getPropertiesComponent().setInitialProperties(p);
        return camel;
    }

    @Override
    protected RoutesBuilder[] createRouteBuilders() throws Exception {
        return RouteFiles.load(context, "results-folder.camel.yaml");
    }

    @Test
    void the_files_land_in_the_threads_folder_whole_and_under_their_names() throws Exception {
        FolderResultPlace place = new FolderResultPlace(ROOT);
        Path spooled = Files.writeString(Files.createTempFile("spool-", ".csv"),
                "name,note\n\"Smith, Ann\",\"said \"\"hi\"\"\nthen left\"\n");

        template.sendBody("direct:keep-result-file",
                ResultFile.of(place.key("t-1", "result.csv"), spooled, "text/csv; charset=utf-8"));
        template.sendBody("direct:keep-result-file", ResultFile.of(place.key("t-1", "metadata.json"),
                "{\"row_count\" : 1}".getBytes(StandardCharsets.UTF_8), "application/json"));

        Path folder = Path.of(place.location("t-1"));
        assertThat(folder).isEqualTo(ROOT.resolve("t-1"));
        assertThat(Files.readString(folder.resolve("result.csv"))).isEqualTo(Files.readString(spooled));
        assertThat(Files.readString(folder.resolve("metadata.json"))).contains("\"row_count\" : 1");
        try (Stream<Path> files = Files.list(folder)) {
            assertThat(files.map(f -> f.getFileName().toString())).containsExactlyInAnyOrder("result.csv",
                    "metadata.json");
        }
    }

    @Test
    void a_thread_id_or_file_name_cannot_escape_its_place() {
        List<ResultPlace> places = List.of(new FolderResultPlace(ROOT), new S3ResultPlace("results", "answers"));
        for (ResultPlace place : places) {
            for (String bad : List.of("..", ".", "../other", "a/b", "a\\b", "", " ", "a\nb")) {
                assertThatThrownBy(() -> place.key(bad, "result.csv")).as(bad).isInstanceOf(IllegalArgumentException.class)
                        .hasMessageContaining("escapes");
                assertThatThrownBy(() -> place.location(bad)).as(bad).isInstanceOf(IllegalArgumentException.class);
            }
            assertThatThrownBy(() -> place.key("t-1", "../metadata.json")).isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Test
    void s3_locations_name_the_bucket_and_a_normalised_prefix() {
        S3ResultPlace place = new S3ResultPlace("results", "/answers");
        assertThat(place.key("t-1", "result.csv")).isEqualTo("answers/t-1/result.csv");
        assertThat(place.location("t-1")).isEqualTo("s3://results/answers/t-1/");
        assertThat(place.fileLocation("t-1", "chart.png")).isEqualTo("s3://results/answers/t-1/chart.png");
        assertThat(new S3ResultPlace("results", "").key("t-1", "result.csv")).isEqualTo("t-1/result.csv");
    }
}
