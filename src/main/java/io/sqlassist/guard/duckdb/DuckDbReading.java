package io.sqlassist.guard.duckdb;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.OptionalLong;
import java.util.Set;

/**
 * How DuckDB's own parser reads a SQL text ({@code json_serialize_sql}), reduced to what the guard compares with
 * its Trino reading. Names are lower-cased.
 *
 * @param statements     how many statements DuckDB sees; 0 when it could not read the text
 * @param error          DuckDB's parser error, or why it could not serialize the text (it serializes only SELECT
 *                       statements); null when it read the text
 * @param kind           {@code SELECT}, {@code SHOW TABLES}, {@code DESCRIBE} or {@code SUMMARIZE} for the first
 *                       statement; empty when unread
 * @param tables         every table reference as written, {@code [catalog,] [schema,] table} (CTE references too)
 * @param functions      every function, aggregate, window and table function called, operators included
 * @param calls          the same calls with their arguments, for the rules that judge arguments
 * @param tableFunctions the functions called as tables ({@code FROM range(10)}, {@code FROM unnest(…)})
 * @param columns        every column reference, each as its dotted parts
 * @param strings        the text of every string literal
 * @param numbers        the text of every number literal
 * @param features       constructs the guard refuses on sight when present: {@code COLUMNS}, {@code STAR
 *                       EXCLUDE/REPLACE/RENAME}, {@code NATURAL JOIN}, {@code POSITIONAL JOIN}, {@code ASOF JOIN},
 *                       {@code PIVOT}, {@code SHOW_REF <type>} (SHOW, DESCRIBE, SUMMARIZE anywhere), {@code POSITIONAL REFERENCE}, {@code PARAMETER}, {@code RECURSIVE CTE},
 *                       {@code QUALIFIED FUNCTION}
 * @param topLimit       the constant row count of the outermost LIMIT / FETCH FIRST, when there is one
 */
public record DuckDbReading(int statements, String error, String kind, List<List<String>> tables,
                            List<String> functions, List<Call> calls, List<String> tableFunctions,
                            List<List<String>> columns, List<String> strings, List<String> numbers,
                            Set<String> features, OptionalLong topLimit) {
    /**
     * One function call as DuckDB reads it.
     *
     * @param name      lower-cased function name
     * @param arguments per argument: {@code INTEGER 10}, {@code NUMERIC 1.5}, {@code STRING text} for a literal,
     *                  {@code EXPRESSION} for anything else
     */
    public record Call(String name, List<String> arguments) {
        public static final String EXPRESSION = "EXPRESSION";

        public Call {
            requireNonNull(name, "name is null");
            arguments = List.copyOf(arguments);
        }
    }

    public DuckDbReading {
        requireNonNull(kind, "kind is null");
        tables = tables.stream().map(List::copyOf).toList();
        functions = List.copyOf(functions);
        calls = List.copyOf(calls);
        numbers = List.copyOf(numbers);
        tableFunctions = List.copyOf(tableFunctions);
        columns = columns.stream().map(List::copyOf).toList();
        strings = List.copyOf(strings);
        features = Set.copyOf(features);
        requireNonNull(topLimit, "topLimit is null");
    }

    static DuckDbReading unreadable(String error) {
        return new DuckDbReading(0, requireNonNull(error, "error is null"), "", List.of(), List.of(), List.of(),
                List.of(), List.of(), List.of(), List.of(), Set.of(), OptionalLong.empty());
    }

    /** True when DuckDB read exactly one statement it could serialize (so: one SELECT-like statement). */
    public boolean isOneStatement() {
        return error == null && statements == 1;
    }
}
