package io.sqlassist.chart;

import static java.util.Objects.requireNonNull;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.text.NumberFormat;
import java.text.SimpleDateFormat;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TimeZone;

import org.jfree.chart.ChartFactory;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.Axis;
import org.jfree.chart.axis.AxisLocation;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.CategoryLabelPositions;
import org.jfree.chart.axis.DateAxis;
import org.jfree.chart.axis.DateTickUnit;
import org.jfree.chart.axis.DateTickUnitType;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.block.BlockBorder;
import org.jfree.chart.labels.StandardCategoryItemLabelGenerator;
import org.jfree.chart.labels.StandardPieSectionLabelGenerator;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PiePlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.data.general.DefaultPieDataset;
import org.jfree.data.time.FixedMillisecond;
import org.jfree.data.time.TimeSeries;
import org.jfree.data.time.TimeSeriesCollection;

/**
 * Draws a {@link ChartPlan} as a {@value #WIDTH}×{@value #HEIGHT} PNG with JFreeChart. Stateless: every call builds its
 * own chart, datasets and formats, so one renderer can be shared between threads.
 */
public final class ChartRenderer {

    public static final int WIDTH = 1000;
    public static final int HEIGHT = 600;
    /** Rows beyond this are left out, and the chart says so. */
    public static final int MAX_ROWS = 1000;

    static {
        // Before any AWT class loads: a service has no display.
        if (System.getProperty("java.awt.headless") == null) {
            System.setProperty("java.awt.headless", "true");
        }
    }

    private static final Color[] PALETTE = {new Color(0x4E79A7), new Color(0xF28E2B), new Color(0xE15759),
            new Color(0x76B7B2), new Color(0x59A14F), new Color(0xEDC948), new Color(0xB07AA1), new Color(0xFF9DA7),
            new Color(0x9C755F), new Color(0xBAB0AC)};
    private static final Color GRID = new Color(0xDDDDDD);
    private static final Color TEXT = new Color(0x333333);
    private static final Font TITLE_FONT = new Font(Font.SANS_SERIF, Font.BOLD, 20);
    private static final Font SUBTITLE_FONT = new Font(Font.SANS_SERIF, Font.ITALIC, 13);
    private static final Font LABEL_FONT = new Font(Font.SANS_SERIF, Font.PLAIN, 14);
    private static final Font TICK_FONT = new Font(Font.SANS_SERIF, Font.PLAIN, 12);
    private static final String NO_VALUE = "(none)";

