package io.sqlassist.guard;

import io.trino.sql.tree.AliasedRelation;
import io.trino.sql.tree.DereferenceExpression;
import io.trino.sql.tree.Expression;
import io.trino.sql.tree.FunctionCall;
import io.trino.sql.tree.Identifier;
import io.trino.sql.tree.Join;
import io.trino.sql.tree.JoinOn;
import io.trino.sql.tree.JoinUsing;
import io.trino.sql.tree.Lateral;
import io.trino.sql.tree.Node;
import io.trino.sql.tree.Query;
import io.trino.sql.tree.QuerySpecification;
import io.trino.sql.tree.Relation;
import io.trino.sql.tree.SampledRelation;
import io.trino.sql.tree.SubqueryExpression;
import io.trino.sql.tree.Table;
import io.trino.sql.tree.TableSubquery;
import io.trino.sql.tree.Unnest;
import io.trino.sql.tree.Values;
import io.trino.sql.tree.WithQuery;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Refuses statements whose cost nobody can bound before they run: recursion that is not provably finite
 * ({@link BoundedRecursion}) and joins of tables with no condition linking them (a cross join of two large tables
 * multiplies their rows; Athena bills it and DuckDB runs it until the timeout). A side that is at most a few rows
 * — UNNEST, LATERAL, a small VALUES list, a one-row aggregate or a small LIMIT — may join without a condition.
 */
final class CostRules {
    private static final int SMALL_ROWS = 100;

    private CostRules() {
    }

    /**
     * @param columnsOf the columns of a FROM leaf when the catalog knows them (a table), else empty; with no
     *                  catalog at all every leaf answers empty, and an unqualified column may belong to any leaf
     */
    static void check(Node root, Function<Relation, Optional<Set<String>>> columnsOf, Set<String> reasons) {
        walk(root, Map.of(), columnsOf, reasons);
    }

    /** @param ctes the CTEs in scope, by lower-cased name: a FROM leaf that names one is as small as its query */
    private static void walk(Node node, Map<String, WithQuery> ctes,
                             Function<Relation, Optional<Set<String>>> columnsOf, Set<String> reasons) {
        Map<String, WithQuery> scope = ctes;
        if (node instanceof Query query && query.getWith().isPresent()) {
            scope = new HashMap<>(ctes);
            for (WithQuery cte : query.getWith().get().getQueries()) {
                if (query.getWith().get().isRecursive() && refersTo(cte.getQuery(), cte.getName().getValue())) {
                    BoundedRecursion.refusal(cte).ifPresent(reasons::add);
                }
                walk(cte.getQuery(), Map.copyOf(scope), columnsOf, reasons);
                scope.put(cte.getName().getValue().toLowerCase(Locale.ROOT), cte);
            }
            scope = Map.copyOf(scope);
        }
        if (node instanceof QuerySpecification specification) {
            checkJoins(specification, scope, columnsOf, reasons);
        }
        for (Node child : node.getChildren()) {
            if (!(child instanceof io.trino.sql.tree.With)) {
                walk(child, scope, columnsOf, reasons);
            }
        }
    }

    private static void checkJoins(QuerySpecification specification, Map<String, WithQuery> ctes,
                                   Function<Relation, Optional<Set<String>>> columnsOf, Set<String> reasons) {
        if (specification.getFrom().isEmpty()) {
            return;
        }
        List<Relation> leaves = new ArrayList<>();
        List<Expression> conditions = new ArrayList<>();
        List<List<Relation>> usingPairs = new ArrayList<>();
        flatten(specification.getFrom().get(), leaves, conditions, usingPairs);
        if (leaves.size() < 2) {
            return;
        }
        specification.getWhere().ifPresent(where -> conditions.addAll(Conjuncts.of(where)));
        Map<String, Integer> leafByName = new HashMap<>();
        for (int i = 0; i < leaves.size(); i++) {
            for (String name : namesOf(leaves.get(i))) {
                leafByName.put(name, i);
            }
        }
        int[] parent = new int[leaves.size()];
        for (int i = 0; i < parent.length; i++) {
            parent[i] = i;
        }
        for (List<Relation> pair : usingPairs) {
            union(parent, leaves.indexOf(pair.get(0)), leaves.indexOf(pair.get(1)));
        }
        List<Optional<Set<String>>> leafColumns = leaves.stream().map(columnsOf).toList();
        for (Expression condition : conditions) {
            link(condition, leafByName, leafColumns, parent);
        }
        Set<Integer> largeComponents = new LinkedHashSet<>();
        List<String> largeNames = new ArrayList<>();
        for (int i = 0; i < leaves.size(); i++) {
            if (!isSmall(leaves.get(i), ctes) && largeComponents.add(find(parent, i))) {
                largeNames.add(describe(leaves.get(i)));
            }
        }
        if (largeComponents.size() > 1) {
            reasons.add("the query joins " + String.join(" and ", largeNames) + " with no condition linking them (a"
                    + " cross join multiplies their rows); join them ON a condition, or aggregate one side first");
        }
    }

