package io.sqlassist.chart;

import static org.assertj.core.api.Assertions.assertThat;

import io.sqlassist.wire.ChartType;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class ChartShapesTest {

    static List<Object> row(Object... values) {
        return Arrays.asList(values);
    }

    static final List<String> MONTHLY_COLUMNS = List.of("order_month", "total_revenue");
    static final List<List<Object>> MONTHLY = List.of(
            row("2025-03", new BigDecimal("15200.50")),
            row("2025-01", new BigDecimal("12000.00")),
            row("2025-02", new BigDecimal("13750.25")),
            row("2025-04", new BigDecimal("16100.00")));

    static final List<String> COUNTRY_COLUMNS = List.of("country", "orders");
    static final List<List<Object>> COUNTRIES = List.of(
            row("France", 120), row("Germany", 340), row("Spain", 85), row("Italy", 210), row("Portugal", 40));

    static final List<String> STATUS_COLUMNS = List.of("status", "count_star()");
    static final List<List<Object>> STATUSES = List.of(
            row("delivered", 820L), row("shipped", 95L), row("pending", 40L), row("cancelled", 30L), row("returned", 15L));

    @Test
    void monthlyRevenueIsALineSortedByTime() {
        ChartDecision d = ChartShapes.detect(MONTHLY_COLUMNS, MONTHLY, null, "What was revenue per month?");

        assertThat(d.charted()).as(d.reason()).isTrue();
        assertThat(d.plan().type()).isEqualTo(ChartType.line);
        assertThat(d.plan().xColumn()).isEqualTo("order_month");
        assertThat(d.plan().yColumns()).containsExactly("total_revenue");
        assertThat(d.plan().order()).isEqualTo(ChartOrder.TIME);
        assertThat(d.plan().title()).isEqualTo("What was revenue per month?");
    }

    @Test
    void datesTimestampsAndIntegerYearsAreTime() {
        assertThat(ChartShapes.detect(List.of("day", "visits"),
                List.of(row("2025-03-01", 5), row("2025-03-02", 7)), null, null).plan().type()).isEqualTo(ChartType.line);
        assertThat(ChartShapes.detect(List.of("created_at", "visits"),
                List.of(row("2025-03-01T10:15:30", 5), row("2025-03-01 11:15:30", 7)), null, null).plan().type())
                .isEqualTo(ChartType.line);
        ChartDecision years = ChartShapes.detect(List.of("order_year", "revenue", "orders"),
                List.of(row(2023, 10.5, 3), row(2024, 12.0, 4), row(2025, 9.0, 2)), null, null);
        assertThat(years.plan().type()).isEqualTo(ChartType.line);
        assertThat(years.plan().yColumns()).containsExactly("revenue", "orders");
    }

    @Test
    void ordersPerCountryIsABarSortedByValue() {
        ChartDecision d = ChartShapes.detect(COUNTRY_COLUMNS, COUNTRIES, null, "How many orders per country?");

        assertThat(d.plan().type()).isEqualTo(ChartType.bar);
        assertThat(d.plan().xColumn()).isEqualTo("country");
        assertThat(d.plan().order()).isEqualTo(ChartOrder.VALUE_DESCENDING);
    }

    @Test
    void ordinalCategoriesKeepTheirOwnOrder() {
        ChartDecision weekdays = ChartShapes.detect(List.of("weekday", "orders"),
                List.of(row("Tue", 5), row("Mon", 9), row("Wed", 2)), null, null);
        ChartDecision monthNumbers = ChartShapes.detect(List.of("order_month", "orders"),
                List.of(row(3, 5), row(1, 9), row(2, 2)), null, null);
        ChartDecision buckets = ChartShapes.detect(List.of("basket_size", "customers"),
                List.of(row("10-20", 5), row("<10", 9), row("50+", 2)), null, null);

        assertThat(weekdays.plan().order()).isEqualTo(ChartOrder.NATURAL);
        assertThat(monthNumbers.plan().type()).isEqualTo(ChartType.bar);
        assertThat(monthNumbers.plan().order()).isEqualTo(ChartOrder.NATURAL);
        assertThat(buckets.plan().order()).isEqualTo(ChartOrder.NATURAL);
    }

    @Test
    void shareByStatusIsAPieWhenAskedOrWhenTheQuestionSpeaksOfShares() {
        assertThat(ChartShapes.detect(STATUS_COLUMNS, STATUSES, ChartType.pie, "orders by status").plan().type())
                .isEqualTo(ChartType.pie);
        assertThat(ChartShapes.detect(STATUS_COLUMNS, STATUSES, null, "What share of orders is in each status?")
                .plan().type()).isEqualTo(ChartType.pie);
        assertThat(ChartShapes.detect(STATUS_COLUMNS, STATUSES, null, "Breakdown of orders by status").plan().type())
                .isEqualTo(ChartType.pie);
        assertThat(ChartShapes.detect(STATUS_COLUMNS, STATUSES, null, "How many orders per status?").plan().type())
                .isEqualTo(ChartType.bar);
    }

    @Test
    void shareWordsDoNotForceAPieThatDoesNotFit() {
        List<List<Object>> withNegative = new ArrayList<>(STATUSES);
        withNegative.add(row("adjustment", -5L));

        ChartDecision d = ChartShapes.detect(STATUS_COLUMNS, withNegative, null, "share of orders per status");

        assertThat(d.plan().type()).isEqualTo(ChartType.bar);
    }

    @Test
    void aRequestedTypeThatDoesNotFitIsRefusedWithTheReason() {
        ChartDecision line = ChartShapes.detect(COUNTRY_COLUMNS, COUNTRIES, ChartType.line, null);
        ChartDecision pie = ChartShapes.detect(List.of("region", "revenue", "orders"),
                List.of(row("EU", 1.0, 2), row("US", 3.0, 4)), ChartType.pie, null);
        ChartDecision negativePie = ChartShapes.detect(List.of("region", "profit"),
                List.of(row("EU", -1.0), row("US", 3.0)), ChartType.pie, null);

        assertThat(line.charted()).isFalse();
        assertThat(line.reason()).contains("line chart needs a date or time column").contains("country");
        assertThat(pie.reason()).contains("2 numeric columns").contains("a pie shows exactly one");
        assertThat(negativePie.reason()).contains("negative values in profit");
    }

    @Test
    void aPieOfMoreThanEightSlicesIsRefusedWhenRequested() {
        List<List<Object>> rows = new ArrayList<>();
        for (int i = 0; i < 9; i++) {
            rows.add(row("c" + (char) ('a' + i), i + 1));
        }
        assertThat(ChartShapes.detect(List.of("category", "sales"), rows, ChartType.pie, null).reason())
                .isEqualTo("9 categories: more than 8 for a pie");
    }

    @Test
    void resultsThatMustNotBeCharted() {
        assertThat(ChartShapes.detect(MONTHLY_COLUMNS, List.of(), null, null).reason()).isEqualTo("no rows");
        assertThat(ChartShapes.detect(MONTHLY_COLUMNS, List.of(row("2025-01", 1)), null, null).reason())
                .isEqualTo("single row: nothing to compare");
        assertThat(ChartShapes.detect(List.of("name", "email"),
                List.of(row("Ann", "a@x.io"), row("Bob", "b@x.io")), null, null).reason()).isEqualTo("no numeric column");
        assertThat(ChartShapes.detect(List.of("customer_id", "order_id"),
                List.of(row(1, 10), row(2, 11)), null, null).reason())
                .isEqualTo("no numeric column: only identifier columns (customer_id, order_id)");
        assertThat(ChartShapes.detect(List.of("country", "revenue"),
                List.of(row("FR", null), row("DE", null)), null, null).reason())
                .isEqualTo("no numeric column with values (all null: revenue)");
    }

    @Test
    void fortyOneCategoriesAreTooManyForABar() {
        List<List<Object>> rows = new ArrayList<>();
        for (int i = 0; i < 41; i++) {
            rows.add(row("city " + (char) ('A' + i % 26) + i / 26, i * 10));
        }
        ChartDecision d = ChartShapes.detect(List.of("city", "orders"), rows, null, null);

        assertThat(d.reason()).isEqualTo("41 categories: more than 30");
        assertThat(ChartShapes.detect(List.of("city", "orders"), rows, ChartType.bar, null).reason())
                .isEqualTo("41 categories: more than 30");
    }

    @Test
    void identifiersAreNotMeasuresAndAllNullColumnsAreIgnored() {
        ChartDecision d = ChartShapes.detect(List.of("customer_id", "country", "notes", "revenue"),
                List.of(row(7, "FR", null, 10.0), row(8, "DE", null, 20.0)), null, null);

        assertThat(d.plan().xColumn()).isEqualTo("country");
        assertThat(d.plan().yColumns()).containsExactly("revenue");
    }

    @Test
    void anIdentifierIsALabelWhenNothingElseIs() {
        ChartDecision d = ChartShapes.detect(List.of("customer_id", "total_spent"),
                List.of(row(101, 50.0), row(102, 75.0)), null, null);

        assertThat(d.plan().xColumn()).isEqualTo("customer_id");
        assertThat(d.plan().type()).isEqualTo(ChartType.bar);
    }

    @Test
    void durationsNamedWithTimeWordsAreStillMeasures() {
        ChartDecision d = ChartShapes.detect(List.of("carrier", "avg_delivery_time"),
                List.of(row("UPS", 2.5), row("DHL", 3.25)), null, null);

        assertThat(d.plan().yColumns()).containsExactly("avg_delivery_time");
    }

    @Test
    void twoLabelColumnsOrRepeatedLabelsAreRefused() {
        assertThat(ChartShapes.detect(List.of("order_month", "country", "revenue"),
                List.of(row("2025-01", "FR", 1), row("2025-01", "DE", 2)), null, null).reason())
                .startsWith("2 label columns (order_month, country)");
        assertThat(ChartShapes.detect(List.of("country", "revenue"),
                List.of(row("FR", 1), row("FR", 2)), null, null).reason())
                .isEqualTo("values of country repeat: a chart needs one row per category");
    }

    @Test
    void aLongQuestionIsCutAtAWordAndAMissingOneGetsATitleFromTheColumns() {
        String question = "Show me the total revenue for every country we sold to in the last three fiscal years, "
                + "excluding refunds and internal test orders";
        ChartDecision d = ChartShapes.detect(COUNTRY_COLUMNS, COUNTRIES, null, question);
        ChartDecision untitled = ChartShapes.detect(MONTHLY_COLUMNS, MONTHLY, null, "  ");

        assertThat(d.plan().title()).hasSizeLessThanOrEqualTo(ChartLabels.MAX_TITLE).endsWith("…");
        assertThat(untitled.plan().title()).isEqualTo("Total revenue by order month");
    }

    @Test
    void columnNamesReadAsWords() {
        assertThat(ChartLabels.readable("total_revenue")).isEqualTo("Total revenue");
        assertThat(ChartLabels.readable("count_star()")).isEqualTo("Count");
        assertThat(ChartLabels.readable("avgOrderValueUsd")).isEqualTo("Avg order value USD");
    }

    @Test
    void numbersReadWell() {
        ChartNumberFormat f = new ChartNumberFormat();
        assertThat(f.format(1234567.891)).isEqualTo("1.23M");
        assertThat(f.format(12345.678)).isEqualTo("12,345.68");
        assertThat(f.format(3_400_000_000L)).isEqualTo("3.4B");
        assertThat(f.format(0.5)).isEqualTo("0.5");
    }
}
