package io.sqlassist.guard;

import static java.util.Objects.requireNonNull;

/**
 * SQL after row-limit enforcement.
 *
 * @param sql     the text as it would run (the original text when unchanged)
 * @param changed true when a LIMIT was appended or lowered
 * @param change  what was done, e.g. "LIMIT 1000 appended"; empty when unchanged
 */
public record LimitedSql(String sql, boolean changed, String change) {
    public LimitedSql {
        requireNonNull(sql, "sql is null");
        requireNonNull(change, "change is null");
    }

    static LimitedSql unchanged(String sql) {
        return new LimitedSql(sql, false, "");
    }
}