    /** Leaves of the FROM clause, the ON conditions of its joins, and the two sides of each USING join. */
    private static void flatten(Relation relation, List<Relation> leaves, List<Expression> conditions,
                                List<List<Relation>> usingPairs) {
        if (relation instanceof Join join) {
            int before = leaves.size();
            flatten(join.getLeft(), leaves, conditions, usingPairs);
            int middle = leaves.size();
            flatten(join.getRight(), leaves, conditions, usingPairs);
            if (join.getRight() instanceof Lateral || join.getRight() instanceof Unnest) {
                return;
            }
            join.getCriteria().ifPresent(criteria -> {
                if (criteria instanceof JoinOn on) {
                    conditions.addAll(Conjuncts.of(on.getExpression()));
                } else if (criteria instanceof JoinUsing && middle > before && leaves.size() > middle) {
                    usingPairs.add(List.of(leaves.get(middle - 1), leaves.get(middle)));
                }
            });
        } else {
            leaves.add(relation);
        }
    }

    /**
     * A comparison links the leaves whose columns it names, when it names at least two different things (not
     * {@code <>} or IS DISTINCT FROM: a.id <> b.id keeps nearly every pair, a cross join in all but name). An
     * unqualified column belongs to the leaves that have a column of that name (a subquery or UNNEST might have
     * any), and a name two tables share would be ambiguous to the engine, so one name never links two leaves.
     */
    private static void link(Expression condition, Map<String, Integer> leafByName,
                             List<Optional<Set<String>>> leafColumns, int[] parent) {
        if (!isLinkingComparison(condition)) {
            return;
        }
        Set<Integer> touched = new LinkedHashSet<>();
        Set<String> named = new LinkedHashSet<>();
        Deque<Node> pending = new ArrayDeque<>();
        pending.push(condition);
        while (!pending.isEmpty()) {
            Node node = pending.pop();
            if (node instanceof SubqueryExpression) {
                continue; // a subquery's own FROM is judged on its own
            }
            if (node instanceof DereferenceExpression dereference && dereference.getBase() instanceof Identifier base) {
                Integer leaf = leafByName.get(base.getValue().toLowerCase(Locale.ROOT));
                if (leaf != null) {
                    touched.add(leaf);
                    named.add(leaf + "." + dereference.getField().map(Identifier::getValue).orElse(""));
                }
                continue;
            }
            if (node instanceof Identifier identifier) {
                String name = identifier.getValue().toLowerCase(Locale.ROOT);
                named.add(name);
                for (int i = 0; i < leafColumns.size(); i++) {
                    if (leafColumns.get(i).map(columns -> columns.contains(name)).orElse(true)) {
                        touched.add(i);
                    }
                }
                continue;
            }
            if (node instanceof FunctionCall call) {
                call.getArguments().forEach(pending::push);
                continue;
            }
            node.getChildren().forEach(pending::push);
        }
        if (named.size() < 2 || touched.size() < 2) {
            return;
        }
        Integer first = null;
        for (Integer leaf : touched) {
            if (first == null) {
                first = leaf;
            } else {
                union(parent, first, leaf);
            }
        }
    }

    private static boolean isLinkingComparison(Expression condition) {
        if (condition instanceof io.trino.sql.tree.ComparisonExpression comparison) {
            return comparison.getOperator() != io.trino.sql.tree.ComparisonExpression.Operator.NOT_EQUAL
                    && comparison.getOperator() != io.trino.sql.tree.ComparisonExpression.Operator.IS_DISTINCT_FROM;
        }
        return condition instanceof io.trino.sql.tree.BetweenPredicate
                || condition instanceof io.trino.sql.tree.NotExpression not
                && not.getValue() instanceof io.trino.sql.tree.ComparisonExpression comparison
                && comparison.getOperator() == io.trino.sql.tree.ComparisonExpression.Operator.IS_DISTINCT_FROM;
    }

    private static boolean isSmall(Relation relation, Map<String, WithQuery> ctes) {
        Relation inner = relation instanceof AliasedRelation aliased ? aliased.getRelation() : relation;
        inner = inner instanceof SampledRelation sampled ? sampled.getRelation() : inner;
        if (inner instanceof Unnest || inner instanceof Lateral) {
            return true;
        }
        if (inner instanceof Values values) {
            return values.getRows().size() <= SMALL_ROWS;
        }
        if (inner instanceof TableSubquery subquery) {
            return isSmall(subquery.getQuery(), ctes);
        }
        if (inner instanceof Table table && table.getName().getParts().size() == 1) {
            WithQuery cte = ctes.get(table.getName().getSuffix().toLowerCase(Locale.ROOT));
            if (cte == null) {
                return false;
            }
            if (refersTo(cte.getQuery(), cte.getName().getValue())) {
                return BoundedRecursion.rows(cte).map(rows -> rows <= SMALL_ROWS).orElse(false);
            }
            return isSmall(cte.getQuery(), without(ctes, table.getName().getSuffix()));
        }
        return false;
    }

