package io.sqlassist.wire;

import java.util.Locale;
import java.util.Optional;

/** The chart kinds the assistant draws; lower case so they serialise as {@code "line"}, {@code "bar"}, {@code "pie"}. */
public enum ChartType {
    line, bar, pie;

    /** Reads a user's or a generator's chart request; blank or unknown text is "no request". */
    public static Optional<ChartType> parse(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        String t = text.strip().toLowerCase(Locale.ROOT);
        for (ChartType type : values()) {
            if (type.name().equals(t)) {
                return Optional.of(type);
            }
        }
        return Optional.empty();
    }
}
