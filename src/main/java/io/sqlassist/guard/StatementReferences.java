package io.sqlassist.guard;

import io.trino.sql.tree.AliasedRelation;
import io.trino.sql.tree.AllColumns;
import io.trino.sql.tree.DereferenceExpression;
import io.trino.sql.tree.Expression;
import io.trino.sql.tree.Identifier;
import io.trino.sql.tree.Join;
import io.trino.sql.tree.NaturalJoin;
import io.trino.sql.tree.Node;
import io.trino.sql.tree.QualifiedName;
import io.trino.sql.tree.Query;
import io.trino.sql.tree.QuerySpecification;
import io.trino.sql.tree.Relation;
import io.trino.sql.tree.SampledRelation;
import io.trino.sql.tree.SelectItem;
import io.trino.sql.tree.SetOperation;
import io.trino.sql.tree.ShowColumns;
import io.trino.sql.tree.ShowCreate;
import io.trino.sql.tree.ShowSchemas;
import io.trino.sql.tree.ShowTables;
import io.trino.sql.tree.SingleColumn;
import io.trino.sql.tree.Statement;
import io.trino.sql.tree.Table;
import io.trino.sql.tree.TableSubquery;
import io.trino.sql.tree.WithQuery;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What a statement refers to, read from the whole AST through {@link Node#getChildren()} so no node type is
 * skipped. CTE names are resolved by scope: a WITH name hides a table only inside the query that defines it.
 */
final class StatementReferences {

    /**
     * A {@code *} or {@code q.*} select item and the tables directly in the FROM of its SELECT; also a
     * {@code TABLE t} query, which is {@code SELECT * FROM t}.
     */
    record StarReference(List<String> qualifier, List<TableReference> fromTables, boolean tableQuery) {
    }

    /** {@code FROM t AS a (x, y, …)}: the names the alias list gives t's columns, in order. */
    record ColumnRenames(TableReference table, List<String> names) {
    }

    private final List<TableReference> tables = new ArrayList<>();
    private final List<String> databases = new ArrayList<>();
    private final Set<String> cteNames = new LinkedHashSet<>();
    private boolean cteReferenced;
    // lower-case qualifier (alias, table name or written table name) → what it stands for; empty = not a table
    private final Map<String, List<Optional<TableReference>>> qualifierTargets = new LinkedHashMap<>();
    private final List<StarReference> stars = new ArrayList<>();
    private final List<ColumnRenames> renames = new ArrayList<>();
    private boolean naturalJoin;
    private final Set<String> identifiers = new HashSet<>();
    private final Set<String> outputNames = new HashSet<>();
    private boolean onlyPlainTables = true;
    private final Set<Node> aliasedTables = Collections.newSetFromMap(new IdentityHashMap<>());
    private List<ColumnReference> columns = List.of();

    private StatementReferences() {
    }

    static StatementReferences of(Statement statement) {
        StatementReferences refs = new StatementReferences();
        refs.walk(statement, Set.of());
        refs.columns = ColumnReferenceCollector.collect(statement);
        return refs;
    }

    List<TableReference> tables() {
        return tables;
    }

    /** Databases named by SHOW TABLES IN db / SHOW CREATE SCHEMA db / SHOW SCHEMAS FROM catalog. */
    List<String> databases() {
        return databases;
    }

    List<StarReference> stars() {
        return stars;
    }

    List<ColumnRenames> renames() {
        return renames;
    }

    /** True when a NATURAL JOIN joins on columns nobody named. */
    boolean hasNaturalJoin() {
        return naturalJoin;
    }

    /** Every identifier anywhere in the statement, lower-cased: a superset of the column names it reads. */
    Set<String> identifiers() {
        return identifiers;
    }

    /** Select-list aliases and relation column aliases: names an unqualified reference may mean instead of a column. */
    Set<String> outputNames() {
        return outputNames;
    }

    List<ColumnReference> columns() {
        return columns;
    }

    /** The tables a qualifier such as {@code o} or {@code sales.orders} may stand for; empty if unknown. */
    List<Optional<TableReference>> qualifierTargets(String qualifier) {
        return qualifierTargets.getOrDefault(qualifier.toLowerCase(Locale.ROOT), List.of());
    }

    /**
     * True when every relation is a plain table (joins, aliases, samples allowed) and no CTE or subquery exists,
     * so an unqualified column in a single-table statement can only mean a column of that table.
     */
    boolean onlyPlainTables() {
        return onlyPlainTables && !cteReferenced && cteNames.isEmpty();
    }

    private void walk(Node node, Set<String> ctes) {
        if (node instanceof Query query && query.getWith().isPresent()) {
            walkQueryWithCtes(query, ctes);
            return;
        }
        if (node instanceof Query query) {
            recordTableQuery(query.getQueryBody(), ctes);
        } else if (node instanceof SetOperation setOperation) {
            setOperation.getRelations().forEach(relation -> recordTableQuery(relation, ctes));
        } else if (node instanceof Join join && join.getCriteria().orElse(null) instanceof NaturalJoin) {
            naturalJoin = true;
        }
        if (node instanceof Table table) {
            recordTable(table, ctes);
        } else if (node instanceof AliasedRelation aliased) {
            recordAlias(aliased, ctes);
        } else if (node instanceof QuerySpecification specification) {
            recordStars(specification, ctes);
        } else if (node instanceof SingleColumn column) {
            column.getAlias().ifPresent(alias -> outputNames.add(lower(alias.getValue())));
        } else if (node instanceof Identifier identifier) {
            identifiers.add(lower(identifier.getValue()));
        } else if (node instanceof ShowColumns show) {
            tables.add(reference(show.getTable()));
        } else if (node instanceof ShowCreate show) {
            if (show.getType() == ShowCreate.Type.SCHEMA) {
                databases.add(show.getName().getSuffix());
            } else {
                tables.add(reference(show.getName()));
            }
        } else if (node instanceof ShowTables show) {
            show.getSchema().ifPresent(schema -> databases.add(schema.getSuffix()));
        } else if (node instanceof ShowSchemas) {
            // names catalogs, not databases: nothing to check
        } else if (node instanceof Relation && !(node instanceof Join) && !(node instanceof SampledRelation)) {
            onlyPlainTables = false; // subquery, UNNEST, LATERAL, VALUES, table function, MATCH_RECOGNIZE …
        } else if (node instanceof io.trino.sql.tree.SubqueryExpression || node instanceof io.trino.sql.tree.ExistsPredicate) {
            onlyPlainTables = false;
        }
        for (Node child : node.getChildren()) {
            walk(child, ctes);
        }
    }

    private void walkQueryWithCtes(Query query, Set<String> outer) {
        var with = query.getWith().orElseThrow();
        Set<String> scope = new HashSet<>(outer);
        for (WithQuery cte : with.getQueries()) {
            String name = lower(cte.getName().getValue());
            cteNames.add(name);
            if (with.isRecursive()) {
                scope.add(name);
            }
            walk(cte.getQuery(), Set.copyOf(scope));
            cte.getColumnNames().ifPresent(names -> names.forEach(n -> outputNames.add(lower(n.getValue()))));
            scope.add(name);
        }
        recordTableQuery(query.getQueryBody(), scope);
        for (Node child : query.getChildren()) {
            if (child != with) {
                walk(child, Set.copyOf(scope));
            }
        }
    }

    /** {@code TABLE t} as a query (or a branch of UNION …) reads every column of t, as {@code SELECT *} would. */
    private void recordTableQuery(Node body, Set<String> ctes) {
        if (body instanceof Table table && !isCte(table, ctes)) {
            stars.add(new StarReference(List.of(), List.of(reference(table.getName())), true));
        }
    }

    private void recordTable(Table table, Set<String> ctes) {
        QualifiedName name = table.getName();
        if (name.getParts().size() == 1 && ctes.contains(lower(name.getSuffix()))) {
            cteReferenced = true;
            return;
        }
        TableReference reference = reference(name);
        tables.add(reference);
        if (!aliasedTables.contains(table)) {
            // an unaliased table is qualified by its name or by the name as written (db.t)
            target(reference.name(), Optional.of(reference));
            if (reference.parts().size() > 1) {
                target(reference.written(), Optional.of(reference));
            }
        }
    }

    private void recordAlias(AliasedRelation aliased, Set<String> ctes) {
        Optional<TableReference> target = Optional.empty();
        if (aliased.getRelation() instanceof Table table && !isCte(table, ctes)) {
            target = Optional.of(reference(table.getName()));
            aliasedTables.add(table);
        }
        target(aliased.getAlias().getValue(), target);
        if (aliased.getColumnNames() != null) {
            aliased.getColumnNames().forEach(column -> outputNames.add(lower(column.getValue())));
            target.ifPresent(table -> renames.add(new ColumnRenames(table,
                    aliased.getColumnNames().stream().map(column -> lower(column.getValue())).toList())));
        }
    }

    private void recordStars(QuerySpecification specification, Set<String> ctes) {
        List<TableReference> fromTables = new ArrayList<>();
        specification.getFrom().ifPresent(from -> directTables(from, ctes, fromTables));
        for (SelectItem item : specification.getSelect().getSelectItems()) {
            if (item instanceof AllColumns all) {
                stars.add(new StarReference(all.getTarget().map(StatementReferences::nameParts).orElse(List.of()),
                        fromTables, false));
            }
        }
    }

    private static void directTables(Relation relation, Set<String> ctes, List<TableReference> out) {
        if (relation instanceof Table table && !isCte(table, ctes)) {
            out.add(reference(table.getName()));
        } else if (relation instanceof AliasedRelation aliased) {
            directTables(aliased.getRelation(), ctes, out);
        } else if (relation instanceof SampledRelation sampled) {
            directTables(sampled.getRelation(), ctes, out);
        } else if (relation instanceof Join join) {
            directTables(join.getLeft(), ctes, out);
            directTables(join.getRight(), ctes, out);
        } else {
            passThroughTables(relation, ctes, out);
        }
    }

    /**
     * Relations such as MATCH_RECOGNIZE or a table function over {@code TABLE(t)} can hand every column of their
     * input to a {@code *}; a nested query cannot (its own select list decides, and is checked on its own).
     */
    private static void passThroughTables(Node node, Set<String> ctes, List<TableReference> out) {
        for (Node child : node.getChildren()) {
            if (child instanceof Query || child instanceof TableSubquery) {
                continue;
            }
            if (child instanceof Relation relation) {
                directTables(relation, ctes, out);
            } else {
                passThroughTables(child, ctes, out);
            }
        }
    }

    private static boolean isCte(Table table, Set<String> ctes) {
        return table.getName().getParts().size() == 1 && ctes.contains(lower(table.getName().getSuffix()));
    }

    private void target(String qualifier, Optional<TableReference> target) {
        qualifierTargets.computeIfAbsent(lower(qualifier), k -> new ArrayList<>()).add(target);
    }

    static TableReference reference(QualifiedName name) {
        return new TableReference(name.getOriginalParts().stream().map(Identifier::getValue).toList());
    }

    /** {@code a.b.c} as written, or an empty list for an expression that is not a plain dotted name. */
    static List<String> nameParts(Expression expression) {
        if (expression instanceof Identifier identifier) {
            return List.of(identifier.getValue());
        }
        if (expression instanceof DereferenceExpression dereference) {
            QualifiedName name = DereferenceExpression.getQualifiedName(dereference);
            if (name != null) {
                return name.getOriginalParts().stream().map(Identifier::getValue).toList();
            }
        }
        return List.of();
    }

    private static String lower(String s) {
        return s.toLowerCase(Locale.ROOT);
    }
}
