package io.sqlassist.guard;

import io.trino.sql.tree.Expression;
import io.trino.sql.tree.GenericLiteral;
import io.trino.sql.tree.IntervalLiteral;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The length of the list {@code range} / {@code generate_series} would build, from literal arguments only: DuckDB
 * materialises the whole list (range(1000000000) is 8 GB, outside its memory limit), so the bounds must be
 * written in the query and the list short. Dates and timestamps stepped by an interval count too, which is how
 * analysts build a calendar.
 */
final class SequenceSize {
    static final long MAX_ELEMENTS = 10_000;
    private static final long SECONDS_PER_MONTH = 2_629_746; // the Gregorian average

    private SequenceSize() {
    }

    static Optional<String> refusal(String name, List<Expression> arguments) {
        Optional<BigDecimal> elements = elements(name, arguments);
        if (elements.isEmpty()) {
            return Optional.of(name + " must have its bounds and step written in the query as numbers, or as"
                    + " DATE/TIMESTAMP literals stepped by an INTERVAL literal");
        }
        if (elements.get().compareTo(BigDecimal.valueOf(MAX_ELEMENTS)) > 0) {
            return Optional.of(name + " would build a list of " + elements.get().toPlainString() + " elements; at most "
                    + MAX_ELEMENTS + " are allowed");
        }
        return Optional.empty();
    }

    private static Optional<BigDecimal> elements(String name, List<Expression> arguments) {
        boolean inclusive = name.equalsIgnoreCase("generate_series") || name.equalsIgnoreCase("sequence");
        if (arguments.isEmpty() || arguments.size() > 3) {
            return Optional.empty();
        }
        List<Optional<BigDecimal>> numbers = arguments.stream().map(FunctionCheck::numberLiteral).toList();
        if (numbers.stream().allMatch(Optional::isPresent)) {
            BigDecimal start = arguments.size() == 1 ? BigDecimal.ZERO : numbers.get(0).get();
            BigDecimal stop = arguments.size() == 1 ? numbers.get(0).get() : numbers.get(1).get();
            BigDecimal step = arguments.size() == 3 ? numbers.get(2).get() : BigDecimal.ONE;
            return count(start, stop, step, inclusive);
        }
        if (arguments.size() != 3) {
            return Optional.empty();
        }
        Optional<Long> start = epochSeconds(arguments.get(0));
        Optional<Long> stop = epochSeconds(arguments.get(1));
        Optional<Long> step = intervalSeconds(arguments.get(2));
        if (start.isEmpty() || stop.isEmpty() || step.isEmpty()) {
            return Optional.empty();
        }
        return count(BigDecimal.valueOf(start.get()), BigDecimal.valueOf(stop.get()), BigDecimal.valueOf(step.get()),
                inclusive);
    }

    private static Optional<BigDecimal> count(BigDecimal start, BigDecimal stop, BigDecimal step, boolean inclusive) {
        if (step.signum() == 0) {
            return Optional.empty();
        }
        BigDecimal span = stop.subtract(start).divide(step, 0, RoundingMode.CEILING);
        if (span.signum() < 0) {
            return Optional.of(BigDecimal.ZERO);
        }
        return Optional.of(inclusive ? span.add(BigDecimal.ONE) : span);
    }

    private static Optional<Long> epochSeconds(Expression expression) {
        if (!(expression instanceof GenericLiteral literal)) {
            return Optional.empty();
        }
        String value = literal.getValue().trim();
        try {
            return switch (literal.getType().toUpperCase(Locale.ROOT)) {
                case "DATE" -> Optional.of(LocalDate.parse(value).toEpochDay() * 86_400);
                case "TIMESTAMP" -> Optional.of(ChronoUnit.SECONDS.between(LocalDateTime.of(1970, 1, 1, 0, 0),
                        LocalDateTime.parse(value.replace(' ', 'T'))));
                default -> Optional.empty();
            };
        } catch (DateTimeParseException | ArithmeticException e) {
            return Optional.empty();
        }
    }

    private static Optional<Long> intervalSeconds(Expression expression) {
        if (!(expression instanceof IntervalLiteral interval) || interval.getEndField().isPresent()) {
            return Optional.empty();
        }
        long amount;
        try {
            amount = Long.parseLong(interval.getValue().trim());
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
        if (interval.getSign() == IntervalLiteral.Sign.NEGATIVE) {
            amount = -amount;
        }
        long unit = switch (interval.getStartField()) {
            case YEAR -> 12 * SECONDS_PER_MONTH;
            case MONTH -> SECONDS_PER_MONTH;
            case DAY -> 86_400;
            case HOUR -> 3_600;
            case MINUTE -> 60;
            case SECOND -> 1;
        };
        return amount == 0 ? Optional.empty() : Optional.of(amount * unit);
    }

    /** A DATE or TIMESTAMP literal in seconds since 1970, or an INTERVAL literal in seconds. */
    static Optional<Long> seconds(Expression expression) {
        return expression instanceof IntervalLiteral ? intervalSeconds(expression) : epochSeconds(expression);
    }
}
