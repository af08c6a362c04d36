package io.sqlassist.chart;

import static io.sqlassist.chart.ChartShapesTest.row;
import static org.assertj.core.api.Assertions.assertThat;

import io.sqlassist.wire.ChartType;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

class ChartRendererTest {

    private final ChartRenderer renderer = new ChartRenderer();

    @Test
    void aLineChartIsAFullSizeNonBlankPng() throws IOException {
        BufferedImage image = draw(ChartShapesTest.MONTHLY_COLUMNS, ChartShapesTest.MONTHLY, null, "Revenue per month");

        assertThat(image.getWidth()).isEqualTo(ChartRenderer.WIDTH);
        assertThat(image.getHeight()).isEqualTo(ChartRenderer.HEIGHT);
        assertNotBlank(image);
    }

    @Test
    void barAndPieChartsAreNotBlank() throws IOException {
        assertNotBlank(draw(ChartShapesTest.COUNTRY_COLUMNS, ChartShapesTest.COUNTRIES, null, "Orders per country"));
        assertNotBlank(draw(ChartShapesTest.STATUS_COLUMNS, ChartShapesTest.STATUSES, ChartType.pie, "Share by status"));
    }

    @Test
    void aDifferentResultGivesADifferentImage() throws IOException {
        List<List<Object>> other = List.of(row("France", 10), row("Germany", 20), row("Spain", 400));

        BufferedImage a = draw(ChartShapesTest.COUNTRY_COLUMNS, ChartShapesTest.COUNTRIES, null, "Orders per country");
        BufferedImage b = draw(ChartShapesTest.COUNTRY_COLUMNS, other, null, "Orders per country");

        assertThat(differingPixels(a, b)).isGreaterThan(1000);
    }

    @Test
    void cappedResultsSaySo() throws IOException {
        List<List<Object>> rows = new ArrayList<>();
        for (int i = 0; i < 1500; i++) {
            rows.add(row(java.time.LocalDate.of(2020, 1, 1).plusDays(i).toString(), Math.sin(i / 30.0) * 1000 + 2000));
        }
        ChartDecision d = ChartShapes.detect(List.of("day", "visits"), rows, null, "Daily visits");

        assertNotBlank(ImageIO.read(new ByteArrayInputStream(renderer.render(d.plan(), List.of("day", "visits"), rows))));
    }

    @Test
    void oneRendererCanBeSharedBetweenThreads() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            ChartPlan plan = ChartShapes.detect(ChartShapesTest.MONTHLY_COLUMNS, ChartShapesTest.MONTHLY, null, "r").plan();
            List<Future<byte[]>> pngs = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                pngs.add(pool.submit(() -> renderer.render(plan, ChartShapesTest.MONTHLY_COLUMNS, ChartShapesTest.MONTHLY)));
            }
            byte[] first = pngs.get(0).get();
            for (Future<byte[]> png : pngs) {
                assertThat(png.get()).isEqualTo(first);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    /** Writes target/example-chart.png (and a bar and a pie next to it) to look at. */
    @Test
    void writesExampleCharts() throws IOException {
        List<String> columns = List.of("order_month", "total_revenue", "refunds");
        List<List<Object>> rows = new ArrayList<>();
        double revenue = 182_000;
        for (int m = 0; m < 18; m++) {
            revenue = revenue * (1.03 + 0.04 * Math.sin(m)) + (m % 12 == 10 ? 90_000 : 0);
            rows.add(row(java.time.YearMonth.of(2024, 1).plusMonths(m).toString(),
                    BigDecimal.valueOf(revenue).setScale(2, java.math.RoundingMode.HALF_UP),
                    BigDecimal.valueOf(revenue * 0.06).setScale(2, java.math.RoundingMode.HALF_UP)));
        }
        ChartDecision d = ChartShapes.detect(columns, rows, null, "Demo (made-up data): monthly revenue and refunds");
        assertThat(d.plan().type()).isEqualTo(ChartType.line);
        write("example-chart.png", renderer.render(d.plan(), columns, rows));

        ChartDecision bar = ChartShapes.detect(ChartShapesTest.COUNTRY_COLUMNS, ChartShapesTest.COUNTRIES, null,
                "Demo (made-up data): how many orders per country?");
        write("example-bar.png", renderer.render(bar.plan(), ChartShapesTest.COUNTRY_COLUMNS, ChartShapesTest.COUNTRIES));
        ChartDecision pie = ChartShapes.detect(ChartShapesTest.STATUS_COLUMNS, ChartShapesTest.STATUSES, null,
                "Demo (made-up data): share of orders by status");
        List<List<Object>> cities = new ArrayList<>();
        String[] names = {"Amsterdam", "Berlin", "Copenhagen", "Dublin", "Edinburgh", "Frankfurt am Main", "Geneva",
                "Helsinki", "Istanbul", "Jerusalem", "Kraków", "Lisbon", "Madrid", "Naples"};
        for (int i = 0; i < names.length; i++) {
            cities.add(row(names[i], 1_000_000.0 + i * 377_123.45 * (i % 3 + 1)));
        }
        List<String> cityColumns = List.of("delivery_city", "total_revenue");
        write("example-hbar.png", renderer.render(ChartShapes.detect(cityColumns, cities, null,
                "Demo (made-up data): revenue per city").plan(), cityColumns, cities));
        write("example-pie.png", renderer.render(pie.plan(), ChartShapesTest.STATUS_COLUMNS, ChartShapesTest.STATUSES));
    }

    private static void write(String name, byte[] png) throws IOException {
        Path target = Path.of("target");
        Files.createDirectories(target);
        Files.write(target.resolve(name), png);
        assertThat(ImageIO.read(new ByteArrayInputStream(png))).isNotNull();
    }

    private BufferedImage draw(List<String> columns, List<List<Object>> rows, ChartType type, String question)
            throws IOException {
        ChartDecision d = ChartShapes.detect(columns, rows, type, question);
        assertThat(d.charted()).as(d.reason()).isTrue();
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(renderer.render(d.plan(), columns, rows)));
        assertThat(image).isNotNull();
        return image;
    }

    /** Inside the margins, at least 3% of pixels are not white and more than 20 colours appear. */
    private static void assertNotBlank(BufferedImage image) {
        Set<Integer> colours = new HashSet<>();
        int inked = 0;
        int total = 0;
        for (int y = 60; y < image.getHeight() - 40; y += 2) {
            for (int x = 60; x < image.getWidth() - 20; x += 2) {
                int rgb = image.getRGB(x, y) & 0xFFFFFF;
                colours.add(rgb);
                total++;
                if (rgb != 0xFFFFFF) {
                    inked++;
                }
            }
        }
        assertThat(inked).as("non-white pixels in the plot area").isGreaterThan(total * 3 / 100);
        assertThat(colours).as("distinct colours").hasSizeGreaterThan(20);
    }

    private static int differingPixels(BufferedImage a, BufferedImage b) {
        int n = 0;
        for (int y = 0; y < a.getHeight(); y++) {
            for (int x = 0; x < a.getWidth(); x++) {
                if (a.getRGB(x, y) != b.getRGB(x, y)) {
                    n++;
                }
            }
        }
        return n;
    }
}
