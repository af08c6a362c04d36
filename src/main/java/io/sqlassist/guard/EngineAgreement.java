package io.sqlassist.guard;

import io.sqlassist.guard.duckdb.DuckDbReading;
import io.trino.sql.tree.Query;
import io.trino.sql.tree.ShowColumns;
import io.trino.sql.tree.ShowTables;
import io.trino.sql.tree.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Refuses a text unless DuckDB's parser reads it as the guard did: exactly one statement of the same kind, the same
 * tables, and no function, column or string the guard did not see. Trino and DuckDB read comments, strings and
 * escapes differently (DuckDB nests block comments and honours {@code E'\''}); wherever their readings part, what
 * DuckDB would run is not what was checked, and only a refusal is safe.
 */
final class EngineAgreement {
    private static final Map<String, String> REFUSED_FEATURES = Map.of(
            "COLUMNS", "COLUMNS(…) selects columns by pattern, so the check cannot tell which columns it reads",
            "STAR EXCLUDE/REPLACE/RENAME", "* EXCLUDE / REPLACE / RENAME is DuckDB-only syntax; name the columns",
            "NATURAL JOIN", "NATURAL JOIN joins on columns it does not name; write the join condition with ON",
            "POSITIONAL JOIN", "POSITIONAL JOIN is DuckDB-only syntax",
            "ASOF JOIN", "ASOF JOIN is DuckDB-only syntax",
            "PIVOT", "PIVOT is DuckDB-only syntax",
            "POSITIONAL REFERENCE", "#n column positions are DuckDB-only syntax; name the column",
            "PARAMETER", "statement parameters ($1, ?) cannot be reviewed; write the value",
            "QUALIFIED FUNCTION", "schema-qualified function names are not allowed; call the function by its name");

    private EngineAgreement() {
    }

    static List<String> disagreements(ParsedStatement parsed, DuckDbReading duckdb) {
        if (!duckdb.isOneStatement()) {
            return List.of(duckdb.statements() > 1
                    ? "DuckDB reads " + duckdb.statements() + " statements in this text, where the check read one"
                    : "DuckDB does not read this text as one query: " + duckdb.error());
        }
        Set<String> reasons = new LinkedHashSet<>();
        checkKind(parsed.statement(), duckdb, reasons);
        for (String feature : duckdb.features()) {
            String reason = REFUSED_FEATURES.get(feature);
            if (reason != null) {
                reasons.add(reason);
            } else if (feature.startsWith("STATEMENT INSIDE QUERY")) {
                reasons.add("DuckDB reads a statement that is not a query (" + feature.substring(
                        "STATEMENT INSIDE QUERY ".length()).replace("_QUERY_NODE", "").replace('_', ' ')
                        + ") inside this one");
            } else if (feature.startsWith("SHOW_REF") && parsed.statement() instanceof Query) {
                reasons.add("DuckDB reads a SHOW / DESCRIBE / SUMMARIZE inside this query");
            }
        }
        TrinoReading trino = TrinoReading.of(parsed.statement());
        if (!sameTables(trino.tables, duckdb.tables())) {
            reasons.add("DuckDB reads other tables here (" + names(duckdb.tables()) + ") than the check did ("
                    + names(trino.tables) + ")");
        }
        for (String function : duckdb.functions()) {
            if (!trino.functions.contains(function)) {
                reasons.add("DuckDB reads a call to " + function + " that the check did not see");
            }
        }
        for (List<String> column : duckdb.columns()) {
            for (String part : column) {
                if (!trino.identifiers.contains(part)) {
                    reasons.add("DuckDB reads a column " + String.join(".", column) + " that the check did not see");
                    break;
                }
            }
        }
        for (String text : duckdb.strings()) {
            if (!trino.literals.contains(text) && !trino.extractFields.contains(text.toLowerCase(java.util.Locale.ROOT))) {
                reasons.add("DuckDB reads a string literal the check read differently (escapes or quoting differ)");
                break;
            }
        }
        return new ArrayList<>(reasons);
    }

    private static void checkKind(Statement statement, DuckDbReading duckdb, Set<String> reasons) {
        String expected;
        if (statement instanceof Query) {
            expected = "SELECT";
        } else if (statement instanceof ShowTables show) {
            expected = show.getSchema().isEmpty() ? "SHOW TABLES" : show.getSchema().get().getParts().size() == 1
                    ? "SHOW TABLES FROM " + show.getSchema().get().getSuffix().toLowerCase(java.util.Locale.ROOT)
                    : "SHOW TABLES FROM " + show.getSchema().get();
        } else if (statement instanceof ShowColumns) {
            expected = "DESCRIBE";
        } else {
            reasons.add(StatementKinds.describe(statement) + " is not available on DuckDB"
                    + (statement instanceof io.trino.sql.tree.Explain
                    ? ": sqlassist plans every query with EXPLAIN itself before a reviewer sees it" : ""));
            return;
        }
        if (!duckdb.kind().equals(expected)) {
            reasons.add("DuckDB reads this as " + duckdb.kind() + ", the check as " + StatementKinds.describe(statement));
        }
    }

    private static boolean sameTables(List<List<String>> trino, List<List<String>> duckdb) {
        return counts(trino).equals(counts(duckdb));
    }

    private static Map<String, Integer> counts(List<List<String>> tables) {
        Map<String, Integer> counts = new HashMap<>();
        tables.forEach(parts -> counts.merge(String.join(".", parts).toLowerCase(java.util.Locale.ROOT), 1,
                Integer::sum));
        return counts;
    }

    private static String names(List<List<String>> tables) {
        return tables.isEmpty() ? "none" : String.join(", ", tables.stream().map(p -> String.join(".", p)).toList());
    }
}
