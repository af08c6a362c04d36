package io.sqlassist.guard;

import io.trino.sql.tree.AliasedRelation;
import io.trino.sql.tree.ArithmeticBinaryExpression;
import io.trino.sql.tree.Cast;
import io.trino.sql.tree.ComparisonExpression;
import io.trino.sql.tree.Expression;
import io.trino.sql.tree.GenericLiteral;
import io.trino.sql.tree.Identifier;
import io.trino.sql.tree.IntervalLiteral;
import io.trino.sql.tree.Query;
import io.trino.sql.tree.QuerySpecification;
import io.trino.sql.tree.Relation;
import io.trino.sql.tree.SelectItem;
import io.trino.sql.tree.SingleColumn;
import io.trino.sql.tree.Table;
import io.trino.sql.tree.Union;
import io.trino.sql.tree.Values;
import io.trino.sql.tree.WithQuery;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Proves that a recursive CTE stops: DuckDB does not cap recursion, so an unbounded one runs until memory or the
 * timeout ends it (and Athena bills it). Accepted is the counting shape analysts use for number and calendar spines:
 * an anchor of literals, {@code UNION ALL}, and a recursive step over the CTE alone that adds a positive literal
 * (number or INTERVAL) to one column while a WHERE condition keeps that column below a literal bound, for at most
 * {@link SequenceSize#MAX_ELEMENTS} steps. Everything else recursive is refused with the shape it should take.
 */
final class BoundedRecursion {
    private BoundedRecursion() {
    }

    static Optional<String> refusal(WithQuery cte) {
        return analyse(cte).refusal();
    }

    /** How many rows a recursive CTE makes at most, when it is provably bounded. */
    static Optional<Long> rows(WithQuery cte) {
        return analyse(cte).steps();
    }

    private record Analysis(Optional<String> refusal, Optional<Long> steps) {
        static Analysis refused(String reason) {
            return new Analysis(Optional.of(reason), Optional.empty());
        }
    }

    private static Analysis analyse(WithQuery cte) {
        String name = cte.getName().getValue();
        String shape = "recursive query " + name + " is not provably bounded: write it as a literal anchor, UNION ALL,"
                + " and a step over " + name + " alone that adds a constant to a column kept below a literal bound"
                + " (WHERE n < 100), at most " + SequenceSize.MAX_ELEMENTS + " steps";
        Query query = cte.getQuery();
        if (query.getWith().isPresent() || !(query.getQueryBody() instanceof Union union) || union.isDistinct()
                || union.getRelations().size() != 2) {
            return Analysis.refused(shape);
        }
        Optional<List<Expression>> anchor = literalRow(union.getRelations().get(0));
        if (anchor.isEmpty() || !(union.getRelations().get(1) instanceof QuerySpecification step)) {
            return Analysis.refused(shape);
        }
        List<String> columns = columnNames(cte, union.getRelations().get(0));
        if (!readsOnly(step, name) || step.getWhere().isEmpty() || step.getGroupBy().isPresent()
                || step.getSelect().getSelectItems().size() != columns.size()) {
            return Analysis.refused(shape);
        }
        for (Expression condition : Conjuncts.of(step.getWhere().get())) {
            Optional<Double> steps = stepsUnder(condition, columns, anchor.get(), step.getSelect().getSelectItems());
            if (steps.isPresent() && steps.get() <= SequenceSize.MAX_ELEMENTS) {
                return new Analysis(Optional.empty(), Optional.of(steps.get().longValue()));
            }
            if (steps.isPresent()) {
                return Analysis.refused("recursive query " + name + " would take "
                        + new java.math.BigDecimal(steps.get()).toBigInteger() + " steps; at most "
                        + SequenceSize.MAX_ELEMENTS + " are allowed");
            }
        }
        return Analysis.refused(shape);
    }

    /** For {@code col < bound} (or {@code <=}, or mirrored): how many steps the counter takes to pass the bound. */
    private static Optional<Double> stepsUnder(Expression condition, List<String> columns, List<Expression> anchor,
                                             List<SelectItem> step) {
        if (!(condition instanceof ComparisonExpression comparison)) {
            return Optional.empty();
        }
        Expression counter = comparison.getLeft();
        Expression bound = comparison.getRight();
        ComparisonExpression.Operator operator = comparison.getOperator();
        if (columnName(counter).isEmpty()) {
            counter = comparison.getRight();
            bound = comparison.getLeft();
            operator = operator.flip();
        }
        Optional<String> column = columnName(counter);
        if (column.isEmpty() || operator != ComparisonExpression.Operator.LESS_THAN
                && operator != ComparisonExpression.Operator.LESS_THAN_OR_EQUAL) {
            return Optional.empty();
        }
        int position = columns.indexOf(column.get());
        if (position < 0 || !(step.get(position) instanceof SingleColumn item)) {
            return Optional.empty();
        }
        Optional<Double> increment = increment(unwrapCast(item.getExpression()), column.get());
        Optional<Double> start = value(unwrapCast(anchor.get(position)));
        Optional<Double> end = value(unwrapCast(bound));
        if (increment.isEmpty() || start.isEmpty() || end.isEmpty() || increment.get() <= 0) {
            return Optional.empty();
        }
        return Optional.of(Math.max(0, Math.ceil((end.get() - start.get()) / increment.get())) + 1);
    }

    /** {@code n + 1} or {@code d + INTERVAL '1' DAY} over column {@code n}: the constant added per step. */
    private static Optional<Double> increment(Expression expression, String column) {
        if (!(expression instanceof ArithmeticBinaryExpression sum)
                || sum.getOperator() != ArithmeticBinaryExpression.Operator.ADD) {
            return Optional.empty();
        }
        Expression other;
        if (columnName(sum.getLeft()).filter(column::equals).isPresent()) {
            other = sum.getRight();
        } else if (columnName(sum.getRight()).filter(column::equals).isPresent()) {
            other = sum.getLeft();
        } else {
            return Optional.empty();
        }
        return value(other);
    }

    /** {@code n} or {@code t.n}: the column's lower-cased name. */
    private static Optional<String> columnName(Expression expression) {
        if (expression instanceof Identifier identifier) {
            return Optional.of(identifier.getValue().toLowerCase(Locale.ROOT));
        }
        if (expression instanceof io.trino.sql.tree.DereferenceExpression dereference
                && dereference.getField().isPresent()) {
            return Optional.of(dereference.getField().get().getValue().toLowerCase(Locale.ROOT));
        }
        return Optional.empty();
    }

    /** Numbers as themselves, DATE/TIMESTAMP literals and INTERVALs in seconds. */
    private static Optional<Double> value(Expression expression) {
        Optional<Double> number = FunctionCheck.numberLiteral(expression).map(java.math.BigDecimal::doubleValue);
        if (number.isPresent()) {
            return number;
        }
        if (expression instanceof GenericLiteral || expression instanceof IntervalLiteral) {
            return SequenceSize.seconds(expression).map(Long::doubleValue);
        }
        return Optional.empty();
    }

    private static Expression unwrapCast(Expression expression) {
        return expression instanceof Cast cast ? cast.getExpression() : expression;
    }

    private static Optional<List<Expression>> literalRow(Relation anchor) {
        List<Expression> row = new ArrayList<>();
        if (anchor instanceof QuerySpecification select && select.getFrom().isEmpty() && select.getWhere().isEmpty()) {
            for (SelectItem item : select.getSelect().getSelectItems()) {
                if (!(item instanceof SingleColumn column) || value(unwrapCast(column.getExpression())).isEmpty()) {
                    return Optional.empty();
                }
                row.add(column.getExpression());
            }
            return Optional.of(row);
        }
        if (anchor instanceof Values values && values.getRows().size() == 1) {
            Expression only = values.getRows().get(0);
            row.addAll(only instanceof io.trino.sql.tree.Row r ? r.getItems() : List.of(only));
            return row.stream().allMatch(e -> value(unwrapCast(e)).isPresent()) ? Optional.of(row) : Optional.empty();
        }
        return Optional.empty();
    }

    private static List<String> columnNames(WithQuery cte, Relation anchor) {
        if (cte.getColumnNames().isPresent()) {
            return cte.getColumnNames().get().stream().map(i -> i.getValue().toLowerCase(Locale.ROOT)).toList();
        }
        List<String> names = new ArrayList<>();
        if (anchor instanceof QuerySpecification select) {
            for (SelectItem item : select.getSelect().getSelectItems()) {
                names.add(item instanceof SingleColumn column && column.getAlias().isPresent()
                        ? column.getAlias().get().getValue().toLowerCase(Locale.ROOT) : "");
            }
        }
        return names;
    }

    private static boolean readsOnly(QuerySpecification step, String cte) {
        if (step.getFrom().isEmpty()) {
            return false;
        }
        Relation from = step.getFrom().get();
        if (from instanceof AliasedRelation aliased) {
            from = aliased.getRelation();
        }
        return from instanceof Table table && table.getName().getParts().size() == 1
                && table.getName().getSuffix().equalsIgnoreCase(cte);
    }
}
