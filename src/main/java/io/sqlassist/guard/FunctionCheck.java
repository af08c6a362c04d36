package io.sqlassist.guard;

import io.sqlassist.guard.FunctionRules.Kind;
import io.sqlassist.guard.FunctionRules.Rule;
import io.sqlassist.guard.duckdb.DuckDbReading;
import io.trino.sql.tree.ArithmeticUnaryExpression;
import io.trino.sql.tree.DecimalLiteral;
import io.trino.sql.tree.DoubleLiteral;
import io.trino.sql.tree.Expression;
import io.trino.sql.tree.FunctionCall;
import io.trino.sql.tree.LongLiteral;
import io.trino.sql.tree.Node;
import io.trino.sql.tree.StringLiteral;
import io.trino.sql.tree.TableFunctionInvocation;
import java.math.BigDecimal;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Judges every function a statement calls against the target engine's allowlist ({@link FunctionRules}), and the
 * arguments of the functions whose arguments size their result: {@code repeat('x', 100000000000)} is one short
 * statement that DuckDB folds to a 100 GB string while it plans it, outside its memory limit.
 */
final class FunctionCheck {
    private static final int MAX_FORMAT_WIDTH = 1000;
    private static final Pattern NUMBER = Pattern.compile("\\d+");
    /** DuckDB calls UNNEST in FROM a table function; Trino's parser makes it syntax. Nothing else is allowed. */
    private static final Set<String> DUCKDB_TABLE_FUNCTIONS = Set.of("unnest");

    private FunctionCheck() {
    }

    /** Every function in the Trino reading. */
    static void check(Node root, SqlEngine engine, Set<String> reasons) {
        Deque<Node> pending = new ArrayDeque<>();
        pending.push(root);
        while (!pending.isEmpty()) {
            Node node = pending.pop();
            if (node instanceof FunctionCall call) {
                checkCall(call, engine, reasons);
            } else if (node instanceof io.trino.sql.tree.Format format && !format.getArguments().isEmpty()) {
                for (Rule rule : FunctionRules.rulesFor("format")) {
                    judge("format", rule, format.getArguments(), engine, reasons);
                }
            } else if (node instanceof TableFunctionInvocation invocation) {
                reasons.add("table function " + invocation.getName() + " is not allowed: table functions read"
                        + " other data or run SQL text; query the tables instead");
            }
            node.getChildren().forEach(pending::push);
        }
    }

    /** Every function DuckDB's reading calls: the engine's own view of the same text. */
    static void check(DuckDbReading reading, Set<String> reasons) {
        for (String function : reading.tableFunctions()) {
            if (!DUCKDB_TABLE_FUNCTIONS.contains(function)) {
                reasons.add("table function " + function + " is not allowed on DuckDB: table functions read files,"
                        + " settings or SQL text; query the tables instead");
            }
        }
        for (DuckDbReading.Call call : reading.calls()) {
            if (reading.tableFunctions().contains(call.name()) && DUCKDB_TABLE_FUNCTIONS.contains(call.name())) {
                continue;
            }
            Optional<String> refused = FunctionRules.refusal(call.name(), SqlEngine.DUCKDB);
            if (refused.isPresent()) {
                reasons.add(refused.get());
                continue;
            }
            for (Rule rule : FunctionRules.rulesFor(call.name())) {
                if ((rule.kind() == Kind.SIZE || rule.kind() == Kind.FORMAT) && rule.argument() <= call.arguments().size()) {
                    judgeDuckDbArgument(call.name(), rule, call.arguments().get(rule.argument() - 1))
                            .ifPresent(reasons::add);
                }
            }
        }
    }

    private static void checkCall(FunctionCall call, SqlEngine engine, Set<String> reasons) {
        if (call.getName().getParts().size() > 1) {
            reasons.add("function " + call.getName() + " is not allowed: call functions by their name, without a"
                    + " catalog or schema");
            return;
        }
        String name = call.getName().getSuffix().toLowerCase(Locale.ROOT);
        Optional<String> refused = FunctionRules.refusal(name, engine);
        if (refused.isPresent()) {
            reasons.add(refused.get());
            return;
        }
        List<Expression> arguments = call.getArguments();
        for (Rule rule : FunctionRules.rulesFor(name)) {
            judge(name, rule, arguments, engine, reasons);
        }
    }

    /** Rules apply wherever the function exists: bar(x, width) on Athena, bar(x, min, max, width) on DuckDB. */
    private static void judge(String name, Rule rule, List<Expression> arguments, SqlEngine engine,
                              Set<String> reasons) {
        switch (rule.kind()) {
            case SIZE -> argument(arguments, rule).ifPresentOrElse(
                    argument -> judgeSize(name, rule, argument).ifPresent(reasons::add),
                    () -> { }); // left out: the engine's default size, which is small
            case FORMAT -> argument(arguments, rule).ifPresent(argument -> judgeFormat(name, argument)
                    .ifPresent(reasons::add));
            case REGEX -> argument(arguments, rule).ifPresent(argument -> judgeRegex(name, argument)
                    .ifPresent(reasons::add));
            case COUNT -> SequenceSize.refusal(name, arguments).ifPresent(reasons::add);
            case NONE -> {
            }
        }
        if (rule.sizesResult() && containsSizingCall(arguments)) {
            reasons.add("function " + name + " is applied to the result of another function that sizes its result"
                    + " (repeat, lpad, range …): the sizes multiply; compute it in one step");
        }
    }

