package io.sqlassist.execute.athena;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoField;
import java.util.Locale;

/**
 * Maps Athena's text values to what JSON and CSV carry well, by the column's Athena type: numbers, booleans and
 * text, with timestamps in the same ISO-8601 form the local JDBC engine gives.
 */
final class AthenaValues {
    private static final DateTimeFormatter ATHENA_TIMESTAMP = new DateTimeFormatterBuilder()
            .appendPattern("yyyy-MM-dd HH:mm:ss")
            .optionalStart().appendFraction(ChronoField.NANO_OF_SECOND, 0, 9, true).optionalEnd()
            .toFormatter(Locale.ROOT);

    private AthenaValues() {
    }

    /** @param type Athena's {@code ColumnInfo.Type}, such as {@code bigint}, {@code decimal} or {@code varchar} */
    static Object portable(String type, String text) {
        if (text == null) {
            return null;
        }
        String base = type == null ? "varchar" : type.toLowerCase(Locale.ROOT);
        try {
            return switch (base) {
                case "tinyint", "smallint", "integer", "int", "bigint" -> Long.valueOf(text);
                case "double", "float", "real" -> number(text);
                case "decimal" -> new BigDecimal(text);
                case "boolean" -> Boolean.valueOf(text);
                case "timestamp" -> LocalDateTime.parse(text, ATHENA_TIMESTAMP).toString();
                default -> text;
            };
        } catch (NumberFormatException | DateTimeParseException e) {
            return text; // a value Athena printed in a form we do not know is still better shown than lost
        }
    }

    private static Object number(String text) {
        double value = Double.parseDouble(text);
        // NaN and infinities have no JSON number form.
        return Double.isFinite(value) ? value : text;
    }
}
