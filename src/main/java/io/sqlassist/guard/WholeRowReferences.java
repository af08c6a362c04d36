package io.sqlassist.guard;

import io.trino.sql.tree.AliasedRelation;
import io.trino.sql.tree.AllColumns;
import io.trino.sql.tree.Cast;
import io.trino.sql.tree.DereferenceExpression;
import io.trino.sql.tree.GroupBy;
import io.trino.sql.tree.Identifier;
import io.trino.sql.tree.Join;
import io.trino.sql.tree.LambdaArgumentDeclaration;
import io.trino.sql.tree.LambdaExpression;
import io.trino.sql.tree.Node;
import io.trino.sql.tree.OrderBy;
import io.trino.sql.tree.Query;
import io.trino.sql.tree.QuerySpecification;
import io.trino.sql.tree.Relation;
import io.trino.sql.tree.SampledRelation;
import io.trino.sql.tree.SelectItem;
import io.trino.sql.tree.SingleColumn;
import io.trino.sql.tree.Table;
import io.trino.sql.tree.WindowDefinition;
import io.trino.sql.tree.WindowReference;
import io.trino.sql.tree.WithQuery;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Unqualified names that DuckDB reads as a whole row: {@code SELECT c FROM customers c} and
 * {@code to_json(customers)} give every column of the table as one struct, restricted columns included. A name
 * is resolved the way DuckDB's binder does, scope by scope from the innermost query out: a column of a relation in
 * scope wins; a relation of that name in scope means the whole row. Where the columns of a relation are unknown (a
 * subquery), a relation of that name still counts: when unsure, the row is assumed.
 */
final class WholeRowReferences {
    /** A whole-row reference to {@code table} through {@code name}. */
    record WholeRow(TableReference table, String name) {
    }

    /** One relation of a FROM clause: the names it goes by, the table under it, its columns when known. */
    private record Leaf(Set<String> names, Optional<TableReference> table, Optional<Set<String>> columns) {
    }

    private final Function<TableReference, Optional<Set<String>>> tableColumns;
    private final List<WholeRow> found = new ArrayList<>();

    private WholeRowReferences(Function<TableReference, Optional<Set<String>>> tableColumns) {
        this.tableColumns = tableColumns;
    }

    /** @param tableColumns the columns of a base table, when the catalog knows it */
    static List<WholeRow> find(Node statement, Function<TableReference, Optional<Set<String>>> tableColumns) {
        WholeRowReferences references = new WholeRowReferences(tableColumns);
        references.walk(statement, new ArrayDeque<>(), Set.of(), Set.of(), Set.of());
        return references.found;
    }

    /**
     * @param scopes  FROM clauses in scope, innermost first
     * @param ctes    CTE names in scope: a FROM leaf naming one is not a base table
     * @param lambda  lambda parameters in scope
     * @param aliases output aliases a name may mean here (ORDER BY, GROUP BY, HAVING)
     */
    private void walk(Node node, Deque<List<Leaf>> scopes, Set<String> ctes, Set<String> lambda, Set<String> aliases) {
        if (node instanceof Query query && query.getWith().isPresent()) {
            Set<String> inner = new HashSet<>(ctes);
            for (WithQuery cte : query.getWith().get().getQueries()) {
                if (query.getWith().get().isRecursive()) {
                    inner.add(lower(cte.getName().getValue()));
                }
                walk(cte.getQuery(), scopes, Set.copyOf(inner), lambda, Set.of());
                inner.add(lower(cte.getName().getValue()));
            }
            for (Node child : query.getChildren()) {
                if (!(child instanceof io.trino.sql.tree.With)) {
                    walk(child, scopes, Set.copyOf(inner), lambda, aliases);
                }
            }
        } else if (node instanceof QuerySpecification specification) {
            walkSpecification(specification, scopes, ctes, lambda);
        } else if (node instanceof Identifier identifier) {
            resolve(lower(identifier.getValue()), scopes, lambda, aliases);
        } else if (node instanceof DereferenceExpression dereference) {
            if (!(dereference.getBase() instanceof Identifier) && !(dereference.getBase() instanceof DereferenceExpression)) {
                walk(dereference.getBase(), scopes, ctes, lambda, aliases); // (expr).field: the expr may be a row
            }
        } else if (node instanceof LambdaExpression lambdaExpression) {
            Set<String> inner = new HashSet<>(lambda);
            lambdaExpression.getArguments().stream().map(LambdaArgumentDeclaration::getName)
                    .forEach(name -> inner.add(lower(name.getValue())));
            walk(lambdaExpression.getBody(), scopes, ctes, Set.copyOf(inner), aliases);
        } else if (node instanceof Cast cast) {
            walk(cast.getExpression(), scopes, ctes, lambda, aliases); // not the type: ROW(x BIGINT) names no column
        } else if (!(node instanceof AllColumns || node instanceof WindowReference
                || node instanceof LambdaArgumentDeclaration)) {
            for (Node child : node.getChildren()) {
                walk(child, scopes, ctes, lambda, aliases);
            }
        }
    }

