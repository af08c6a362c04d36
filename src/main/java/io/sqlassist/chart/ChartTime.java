package io.sqlassist.chart;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Collection;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A point on a time axis read from a result value: ISO date, timestamp (with {@code T} or a space, optional offset),
 * month {@code 2025-03}, quarter {@code 2025-Q1}, or a bare year when the column is named like a year.
 * Local times are read as UTC so that the axis never shifts with the server's time zone.
 *
 * @param epochMillis the start of the period, UTC
 * @param unit        how precise the value was written
 */
public record ChartTime(long epochMillis, Unit unit) implements Comparable<ChartTime> {

    /** From coarse to fine. */
    public enum Unit { YEAR, QUARTER, MONTH, DAY, TIMESTAMP }

    private static final Pattern YEAR = Pattern.compile("\\d{4}");
    private static final Pattern QUARTER = Pattern.compile("(\\d{4})-?Q([1-4])", Pattern.CASE_INSENSITIVE);
    private static final Pattern MONTH = Pattern.compile("\\d{4}-\\d{2}");
    private static final Pattern DAY = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final Pattern TIMESTAMP = Pattern.compile("\\d{4}-\\d{2}-\\d{2}[T ]\\d{2}:\\d{2}.*");

    public ChartTime {
        requireNonNull(unit, "unit is null");
    }

    /**
     * @param value     a result value (String or Number)
     * @param yearNamed whether the column's name says it holds years: only then are {@code 2024} and "2024" years
     */
    public static Optional<ChartTime> parse(Object value, boolean yearNamed) {
        if (value instanceof Number n) {
            return yearNamed ? integerYear(n).map(ChartTime::ofYear) : Optional.empty();
        }
        if (!(value instanceof String s)) {
            return Optional.empty();
        }
        String t = s.strip();
        try {
            if (TIMESTAMP.matcher(t).matches()) {
                return timestamp(t.charAt(10) == ' ' ? t.substring(0, 10) + 'T' + t.substring(11) : t);
            }
            if (DAY.matcher(t).matches()) {
                return Optional.of(new ChartTime(millis(LocalDate.parse(t)), Unit.DAY));
            }
            if (MONTH.matcher(t).matches()) {
                return Optional.of(new ChartTime(millis(YearMonth.parse(t).atDay(1)), Unit.MONTH));
            }
            Matcher q = QUARTER.matcher(t);
            if (q.matches()) {
                LocalDate start = LocalDate.of(Integer.parseInt(q.group(1)), (Integer.parseInt(q.group(2)) - 1) * 3 + 1, 1);
                return Optional.of(new ChartTime(millis(start), Unit.QUARTER));
            }
            if (yearNamed && YEAR.matcher(t).matches()) {
                return Optional.of(ofYear(Integer.parseInt(t)));
            }
        } catch (DateTimeParseException | IllegalArgumentException e) {
            return Optional.empty();
        }
        return Optional.empty();
    }

    /**
     * The unit that describes a whole column: the finest written unit, made coarser when every value sits on a
     * period start (warehouses often return {@code date_trunc('month', …)} as a midnight timestamp).
     */
    public static Unit columnUnit(Collection<ChartTime> times) {
        Unit finest = Unit.YEAR;
        for (ChartTime t : times) {
            if (t.unit.compareTo(finest) > 0) {
                finest = t.unit;
            }
        }
        if (finest == Unit.TIMESTAMP && times.stream().allMatch(t -> t.epochMillis % 86_400_000L == 0)) {
            finest = Unit.DAY;
        }
        if (finest == Unit.DAY && times.size() > 1 && times.stream().allMatch(t -> t.date().getDayOfMonth() == 1)) {
            finest = Unit.MONTH;
        }
        return finest;
    }

    public LocalDate date() {
        return LocalDate.ofEpochDay(Math.floorDiv(epochMillis, 86_400_000L));
    }

    @Override
    public int compareTo(ChartTime other) {
        return Long.compare(epochMillis, other.epochMillis);
    }

    private static Optional<ChartTime> timestamp(String t) {
        try {
            return Optional.of(new ChartTime(LocalDateTime.parse(t).toInstant(ZoneOffset.UTC).toEpochMilli(), Unit.TIMESTAMP));
        } catch (DateTimeParseException local) {
            return Optional.of(new ChartTime(OffsetDateTime.parse(t).toInstant().toEpochMilli(), Unit.TIMESTAMP));
        }
    }

    private static Optional<Integer> integerYear(Number n) {
        try {
            BigDecimal d = n instanceof BigDecimal b ? b : new BigDecimal(n.toString());
            int year = d.intValueExact();
            return year >= 1000 && year <= 9999 ? Optional.of(year) : Optional.empty();
        } catch (ArithmeticException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static ChartTime ofYear(int year) {
        return new ChartTime(millis(LocalDate.of(year, 1, 1)), Unit.YEAR);
    }

    private static long millis(LocalDate date) {
        return date.toEpochDay() * 86_400_000L;
    }
}