    private static Map<String, WithQuery> without(Map<String, WithQuery> ctes, String name) {
        Map<String, WithQuery> rest = new HashMap<>(ctes);
        rest.remove(name.toLowerCase(Locale.ROOT)); // a recursive CTE is not small because it names itself
        return rest;
    }

    private static boolean isSmall(Query query, Map<String, WithQuery> ctes) {
        Optional<Long> limit = limitOf(query.getLimit());
        if (limit.isPresent() && limit.get() <= SMALL_ROWS) {
            return true;
        }
        return isSmallBody(query.getQueryBody(), ctes);
    }

    /** At most a few rows: a SELECT without FROM, a global aggregate, a small LIMIT, a SELECT over a small source. */
    private static boolean isSmallBody(Relation body, Map<String, WithQuery> ctes) {
        if (body instanceof Values values) {
            return values.getRows().size() <= SMALL_ROWS;
        }
        if (body instanceof io.trino.sql.tree.SetOperation setOperation) {
            return setOperation.getRelations().stream().allMatch(branch -> isSmallBody(branch, ctes));
        }
        if (!(body instanceof QuerySpecification select)) {
            return false;
        }
        Optional<Long> limit = limitOf(select.getLimit());
        if (limit.isPresent() && limit.get() <= SMALL_ROWS || select.getFrom().isEmpty()) {
            return true;
        }
        if (select.getGroupBy().isEmpty() && select.getSelect().getSelectItems().stream().allMatch(CostRules::isAggregate)) {
            return true;
        }
        return !(select.getFrom().get() instanceof Join) && isSmall(select.getFrom().get(), ctes);
    }

    private static boolean isAggregate(io.trino.sql.tree.SelectItem item) {
        return item instanceof io.trino.sql.tree.SingleColumn column && column.getExpression() instanceof FunctionCall call
                && call.getWindow().isEmpty() && AGGREGATES.contains(call.getName().getSuffix().toLowerCase(Locale.ROOT));
    }

    private static final Set<String> AGGREGATES = Set.of("count", "sum", "avg", "min", "max", "stddev", "stddev_pop",
            "stddev_samp", "variance", "var_pop", "var_samp", "approx_distinct", "approx_percentile", "median",
            "count_if", "bool_and", "bool_or", "every", "arbitrary", "any_value", "corr", "max_by", "min_by",
            "approx_count_distinct", "approx_quantile", "quantile_cont", "quantile_disc", "geometric_mean");

    private static Optional<Long> limitOf(Optional<Node> limit) {
        if (limit.isPresent() && limit.get() instanceof io.trino.sql.tree.Limit l
                && l.getRowCount() instanceof io.trino.sql.tree.LongLiteral literal) {
            return Optional.of(literal.getParsedValue());
        }
        if (limit.isPresent() && limit.get() instanceof io.trino.sql.tree.FetchFirst fetch) {
            return fetch.getRowCount().isEmpty() ? Optional.of(1L)
                    : fetch.getRowCount().get() instanceof io.trino.sql.tree.LongLiteral literal
                    ? Optional.of(literal.getParsedValue()) : Optional.empty();
        }
        return Optional.empty();
    }

    private static List<String> namesOf(Relation leaf) {
        List<String> names = new ArrayList<>();
        if (leaf instanceof AliasedRelation aliased) {
            names.add(aliased.getAlias().getValue().toLowerCase(Locale.ROOT));
            leaf = aliased.getRelation();
        }
        if (leaf instanceof SampledRelation sampled) {
            return namesOf(sampled.getRelation());
        }
        if (leaf instanceof Table table) {
            names.add(table.getName().getSuffix().toLowerCase(Locale.ROOT));
        }
        return names;
    }

    private static String describe(Relation leaf) {
        List<String> names = namesOf(leaf);
        return names.isEmpty() ? "a subquery" : names.get(names.size() - 1);
    }

    private static boolean refersTo(Query query, String cte) {
        Deque<Node> pending = new ArrayDeque<>();
        pending.push(query);
        while (!pending.isEmpty()) {
            Node node = pending.pop();
            if (node instanceof Table table && table.getName().getParts().size() == 1
                    && table.getName().getSuffix().equalsIgnoreCase(cte)) {
                return true;
            }
            node.getChildren().forEach(pending::push);
        }
        return false;
    }

    private static int find(int[] parent, int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }

    private static void union(int[] parent, int a, int b) {
        if (a >= 0 && b >= 0) {
            parent[find(parent, a)] = find(parent, b);
        }
    }
}