    private void walkSpecification(QuerySpecification specification, Deque<List<Leaf>> scopes, Set<String> ctes,
                                   Set<String> lambda) {
        List<Leaf> leaves = new ArrayList<>();
        specification.getFrom().ifPresent(from -> leaves(from, ctes, leaves));
        scopes.push(leaves);
        Set<String> outputAliases = new HashSet<>();
        for (SelectItem item : specification.getSelect().getSelectItems()) {
            if (item instanceof SingleColumn column) {
                column.getAlias().ifPresent(alias -> outputAliases.add(lower(alias.getValue())));
                walk(column.getExpression(), scopes, ctes, lambda, Set.of());
            }
        }
        specification.getFrom().ifPresent(from -> walkRelation(from, scopes, ctes, lambda));
        specification.getWhere().ifPresent(where -> walk(where, scopes, ctes, lambda, Set.of()));
        Set<String> aliases = Set.copyOf(outputAliases);
        specification.getGroupBy().ifPresent(groupBy -> walkAll(groupBy, scopes, ctes, lambda, aliases));
        specification.getHaving().ifPresent(having -> walk(having, scopes, ctes, lambda, aliases));
        specification.getOrderBy().ifPresent(orderBy -> walkAll(orderBy, scopes, ctes, lambda, aliases));
        for (WindowDefinition window : specification.getWindows()) {
            walk(window.getWindow(), scopes, ctes, lambda, Set.of());
        }
        scopes.pop();
    }

    private void walkAll(Node node, Deque<List<Leaf>> scopes, Set<String> ctes, Set<String> lambda, Set<String> aliases) {
        if (node instanceof GroupBy || node instanceof OrderBy) {
            for (Node child : node.getChildren()) {
                walk(child, scopes, ctes, lambda, aliases);
            }
        } else {
            walk(node, scopes, ctes, lambda, aliases);
        }
    }

    /** Relations are walked for their subqueries, join conditions and UNNEST arguments, with siblings in scope. */
    private void walkRelation(Relation relation, Deque<List<Leaf>> scopes, Set<String> ctes, Set<String> lambda) {
        if (relation instanceof AliasedRelation aliased) {
            walkRelation(aliased.getRelation(), scopes, ctes, lambda);
        } else if (relation instanceof SampledRelation sampled) {
            walkRelation(sampled.getRelation(), scopes, ctes, lambda);
        } else if (relation instanceof Join join) {
            walkRelation(join.getLeft(), scopes, ctes, lambda);
            walkRelation(join.getRight(), scopes, ctes, lambda);
            join.getCriteria().ifPresent(criteria -> {
                if (criteria instanceof io.trino.sql.tree.JoinOn on) {
                    walk(on.getExpression(), scopes, ctes, lambda, Set.of());
                }
            });
        } else if (!(relation instanceof Table)) {
            walk(relation, scopes, ctes, lambda, Set.of());
        }
    }

    private void leaves(Relation relation, Set<String> ctes, List<Leaf> out) {
        if (relation instanceof Join join) {
            leaves(join.getLeft(), ctes, out);
            leaves(join.getRight(), ctes, out);
            return;
        }
        Set<String> names = new HashSet<>();
        Optional<Set<String>> columns = Optional.empty();
        Relation inner = relation;
        if (relation instanceof AliasedRelation aliased) {
            names.add(lower(aliased.getAlias().getValue()));
            if (aliased.getColumnNames() != null) {
                Set<String> renamed = new HashSet<>();
                aliased.getColumnNames().forEach(column -> renamed.add(lower(column.getValue())));
                columns = Optional.of(renamed);
            }
            inner = aliased.getRelation();
        }
        if (inner instanceof SampledRelation sampled) {
            inner = sampled.getRelation();
        }
        Optional<TableReference> table = Optional.empty();
        if (inner instanceof Table t) {
            TableReference reference = StatementReferences.reference(t.getName());
            names.add(lower(reference.name()));
            if (!(reference.parts().size() == 1 && ctes.contains(lower(reference.name())))) {
                table = Optional.of(reference);
                if (columns.isEmpty()) {
                    columns = tableColumns.apply(reference);
                }
            }
        }
        out.add(new Leaf(names, table, columns));
    }

    private void resolve(String name, Deque<List<Leaf>> scopes, Set<String> lambda, Set<String> aliases) {
        if (lambda.contains(name) || aliases.contains(name)) {
            return;
        }
        for (List<Leaf> scope : scopes) {
            if (scope.stream().anyMatch(leaf -> leaf.columns().map(columns -> columns.contains(name)).orElse(false))) {
                return; // a column: DuckDB binds columns before rows
            }
            for (Leaf leaf : scope) {
                if (leaf.names().contains(name) && leaf.table().isPresent()) {
                    found.add(new WholeRow(leaf.table().get(), name));
                    return;
                }
            }
        }
    }

    private static String lower(String s) {
        return s.toLowerCase(Locale.ROOT);
    }
}
