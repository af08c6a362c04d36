package io.sqlassist.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.sqlassist.testing.TestStack;
import io.sqlassist.wire.ApprovalRequest;
import io.sqlassist.wire.ChartType;
import io.sqlassist.wire.DecisionAction;
import io.sqlassist.wire.Json;
import io.sqlassist.wire.Question;
import io.sqlassist.wire.Result;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Stage 2 end to end: a chart drawn from the full result, saved beside it, linked from the Result, drawn again. */
class ChartFlowTest {
    @TempDir
    static Path dataDir;
    static TestStack stack;
    static CliRunner cli;

    @BeforeAll
    static void start() throws Exception {
        Map<String, String> properties = TestStack.localProperties(dataDir);
        stack = TestStack.start(properties, Map.of());
        cli = new CliRunner(properties);
    }

    @AfterAll
    static void stop() {
        stack.close();
    }

    private static Result answer(String question, ChartType chart) {
        String thread = "chart-" + System.nanoTime();
        stack.queues.send(stack.names.inbox(), Json.write(new Question(1, thread, question, "asker", null, null, chart)));
        ApprovalRequest request = stack.awaitRequest(thread);
        stack.decide(request, DecisionAction.approve, null);
        return stack.awaitResult(thread);
    }

    @Test
    void a_grouped_count_gets_a_bar_chart_beside_its_result_and_can_be_drawn_again_as_a_pie() throws Exception {
        Result result = answer("number of orders per status", null);

        assertThat(result.chart().type()).isEqualTo(ChartType.bar);
        Path png = Path.of(result.chart().location());
        assertThat(png).isEqualTo(Path.of(result.location()).resolve("chart.png"));
        assertNotBlankImage(png);
        assertThat(Files.readString(Path.of(result.location()).resolve("metadata.json"))).contains("chart.png");

        byte[] bar = Files.readAllBytes(png);
        CliRunner.Run pie = cli.run("chart", result.threadId(), "--type", "pie");
        assertThat(pie.exitCode()).as(pie.out() + pie.err()).isZero();
        assertThat(pie.out()).contains("Chart (pie): " + png);
        assertNotBlankImage(png);
        assertThat(Files.readAllBytes(png)).isNotEqualTo(bar);

        CliRunner.Run line = cli.run("chart", result.threadId(), "--type", "line");
        assertThat(line.exitCode()).isEqualTo(1);
        assertThat(line.out()).startsWith("No chart:");
    }

    @Test
    void a_requested_type_is_honoured_and_a_result_without_a_plottable_shape_says_why() {
        assertThat(answer("number of orders per status", ChartType.pie).chart().type()).isEqualTo(ChartType.pie);
        assertThat(answer("number of orders per status as a pie chart", null).chart().type()).isEqualTo(ChartType.pie);

        Result listing = answer("Show me 5 customers", null);
        assertThat(listing.chart().location()).isNull();
        assertThat(listing.chart().note()).isNotBlank();
        assertThat(Path.of(listing.location()).resolve("chart.png")).doesNotExist();
    }

    private static void assertNotBlankImage(Path png) throws Exception {
        BufferedImage image = ImageIO.read(png.toFile());
        assertThat(image.getWidth()).isEqualTo(1000);
        assertThat(image.getHeight()).isEqualTo(600);
        Set<Integer> colours = new HashSet<>();
        for (int x = 0; x < image.getWidth(); x += 5) {
            for (int y = 0; y < image.getHeight(); y += 5) {
                colours.add(image.getRGB(x, y));
            }
        }
        assertThat(colours.size()).as("distinct colours").isGreaterThan(5);
    }
}
