package io.sqlassist.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What a person reads in the terminal: months as dates, averages without sixteen decimals, exact decimals as they are. */
class TableFormatterTest {
    @Test
    void aColumnOfMidnightTimestampsShowsDates() {
        String table = TableFormatter.format(List.of("month", "orders"), List.of(
                List.of("2025-11-01T00:00", 12), List.of("2025-12-01T00:00:00.000", 7), Arrays.asList(null, 1)));

        assertThat(table).contains("| 2025-11-01 |").contains("| 2025-12-01 |").doesNotContain("T00:00");
    }

    @Test
    void timestampsWithATimeOfDayStayWhole() {
        String table = TableFormatter.format(List.of("at"), List.of(List.of("2025-11-01T00:00"),
                List.of("2025-11-01T08:15")));

        assertThat(table).contains("2025-11-01T00:00").contains("2025-11-01T08:15");
    }

    @Test
    void floatingPointValuesShowTwoDecimalsOrFourSignificantDigitsBelowOne() {
        String table = TableFormatter.format(List.of("average", "share", "exact"), List.of(
                List.of(279.3558640226629, 0.000123456, new BigDecimal("1234.50")),
                List.of(322.0, 0.5, new BigDecimal("7.125"))));

        assertThat(table).contains("279.36").contains("322.00").contains("0.0001235").contains("0.5")
                .contains("1234.50").contains("7.125").doesNotContain("279.3558");
    }
}
