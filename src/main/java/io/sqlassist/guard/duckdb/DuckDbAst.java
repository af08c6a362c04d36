package io.sqlassist.guard.duckdb;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.OptionalLong;
import java.util.Set;

/**
 * Reduces the JSON of {@code json_serialize_sql} to a {@link DuckDbReading}. The walk is iterative: the JSON of a
 * deeply nested statement must not be able to exhaust the stack of the code that inspects it.
 */
final class DuckDbAst {
    private final List<List<String>> tables = new ArrayList<>();
    private final List<String> functions = new ArrayList<>();
    private final List<DuckDbReading.Call> calls = new ArrayList<>();
    private final List<String> numbers = new ArrayList<>();
    private final List<String> tableFunctions = new ArrayList<>();
    private final List<List<String>> columns = new ArrayList<>();
    private final List<String> strings = new ArrayList<>();
    private final Set<String> features = new LinkedHashSet<>();

    private DuckDbAst() {
    }

    static DuckDbReading read(JsonNode root) {
        if (root.path("error").asBoolean(true)) {
            String message = root.path("error_message").asText("");
            return DuckDbReading.unreadable(message.isEmpty() ? "DuckDB could not read the statement" : message);
        }
        JsonNode statements = root.path("statements");
        if (!statements.isArray() || statements.isEmpty()) {
            return DuckDbReading.unreadable("DuckDB found no statement");
        }
        DuckDbAst ast = new DuckDbAst();
        ast.walk(statements);
        JsonNode first = statements.get(0).path("node");
        return new DuckDbReading(statements.size(), null, kindOf(first), ast.tables, ast.functions, ast.calls,
                ast.tableFunctions, ast.columns, ast.strings, ast.numbers, ast.features, topLimit(first));
    }

    private void walk(JsonNode root) {
        Deque<JsonNode> pending = new ArrayDeque<>();
        pending.push(root);
        while (!pending.isEmpty()) {
            JsonNode node = pending.pop();
            if (node.isObject()) {
                visit(node);
                node.elements().forEachRemaining(pending::push);
            } else if (node.isArray()) {
                node.elements().forEachRemaining(pending::push);
            }
        }
    }

    private void visit(JsonNode node) {
        switch (node.path("class").asText("")) {
            case "FUNCTION", "WINDOW" -> {
                String name = lower(node.path("function_name").asText());
                functions.add(name);
                List<String> arguments = new ArrayList<>();
                for (JsonNode argument : node.path("arguments")) {
                    arguments.add(literalOf(argument.path("expression")));
                }
                for (JsonNode child : node.path("children")) {
                    arguments.add(literalOf(child));
                }
                calls.add(new DuckDbReading.Call(name, arguments));
                if (!node.path("schema").asText("").isEmpty() || !node.path("catalog").asText("").isEmpty()) {
                    features.add("QUALIFIED FUNCTION");
                }
            }
            case "COLUMN_REF" -> columns.add(texts(node.path("column_names")));
            case "CONSTANT" -> {
                JsonNode literal = node.path("literal");
                switch (literal.path("kind").asText("")) {
                    case "STRING" -> strings.add(literal.path("text").asText());
                    case "INTEGER", "NUMERIC" -> numbers.add(literal.path("text").asText());
                    default -> {
                    }
                }
            }
            case "STAR" -> visitStar(node);
            case "POSITIONAL_REFERENCE" -> features.add("POSITIONAL REFERENCE");
            case "PARAMETER" -> features.add("PARAMETER");
            default -> visitRelation(node);
        }
    }

    private void visitStar(JsonNode star) {
        if (star.path("columns").asBoolean(false) || !star.path("expr").isNull() && !star.path("expr").isMissingNode()) {
            features.add("COLUMNS");
        }
        for (String list : List.of("exclude_list", "replace_list", "rename_list", "qualified_exclude_list")) {
            if (star.path(list).size() > 0) {
                features.add("STAR EXCLUDE/REPLACE/RENAME");
            }
        }
    }

    /** Query node types a read may have; DuckDB also puts INSERT/DELETE/UPDATE/COPY nodes inside WITH. */
    private static final Set<String> READ_NODES = Set.of("SELECT_NODE", "SET_OPERATION_NODE", "RECURSIVE_CTE_NODE",
            "CTE_NODE");

    private void visitRelation(JsonNode node) {
        String type = node.path("type").asText("");
        if (type.endsWith("_NODE") && !READ_NODES.contains(type)) {
            features.add("STATEMENT INSIDE QUERY " + type);
        }
        switch (type) {
            case "BASE_TABLE" -> {
                List<String> parts = new ArrayList<>();
                for (String field : List.of("catalog_name", "schema_name", "table_name")) {
                    String part = node.path(field).asText("");
                    if (!part.isEmpty()) {
                        parts.add(part);
                    }
                }
                tables.add(parts);
            }
            case "TABLE_FUNCTION" -> tableFunctions.add(lower(node.path("function").path("function_name").asText()));
            case "JOIN" -> {
                String refType = node.path("ref_type").asText("");
                if (List.of("NATURAL", "POSITIONAL", "ASOF").contains(refType)) {
                    features.add(refType + " JOIN");
                }
            }
            case "PIVOT" -> features.add("PIVOT");
            case "SHOW_REF" -> features.add("SHOW_REF " + node.path("show_type").asText(""));
            case "RECURSIVE_CTE_NODE" -> features.add("RECURSIVE CTE");
            default -> {
            }
        }
    }

    private static String literalOf(JsonNode expression) {
        JsonNode literal = expression.path("literal");
        if (expression.path("class").asText("").equals("CONSTANT")) {
            String kind = literal.path("kind").asText("");
            if (List.of("INTEGER", "NUMERIC", "STRING").contains(kind)) {
                return kind + " " + literal.path("text").asText();
            }
        }
        return DuckDbReading.Call.EXPRESSION;
    }

    private static String kindOf(JsonNode node) {
        JsonNode from = node.path("from_table");
        if (node.path("type").asText("").equals("SELECT_NODE") && from.path("type").asText("").equals("SHOW_REF")) {
            String name = from.path("table_name").asText("").replace("\"", "");
            return switch (from.path("show_type").asText("")) {
                case "SUMMARY" -> "SUMMARIZE";
                case "DESCRIBE" -> "DESCRIBE";
                case "SHOW_FROM" -> "SHOW TABLES FROM " + lower(from.path("schema_name").asText(""));
                default -> name.equals("tables") ? "SHOW TABLES" : "SHOW " + name.toUpperCase(Locale.ROOT);
            };
        }
        return "SELECT";
    }

    private static OptionalLong topLimit(JsonNode node) {
        for (JsonNode modifier : node.path("modifiers")) {
            if (modifier.path("type").asText("").equals("LIMIT_MODIFIER")) {
                JsonNode limit = modifier.path("limit");
                JsonNode literal = limit.path("literal");
                if (limit.path("class").asText("").equals("CONSTANT") && literal.path("kind").asText("").equals("INTEGER")) {
                    try {
                        return OptionalLong.of(Long.parseLong(literal.path("text").asText()));
                    } catch (NumberFormatException e) {
                        return OptionalLong.empty(); // larger than any row count: not a cap
                    }
                }
            }
        }
        return OptionalLong.empty();
    }

    private static List<String> texts(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(element -> out.add(lower(element.asText())));
        return out;
    }

    private static String lower(String s) {
        return s.toLowerCase(Locale.ROOT);
    }
}
