package io.sqlassist.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class ResultComparatorTest {
    private static List<Object> row(Object... values) {
        return Arrays.asList(values);
    }

    private static boolean same(List<List<Object>> expected, List<List<Object>> actual, boolean ordered) {
        return ResultComparator.compare(expected, actual, ordered).equal();
    }

    @Test
    void rowOrderMattersOnlyWhenAsked() {
        List<List<Object>> a = List.of(row("x", 1), row("y", 2));
        List<List<Object>> b = List.of(row("y", 2), row("x", 1));
        assertThat(same(a, b, false)).isTrue();
        assertThat(same(a, b, true)).isFalse();
        assertThat(ResultComparator.compare(a, b, true).reason()).contains("row 1");
    }

    @Test
    void columnOrderDoesNotMatter() {
        assertThat(same(List.of(row("Germany", 12L)), List.of(row(12, "Germany")), true)).isTrue();
    }

    @Test
    void numbersCompareWithinRelativeTolerance() {
        assertThat(same(List.of(row(new BigDecimal("10.00"))), List.of(row(10)), false)).isTrue();
        assertThat(same(List.of(row(1.0 / 3)), List.of(row(new BigDecimal("0.3333333333"))), false)).isTrue();
        assertThat(same(List.of(row(1000000.0)), List.of(row(1000000.5)), false)).isTrue();
        assertThat(same(List.of(row(100.0)), List.of(row(100.1)), false)).isFalse();
        assertThat(same(List.of(row(0)), List.of(row(0.0)), false)).isTrue();
    }

    @Test
    void nullEqualsNullOnly() {
        assertThat(same(List.of(row((Object) null)), List.of(row((Object) null)), false)).isTrue();
        assertThat(same(List.of(row((Object) null)), List.of(row(0)), false)).isFalse();
        assertThat(same(List.of(row("a", null)), List.of(row(null, "a")), false)).isTrue();
    }

    @Test
    void duplicatesCountAsAMultiset() {
        List<List<Object>> twice = List.of(row("a"), row("a"), row("b"));
        assertThat(same(twice, List.of(row("a"), row("b"), row("b")), false)).isFalse();
        assertThat(same(twice, List.of(row("b"), row("a"), row("a")), false)).isTrue();
        assertThat(same(twice, List.of(row("a"), row("b")), false)).isFalse();
    }

    @Test
    void differentShapesAreReported() {
        assertThat(ResultComparator.compare(List.of(row(1)), List.of(row(1, 2)), false).reason())
                .isEqualTo("expected 1 columns, got 2");
        assertThat(ResultComparator.compare(List.of(row(1)), List.of(), false).reason())
                .isEqualTo("expected 1 rows, got 0");
    }

    @Test
    void datesAndMidnightTimestampsAreTheSameDay() {
        assertThat(same(List.of(row(Date.valueOf("2025-03-01"))),
                List.of(row(Timestamp.valueOf("2025-03-01 00:00:00"))), false)).isTrue();
        assertThat(same(List.of(row(LocalDate.of(2025, 3, 1))), List.of(row(Date.valueOf("2025-03-01"))), false))
                .isTrue();
    }
}