    private static Optional<Expression> argument(List<Expression> arguments, Rule rule) {
        return rule.argument() <= arguments.size() ? Optional.of(arguments.get(rule.argument() - 1)) : Optional.empty();
    }

    private static Optional<String> judgeSize(String name, Rule rule, Expression argument) {
        Optional<BigDecimal> value = numberLiteral(argument);
        if (value.isEmpty()) {
            return Optional.of("argument " + rule.argument() + " of " + name + " sizes its result and must be a"
                    + " number written in the query (at most " + rule.max() + ")");
        }
        if (value.get().compareTo(BigDecimal.valueOf(rule.max())) > 0) {
            return Optional.of("argument " + rule.argument() + " of " + name + " is " + value.get().toPlainString()
                    + "; at most " + rule.max() + " is allowed, since it sizes the result");
        }
        return Optional.empty();
    }

    private static Optional<String> judgeDuckDbArgument(String name, Rule rule, String argument) {
        if (rule.kind() == Kind.FORMAT) {
            return argument.startsWith("STRING ") ? formatWidths(name, argument.substring("STRING ".length()))
                    : Optional.of("the format string of " + name + " must be written in the query");
        }
        if (argument.startsWith("INTEGER ") || argument.startsWith("NUMERIC ")) {
            try {
                BigDecimal value = new BigDecimal(argument.substring(argument.indexOf(' ') + 1));
                return value.compareTo(BigDecimal.valueOf(rule.max())) > 0
                        ? Optional.of("argument " + rule.argument() + " of " + name + " is " + value.toPlainString()
                                + "; at most " + rule.max() + " is allowed, since it sizes the result")
                        : Optional.empty();
            } catch (NumberFormatException e) {
                return Optional.of("argument " + rule.argument() + " of " + name + " is not a number DuckDB and the"
                        + " check read alike");
            }
        }
        return Optional.of("argument " + rule.argument() + " of " + name + " sizes its result and must be a number"
                + " written in the query (at most " + rule.max() + ")");
    }

    private static Optional<String> judgeFormat(String name, Expression argument) {
        if (!(argument instanceof StringLiteral literal)) {
            return Optional.of("the format string of " + name + " must be written in the query");
        }
        return formatWidths(name, literal.getValue());
    }

    private static Optional<String> formatWidths(String name, String format) {
        Matcher numbers = NUMBER.matcher(format);
        while (numbers.find()) {
            if (numbers.group().length() > 4 || Integer.parseInt(numbers.group()) > MAX_FORMAT_WIDTH) {
                return Optional.of("the format string of " + name + " asks for a field width of " + numbers.group()
                        + "; at most " + MAX_FORMAT_WIDTH + " is allowed");
            }
        }
        return Optional.empty();
    }

    private static Optional<String> judgeRegex(String name, Expression argument) {
        if (argument instanceof StringLiteral literal && RegexShape.nestsRepetition(literal.getValue())) {
            return Optional.of("the pattern of " + name + " nests repetition (like (a+)+), which can take"
                    + " exponential time to match; simplify the pattern");
        }
        return Optional.empty();
    }

    /** A number as written, signed; empty for anything that is not a plain number literal. */
    static Optional<BigDecimal> numberLiteral(Expression expression) {
        if (expression instanceof LongLiteral literal) {
            return Optional.of(BigDecimal.valueOf(literal.getParsedValue()));
        }
        if (expression instanceof DecimalLiteral literal) {
            return Optional.of(new BigDecimal(literal.getValue()));
        }
        if (expression instanceof DoubleLiteral literal) {
            return Optional.of(BigDecimal.valueOf(literal.getValue()));
        }
        if (expression instanceof ArithmeticUnaryExpression unary) {
            return numberLiteral(unary.getValue()).map(value ->
                    unary.getSign() == ArithmeticUnaryExpression.Sign.MINUS ? value.negate() : value);
        }
        return Optional.empty();
    }

    private static boolean containsSizingCall(List<Expression> arguments) {
        Deque<Node> pending = new ArrayDeque<>(arguments);
        while (!pending.isEmpty()) {
            Node node = pending.pop();
            if (node instanceof FunctionCall inner && inner.getName().getParts().size() == 1
                    && FunctionRules.rulesFor(inner.getName().getSuffix()).stream().anyMatch(Rule::sizesResult)) {
                return true;
            }
            node.getChildren().forEach(pending::push);
        }
        return false;
    }
}
