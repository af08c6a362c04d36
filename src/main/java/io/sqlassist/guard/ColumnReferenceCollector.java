package io.sqlassist.guard;

import io.trino.sql.tree.AllColumns;
import io.trino.sql.tree.Cast;
import io.trino.sql.tree.DefaultTraversalVisitor;
import io.trino.sql.tree.DereferenceExpression;
import io.trino.sql.tree.Identifier;
import io.trino.sql.tree.Join;
import io.trino.sql.tree.JoinOn;
import io.trino.sql.tree.JoinUsing;
import io.trino.sql.tree.LambdaArgumentDeclaration;
import io.trino.sql.tree.LambdaExpression;
import io.trino.sql.tree.Statement;
import io.trino.sql.tree.WindowDefinition;
import io.trino.sql.tree.WindowReference;
import io.trino.sql.tree.WindowSpecification;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Column references in expression positions only (not aliases, window names, type names or lambda parameters),
 * so they can be checked against the catalog. The context is the set of lambda parameters in scope.
 * Node types this visitor does not descend into simply yield fewer references: an unchecked column, never a
 * false refusal. Restricted columns are checked separately over every identifier.
 */
final class ColumnReferenceCollector extends DefaultTraversalVisitor<Set<String>> {
    private final List<ColumnReference> columns = new ArrayList<>();

    static List<ColumnReference> collect(Statement statement) {
        ColumnReferenceCollector collector = new ColumnReferenceCollector();
        collector.process(statement, Set.of());
        return List.copyOf(collector.columns);
    }

    @Override
    protected Void visitIdentifier(Identifier node, Set<String> lambdaParameters) {
        if (!lambdaParameters.contains(node.getValue().toLowerCase(Locale.ROOT))) {
            columns.add(new ColumnReference(List.of(), node.getValue()));
        }
        return null;
    }

    @Override
    protected Void visitDereferenceExpression(DereferenceExpression node, Set<String> lambdaParameters) {
        List<String> parts = StatementReferences.nameParts(node);
        if (parts.isEmpty()) {
            return super.visitDereferenceExpression(node, lambdaParameters); // e.g. (expr).field, arr[1].field
        }
        if (!lambdaParameters.contains(parts.get(0).toLowerCase(Locale.ROOT))) {
            columns.add(new ColumnReference(parts.subList(0, parts.size() - 1), parts.get(parts.size() - 1)));
        }
        return null;
    }

    @Override
    protected Void visitLambdaExpression(LambdaExpression node, Set<String> lambdaParameters) {
        Set<String> inner = new HashSet<>(lambdaParameters);
        for (LambdaArgumentDeclaration argument : node.getArguments()) {
            inner.add(argument.getName().getValue().toLowerCase(Locale.ROOT));
        }
        return process(node.getBody(), Set.copyOf(inner));
    }

    @Override
    protected Void visitAllColumns(AllColumns node, Set<String> lambdaParameters) {
        return null; // stars are judged by StatementReferences
    }

    @Override
    protected Void visitCast(Cast node, Set<String> lambdaParameters) {
        return process(node.getExpression(), lambdaParameters); // not the type: ROW(x BIGINT) names no column
    }

    @Override
    protected Void visitWindowReference(WindowReference node, Set<String> lambdaParameters) {
        return null;
    }

    @Override
    protected Void visitWindowDefinition(WindowDefinition node, Set<String> lambdaParameters) {
        return process(node.getWindow(), lambdaParameters);
    }

    @Override
    public Void visitWindowSpecification(WindowSpecification node, Set<String> lambdaParameters) {
        node.getPartitionBy().forEach(expression -> process(expression, lambdaParameters));
        node.getOrderBy().ifPresent(orderBy -> process(orderBy, lambdaParameters));
        node.getFrame().ifPresent(frame -> process(frame, lambdaParameters));
        return null;
    }

    @Override
    protected Void visitJoin(Join node, Set<String> lambdaParameters) {
        process(node.getLeft(), lambdaParameters);
        process(node.getRight(), lambdaParameters);
        node.getCriteria().ifPresent(criteria -> {
            if (criteria instanceof JoinOn on) {
                process(on.getExpression(), lambdaParameters);
            } else if (criteria instanceof JoinUsing using) {
                using.getColumns().forEach(column -> columns.add(new ColumnReference(List.of(), column.getValue())));
            }
        });
        return null;
    }
}