    public byte[] render(ChartPlan plan, List<String> columns, List<List<Object>> rows) {
        requireNonNull(plan, "plan is null");
        requireNonNull(columns, "columns is null");
        requireNonNull(rows, "rows is null");
        int x = index(columns, plan.xColumn());
        int[] ys = plan.yColumns().stream().mapToInt(y -> index(columns, y)).toArray();
        List<List<Object>> shown = rows.size() > MAX_ROWS ? rows.subList(0, MAX_ROWS) : rows;

        JFreeChart chart = switch (plan.type()) {
            case line -> line(plan, x, ys, shown);
            case bar -> bar(plan, x, ys, shown);
            case pie -> pie(plan, x, ys[0], shown);
        };
        chart.setBackgroundPaint(Color.WHITE);
        chart.setTextAntiAlias(true);
        chart.setAntiAlias(true);
        chart.setTitle(new TextTitle(ChartLabels.shorten(plan.title(), ChartLabels.MAX_TITLE), TITLE_FONT));
        chart.getTitle().setPaint(TEXT);
        if (rows.size() > MAX_ROWS) {
            NumberFormat count = NumberFormat.getIntegerInstance(Locale.US);
            TextTitle capped = new TextTitle("Showing the first " + count.format(MAX_ROWS) + " of "
                    + count.format(rows.size()) + " rows", SUBTITLE_FONT);
            capped.setPaint(Color.GRAY);
            chart.addSubtitle(capped);
        }
        LegendTitle legend = chart.getLegend();
        if (legend != null) {
            legend.setItemFont(LABEL_FONT);
            legend.setFrame(BlockBorder.NONE);
            legend.setPosition(RectangleEdge.BOTTOM);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
        try {
            ChartUtils.writeChartAsPNG(out, chart, WIDTH, HEIGHT);
        } catch (IOException e) {
            throw new UncheckedIOException("could not encode the chart as PNG", e);
        }
        return out.toByteArray();
    }

    private static JFreeChart line(ChartPlan plan, int x, int[] ys, List<List<Object>> rows) {
        TimeZone utc = TimeZone.getTimeZone("UTC");
        boolean yearNamed = ChartColumnProfile.yearNamed(plan.xColumn());
        List<TimeSeries> series = new ArrayList<>();
        for (String y : plan.yColumns()) {
            series.add(new TimeSeries(ChartLabels.readable(y)));
        }
        List<ChartTime> times = new ArrayList<>();
        for (List<Object> row : rows) {
            ChartTime t = ChartTime.parse(row.get(x), yearNamed).orElse(null);
            if (t == null) {
                continue;
            }
            times.add(t);
            for (int i = 0; i < ys.length; i++) {
                // a null measure becomes a gap in the line
                series.get(i).addOrUpdate(new FixedMillisecond(t.epochMillis()), number(row.get(ys[i])));
            }
        }
        TimeSeriesCollection dataset = new TimeSeriesCollection(utc);
        series.forEach(dataset::addSeries);
        JFreeChart chart = ChartFactory.createTimeSeriesChart(plan.title(), ChartLabels.readable(plan.xColumn()),
                valueLabel(plan), dataset, ys.length > 1, false, false);
        XYPlot plot = chart.getXYPlot();
        stylePlotBackground(plot);
        DateAxis axis = (DateAxis) plot.getDomainAxis();
        axis.setTimeZone(utc);
        axis.setStandardTickUnits(DateAxis.createStandardDateTickUnits(utc, Locale.US));
        if (!times.isEmpty()) {
            times.sort(Comparator.naturalOrder());
            dateTicks(axis, times, utc);
        }
        styleAxis(axis);
        styleValueAxis(plot.getRangeAxis());
        XYLineAndShapeRenderer renderer = (XYLineAndShapeRenderer) plot.getRenderer();
        renderer.setDefaultShapesVisible(times.size() <= 60);
        for (int i = 0; i < ys.length; i++) {
            renderer.setSeriesPaint(i, PALETTE[i % PALETTE.length]);
            renderer.setSeriesStroke(i, new BasicStroke(2.5f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        }
        return chart;
    }

    /** Whole months or years on the axis when the data is monthly or yearly, about a dozen ticks at most. */
    private static void dateTicks(DateAxis axis, List<ChartTime> times, TimeZone utc) {
        ChartTime.Unit unit = ChartTime.columnUnit(times);
        long months = ChronoUnit.MONTHS.between(times.get(0).date().withDayOfMonth(1),
                times.get(times.size() - 1).date().withDayOfMonth(1));
        switch (unit) {
            case YEAR -> axis.setTickUnit(new DateTickUnit(DateTickUnitType.YEAR,
                    (int) Math.max(1, Math.ceil(months / 12.0 / 12.0)), format("yyyy", utc)));
            case QUARTER, MONTH -> {
                int step = (int) Math.max(1, Math.ceil(months / 12.0));
                if (unit == ChartTime.Unit.QUARTER) {
                    step = Math.max(3, (step + 2) / 3 * 3);
                }
                axis.setTickUnit(new DateTickUnit(DateTickUnitType.MONTH, step, format("MMM yyyy", utc)));
            }
            default -> {
                // days and timestamps: JFreeChart's own tick selection reads well
            }
        }
    }

    private static JFreeChart bar(ChartPlan plan, int x, int[] ys, List<List<Object>> rows) {
        boolean yearNamed = ChartColumnProfile.yearNamed(plan.xColumn());
        List<List<Object>> sorted = new ArrayList<>(rows);
        Comparator<List<Object>> nullsLast = Comparator.comparing(r -> r.get(x) == null);
        switch (plan.order()) {
            case TIME -> sorted.sort(nullsLast.thenComparing(r -> ChartTime.parse(r.get(x), yearNamed)
                    .map(ChartTime::epochMillis).orElse(Long.MAX_VALUE)));
            case NATURAL -> sorted.sort(nullsLast.thenComparing(r -> ChartOrdinals.sortKey(r.get(x))
                    .orElse(Double.MAX_VALUE)));
            case VALUE_DESCENDING -> sorted.sort(Comparator.comparing((List<Object> r) -> number(r.get(ys[0])) == null)
                    .thenComparing(r -> -number(r.get(ys[0])).doubleValue()));
        }
        DefaultCategoryDataset dataset = new DefaultCategoryDataset();
        Set<String> used = new HashSet<>();
        int longest = 0;
        for (List<Object> row : sorted) {
            String label = uniqueLabel(row.get(x), used);
            longest = Math.max(longest, label.length());
            for (int i = 0; i < ys.length; i++) {
                dataset.addValue(number(row.get(ys[i])), ChartLabels.readable(plan.yColumns().get(i)), label);
            }
        }
        int categories = sorted.size();
        // Ranked categories with many or long names read best as horizontal bars, largest on top.
        boolean horizontal = plan.order() == ChartOrder.VALUE_DESCENDING && (categories > 10 || longest > 14);
        JFreeChart chart = ChartFactory.createBarChart(plan.title(), ChartLabels.readable(plan.xColumn()),
                valueLabel(plan), dataset, horizontal ? PlotOrientation.HORIZONTAL : PlotOrientation.VERTICAL,
                ys.length > 1, false, false);
        CategoryPlot plot = chart.getCategoryPlot();
        plot.setBackgroundPaint(Color.WHITE);
        plot.setOutlineVisible(false);
        plot.setRangeGridlinePaint(GRID);
        plot.setRangeGridlineStroke(new BasicStroke(1f));
        plot.setRangeAxisLocation(AxisLocation.BOTTOM_OR_LEFT);
        CategoryAxis axis = plot.getDomainAxis();
        styleAxis(axis);
        axis.setMaximumCategoryLabelLines(2);
        if (!horizontal && (categories > 8 || longest > 12)) {
            axis.setCategoryLabelPositions(CategoryLabelPositions.UP_45);
        }
        styleValueAxis(plot.getRangeAxis());
        plot.getRangeAxis().setUpperMargin(0.12);
        BarRenderer renderer = (BarRenderer) plot.getRenderer();
        renderer.setBarPainter(new StandardBarPainter());
        renderer.setShadowVisible(false);
        renderer.setDrawBarOutline(false);
        renderer.setItemMargin(0.04);
        renderer.setMaximumBarWidth(0.12);
        for (int i = 0; i < ys.length; i++) {
            renderer.setSeriesPaint(i, PALETTE[i % PALETTE.length]);
        }
        if (ys.length == 1 && categories <= 20) {
            renderer.setDefaultItemLabelGenerator(new StandardCategoryItemLabelGenerator("{2}", new ChartNumberFormat()));
            renderer.setDefaultItemLabelsVisible(true);
            renderer.setDefaultItemLabelFont(TICK_FONT);
            renderer.setDefaultItemLabelPaint(TEXT);
        }
        return chart;
    }

    private static JFreeChart pie(ChartPlan plan, int x, int y, List<List<Object>> rows) {
        List<List<Object>> sorted = new ArrayList<>(rows);
        sorted.removeIf(r -> number(r.get(y)) == null);
        sorted.sort(Comparator.comparing((List<Object> r) -> -number(r.get(y)).doubleValue()));
        DefaultPieDataset<String> dataset = new DefaultPieDataset<>();
        Set<String> used = new HashSet<>();
        for (List<Object> row : sorted) {
            dataset.setValue(uniqueLabel(row.get(x), used), number(row.get(y)));
        }
        JFreeChart chart = ChartFactory.createPieChart(plan.title(), dataset, false, false, false);
        @SuppressWarnings("unchecked")
        PiePlot<String> plot = (PiePlot<String>) chart.getPlot();
        plot.setBackgroundPaint(Color.WHITE);
        plot.setOutlineVisible(false);
        plot.setShadowPaint(null);
        plot.setSectionOutlinesVisible(true);
        plot.setDefaultSectionOutlinePaint(Color.WHITE);
        plot.setDefaultSectionOutlineStroke(new BasicStroke(2f));
        plot.setLabelFont(LABEL_FONT);
        plot.setLabelBackgroundPaint(Color.WHITE);
        plot.setLabelOutlinePaint(null);
        plot.setLabelShadowPaint(null);
        plot.setInteriorGap(0.06);
        DecimalFormat percent = new DecimalFormat("0.#%", DecimalFormatSymbols.getInstance(Locale.US));
        plot.setLabelGenerator(new StandardPieSectionLabelGenerator("{0}: {1} ({2})", new ChartNumberFormat(), percent));
        for (int i = 0; i < dataset.getItemCount(); i++) {
            plot.setSectionPaint(dataset.getKey(i), PALETTE[i % PALETTE.length]);
        }
        TextTitle measure = new TextTitle(ChartLabels.readable(plan.yColumns().get(0)) + " by "
                + ChartLabels.readable(plan.xColumn()).toLowerCase(Locale.ROOT), SUBTITLE_FONT);
        measure.setPaint(Color.GRAY);
        chart.addSubtitle(measure);
        return chart;
    }

    private static void stylePlotBackground(XYPlot plot) {
        plot.setBackgroundPaint(Color.WHITE);
        plot.setOutlineVisible(false);
        plot.setDomainGridlinePaint(GRID);
        plot.setRangeGridlinePaint(GRID);
        plot.setDomainGridlineStroke(new BasicStroke(1f));
        plot.setRangeGridlineStroke(new BasicStroke(1f));
    }

    private static void styleAxis(Axis axis) {
        axis.setLabelFont(LABEL_FONT);
        axis.setLabelPaint(TEXT);
        axis.setTickLabelFont(TICK_FONT);
        axis.setTickLabelPaint(TEXT);
        axis.setAxisLinePaint(Color.GRAY);
    }

    private static void styleValueAxis(ValueAxis axis) {
        styleAxis(axis);
        if (axis instanceof NumberAxis numbers) {
            numbers.setNumberFormatOverride(new ChartNumberFormat());
        }
        // JFreeChart picks the densest tick unit whose labels fit; wider insets leave about ten ticks
        axis.setTickLabelInsets(new RectangleInsets(12, 10, 12, 10));
    }

    private static String valueLabel(ChartPlan plan) {
        return plan.yColumns().size() == 1 ? ChartLabels.readable(plan.yColumns().get(0)) : "";
    }

    private static String uniqueLabel(Object value, Set<String> used) {
        String base = value == null ? NO_VALUE
                : ChartLabels.shorten(value instanceof Number n ? plainNumber(n) : value.toString(), ChartLabels.MAX_CATEGORY);
        String label = base;
        for (int i = 2; !used.add(label); i++) {
            label = base + " (" + i + ")";
        }
        return label;
    }

    /** Month 3, hour 14, customer 10045: labels, so no thousands separators. */
    private static String plainNumber(Number n) {
        Object key = ChartColumnProfile.key(n);
        return key instanceof java.math.BigDecimal d ? d.toPlainString() : key.toString();
    }

    private static Number number(Object value) {
        return value instanceof Number n ? n : null;
    }

    private static SimpleDateFormat format(String pattern, TimeZone zone) {
        SimpleDateFormat f = new SimpleDateFormat(pattern, Locale.US);
        f.setTimeZone(zone);
        return f;
    }

    private static int index(List<String> columns, String name) {
        int i = columns.indexOf(name);
        if (i < 0) {
            throw new IllegalArgumentException("column " + name + " is not in the result " + columns);
        }
        return i;
    }
}
