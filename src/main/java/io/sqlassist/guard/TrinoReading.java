package io.sqlassist.guard;

import io.trino.sql.tree.ArithmeticBinaryExpression;
import io.trino.sql.tree.ArithmeticUnaryExpression;
import io.trino.sql.tree.AtTimeZone;
import io.trino.sql.tree.CharLiteral;
import io.trino.sql.tree.CurrentCatalog;
import io.trino.sql.tree.CurrentPath;
import io.trino.sql.tree.CurrentSchema;
import io.trino.sql.tree.CurrentTime;
import io.trino.sql.tree.CurrentUser;
import io.trino.sql.tree.Extract;
import io.trino.sql.tree.Format;
import io.trino.sql.tree.FunctionCall;
import io.trino.sql.tree.GenericLiteral;
import io.trino.sql.tree.Identifier;
import io.trino.sql.tree.IfExpression;
import io.trino.sql.tree.IntervalLiteral;
import io.trino.sql.tree.JsonArray;
import io.trino.sql.tree.JsonExists;
import io.trino.sql.tree.JsonObject;
import io.trino.sql.tree.JsonQuery;
import io.trino.sql.tree.JsonValue;
import io.trino.sql.tree.LikePredicate;
import io.trino.sql.tree.Node;
import io.trino.sql.tree.NullIfExpression;
import io.trino.sql.tree.Row;
import io.trino.sql.tree.ShowColumns;
import io.trino.sql.tree.StringLiteral;
import io.trino.sql.tree.Table;
import io.trino.sql.tree.TimeLiteral;
import io.trino.sql.tree.TimestampLiteral;
import io.trino.sql.tree.Trim;
import io.trino.sql.tree.Unnest;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The names and literals of a statement as Trino's parser read it, in the shape DuckDB's reading takes, so that
 * {@link EngineAgreement} can tell whether DuckDB sees anything the guard did not. Syntax that DuckDB turns into a
 * function call (LIKE into {@code ~~}, EXTRACT into {@code date_part}) contributes that function's name.
 */
final class TrinoReading {
    /** Values DuckDB's parser reads as column names and its binder resolves to functions. */
    private static final Set<String> SPECIAL_VALUE_NAMES = Set.of("current_date", "current_time",
            "current_timestamp", "localtime", "localtimestamp", "current_user", "current_catalog", "current_schema",
            "current_path", "user", "session_user");
    private static final List<String> INTERVAL_FUNCTIONS = List.of("to_years", "to_months", "to_days", "to_hours",
            "to_minutes", "to_seconds", "to_milliseconds", "to_microseconds", "trunc");

    final List<List<String>> tables = new ArrayList<>();
    /** Function names DuckDB may read here: the calls written, and those the syntax stands for. */
    final Set<String> functions = new HashSet<>();
    final Set<String> identifiers = new HashSet<>(SPECIAL_VALUE_NAMES);
    final Set<String> literals = new HashSet<>();
    /** EXTRACT fields, lower case: DuckDB keeps them as written (date_part('dow', d)), Trino's parser upper-cases. */
    final Set<String> extractFields = new HashSet<>();

    private TrinoReading() {
    }

    static TrinoReading of(Node root) {
        TrinoReading reading = new TrinoReading();
        Deque<Node> pending = new ArrayDeque<>();
        pending.push(root);
        while (!pending.isEmpty()) {
            Node node = pending.pop();
            reading.visit(node);
            node.getChildren().forEach(pending::push);
        }
        return reading;
    }

    private void visit(Node node) {
        if (node instanceof Table table) {
            tables.add(table.getName().getOriginalParts().stream().map(p -> lower(p.getValue())).toList());
        } else if (node instanceof ShowColumns show) {
            tables.add(show.getTable().getOriginalParts().stream().map(p -> lower(p.getValue())).toList());
        } else if (node instanceof Unnest) {
            functions.add("unnest"); // DuckDB calls UNNEST in FROM a table function
        } else if (node instanceof Identifier identifier) {
            identifiers.add(lower(identifier.getValue()));
        } else if (node instanceof FunctionCall call) {
            visitCall(call);
        } else if (node instanceof StringLiteral literal) {
            literals.add(literal.getValue());
        } else if (node instanceof GenericLiteral literal) {
            literals.add(literal.getValue());
        } else if (node instanceof IntervalLiteral literal) {
            literals.add(literal.getValue());
            functions.addAll(INTERVAL_FUNCTIONS);
        } else if (node instanceof CharLiteral literal) {
            literals.add(literal.getValue());
        } else if (node instanceof TimeLiteral literal) {
            literals.add(literal.getValue());
        } else if (node instanceof TimestampLiteral literal) {
            literals.add(literal.getValue());
        } else {
            visitSyntax(node);
        }
    }

    private void visitCall(FunctionCall call) {
        String name = lower(call.getName().getSuffix());
        functions.add(name);
        switch (name) {
            case "concat" -> functions.add("||");
            case "strpos" -> functions.add("position");
            case "substr" -> functions.add("substring");
            case "count" -> functions.add("count_star");
            default -> {
            }
        }
    }

    private void visitSyntax(Node node) {
        if (node instanceof ArithmeticBinaryExpression arithmetic) {
            functions.add(arithmetic.getOperator().getValue());
        } else if (node instanceof ArithmeticUnaryExpression) {
            functions.add("-");
            functions.add("+");
        } else if (node instanceof LikePredicate) {
            functions.addAll(List.of("~~", "!~~", "like_escape", "not_like_escape"));
        } else if (node instanceof Extract extract) {
            functions.add("date_part");
            extractFields.add(extract.getField().name().toLowerCase(java.util.Locale.ROOT));
        } else if (node instanceof Row) {
            functions.add("row");
        } else if (node instanceof Trim) {
            functions.addAll(List.of("trim", "ltrim", "rtrim"));
        } else if (node instanceof AtTimeZone) {
            functions.add("timezone");
        } else if (node instanceof io.trino.sql.tree.LambdaExpression) {
            functions.add("row"); // DuckDB reads the parameter list (s, x) of a lambda as row(s, x)
        } else if (node instanceof IfExpression) {
            functions.add("if");
        } else if (node instanceof NullIfExpression) {
            functions.add("nullif");
        } else if (node instanceof Format) {
            functions.add("format");
        } else if (node instanceof JsonExists) {
            functions.add("json_exists");
        } else if (node instanceof JsonValue) {
            functions.add("json_value");
        } else if (node instanceof JsonQuery) {
            functions.add("json_query");
        } else if (node instanceof JsonObject) {
            functions.add("json_object");
        } else if (node instanceof JsonArray) {
            functions.add("json_array");
        } else if (node instanceof CurrentTime || node instanceof CurrentUser || node instanceof CurrentCatalog
                || node instanceof CurrentSchema || node instanceof CurrentPath) {
            functions.addAll(SPECIAL_VALUE_NAMES); // DuckDB may read some of them as calls
        }
    }

    private static String lower(String s) {
        return s.toLowerCase(Locale.ROOT);
    }
}
