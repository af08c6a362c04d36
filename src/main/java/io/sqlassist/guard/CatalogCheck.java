package io.sqlassist.guard;

import static java.util.Objects.requireNonNull;

import io.sqlassist.guard.StatementReferences.StarReference;
import io.sqlassist.schema.Catalog;
import io.sqlassist.schema.TableSchema;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Checks a statement against the catalog: referenced tables exist (CTE names are not tables), columns that can be
 * resolved to one table exist, and restricted databases, tables and columns are not read.
 *
 * <p>Existence is checked only where resolution is certain (qualified by a table or alias; unqualified only in a
 * statement over a single plain table) so nothing valid is rejected. Restrictions err the other way: any
 * identifier spelled like a restricted column refuses the statement when that column's table is referenced.
 */
public final class CatalogCheck {
    private final Catalog catalog;
    private final CatalogPolicy policy;
    private final SingleStatementParser parser = new SingleStatementParser();

    public CatalogCheck(Catalog catalog, CatalogPolicy policy) {
        this.catalog = requireNonNull(catalog, "catalog is null");
        this.policy = requireNonNull(policy, "policy is null");
    }

    public CatalogVerdict check(String sql) {
        ParsedStatement parsed;
        try {
            parsed = parser.parse(sql);
        } catch (SqlRejectedException e) {
            return CatalogVerdict.of(e.reasons());
        }
        return check(parsed);
    }

    /** The same check on a statement the caller has parsed once for several checks. */
    CatalogVerdict check(ParsedStatement parsed) {
        StatementReferences refs;
        try {
            refs = StatementReferences.of(parsed.statement());
        } catch (StackOverflowError e) {
            return CatalogVerdict.of(List.of("statement is nested too deeply to be checked"));
        }
        Set<String> reasons = new LinkedHashSet<>();
        refs.databases().forEach(database -> checkDatabase(database, reasons));
        Map<String, TableSchema> resolved = new LinkedHashMap<>(); // by TableReference.key()
        boolean allTablesResolved = true;
        for (TableReference table : refs.tables()) {
            Optional<TableSchema> schema = resolve(table);
            table.database().ifPresent(database -> checkDatabase(database, reasons));
            if (isRestrictedTable(table, schema)) {
                reasons.add("table " + table.written() + " is restricted");
            } else if (schema.isEmpty()) {
                reasons.add("unknown table " + table.written());
                allTablesResolved = false;
            } else {
                if (table.database().isEmpty() && schema.get().database() != null) {
                    checkDatabase(schema.get().database(), reasons);
                }
                resolved.put(table.key(), schema.get());
            }
        }
        checkRestrictedColumns(refs, resolved, reasons);
        checkColumnsExist(refs, resolved, allTablesResolved, reasons);
        return CatalogVerdict.of(new ArrayList<>(reasons));
    }

    private void checkDatabase(String database, Set<String> reasons) {
        if (!policy.allowedDatabases().isEmpty() && !policy.allowedDatabases().contains(lower(database))) {
            reasons.add("database " + database + " is not allowed (allowed: "
                    + String.join(", ", policy.allowedDatabases().stream().sorted().toList()) + ")");
        }
    }

    /** Athena's metadata tables ({@code "orders$partitions"}) belong to their base table. */
    private Optional<TableSchema> resolve(TableReference table) {
        String name = baseName(table.name());
        Optional<String> database = table.database();
        return catalog.tables().stream()
                .filter(t -> t.name().equalsIgnoreCase(name))
                .filter(t -> database.isEmpty() || t.database() == null || t.database().equalsIgnoreCase(database.get()))
                .findFirst();
    }

    private boolean isRestrictedTable(TableReference table, Optional<TableSchema> schema) {
        String database = databaseOf(table, schema);
        return policy.restrictedTables().stream().anyMatch(entry -> matchesTable(entry, baseName(table.name()), database));
    }

    private void checkRestrictedColumns(StatementReferences refs, Map<String, TableSchema> resolved,
                                        Set<String> reasons) {
        for (TableReference table : refs.tables()) {
            TableSchema schema = resolved.get(table.key());
            if (schema == null) {
                continue;
            }
            List<String> restricted = restrictedColumnsOf(schema);
            for (String column : restricted) {
                if (refs.identifiers().contains(column)) {
                    reasons.add("column " + schema.name() + "." + column + " is restricted");
                }
            }
            if (!restricted.isEmpty()) {
                refusesWholeRowReferences(refs, table, schema, restricted, reasons);
            }
        }
        for (StarReference star : refs.stars()) {
            for (TableReference table : starTables(refs, star)) {
                TableSchema schema = resolved.get(table.key());
                List<String> restricted = schema == null ? List.of() : restrictedColumnsOf(schema);
                if (!restricted.isEmpty()) {
                    reasons.add("SELECT * from " + schema.name() + " would read restricted column(s) "
                            + String.join(", ", restricted) + "; name the columns you need instead");
                }
            }
        }
    }

    /** DuckDB reads {@code SELECT people FROM people} as the whole row as a struct, restricted columns included. */
    private static void refusesWholeRowReferences(StatementReferences refs, TableReference table, TableSchema schema,
                                                  List<String> restricted, Set<String> reasons) {
        for (ColumnReference column : refs.columns()) {
            if (!column.qualifier().isEmpty()) {
                continue;
            }
            boolean namesTheRow = column.name().equalsIgnoreCase(table.name())
                    || refs.qualifierTargets(column.name()).stream()
                            .anyMatch(target -> target.isPresent() && target.get().key().equals(table.key()));
            if (namesTheRow && schema.column(column.name()).isEmpty()) {
                reasons.add(column.name() + " refers to a whole row of " + schema.name()
                        + ", which has restricted column(s) " + String.join(", ", restricted));
            }
        }
    }

    private static List<TableReference> starTables(StatementReferences refs, StarReference star) {
        if (star.qualifier().isEmpty()) {
            return star.fromTables();
        }
        return refs.qualifierTargets(String.join(".", star.qualifier())).stream().flatMap(Optional::stream).toList();
    }

    private void checkColumnsExist(StatementReferences refs, Map<String, TableSchema> resolved,
                                   boolean allTablesResolved, Set<String> reasons) {
        Set<String> distinctTables = new LinkedHashSet<>(resolved.keySet());
        TableSchema onlyTable = refs.onlyPlainTables() && allTablesResolved && distinctTables.size() == 1
                ? resolved.values().iterator().next() : null;
        for (ColumnReference column : refs.columns()) {
            if (column.qualifier().isEmpty()) {
                if (onlyTable != null && !refs.outputNames().contains(lower(column.name()))
                        && onlyTable.column(column.name()).isEmpty()) {
                    reasons.add("unknown column " + column.name() + ": table " + onlyTable.name() + " has no such column");
                }
                continue;
            }
            resolveQualified(refs, column).ifPresent(target -> {
                TableSchema schema = resolved.get(target.table().key());
                if (schema != null && schema.column(target.column()).isEmpty()) {
                    reasons.add("unknown column " + column.written() + ": table " + schema.name()
                            + " has no column " + target.column());
                }
            });
        }
    }

    private record QualifiedColumn(TableReference table, String column) {
    }

    /**
     * {@code o.amount} → (orders, amount); {@code sales.orders.amount} → (sales.orders, amount);
     * {@code c.address.city} → (customers, address) — the rest is a field of that column. Empty when the
     * qualifier is not exactly one table (a subquery alias, a struct column, an ambiguous alias).
     */
    private static Optional<QualifiedColumn> resolveQualified(StatementReferences refs, ColumnReference column) {
        List<String> qualifier = column.qualifier();
        for (int n = qualifier.size(); n >= 1; n--) {
            List<Optional<TableReference>> targets = refs.qualifierTargets(String.join(".", qualifier.subList(0, n)));
            if (targets.isEmpty()) {
                continue;
            }
            Set<String> distinct = new LinkedHashSet<>();
            targets.forEach(t -> distinct.add(t.map(TableReference::key).orElse("")));
            if (distinct.size() != 1 || targets.get(0).isEmpty()) {
                return Optional.empty();
            }
            String columnName = n == qualifier.size() ? column.name() : qualifier.get(n);
            return Optional.of(new QualifiedColumn(targets.get(0).get(), columnName));
        }
        return Optional.empty();
    }

    private List<String> restrictedColumnsOf(TableSchema schema) {
        List<String> restricted = new ArrayList<>();
        for (String entry : policy.restrictedColumns()) {
            int dot = entry.lastIndexOf('.');
            String column = entry.substring(dot + 1);
            if (matchesTable(entry.substring(0, dot), schema.name(), schema.database())
                    && schema.column(column).isPresent()) {
                restricted.add(column);
            }
        }
        restricted.sort(null);
        return restricted;
    }

    /** {@code people} matches the table in any database; {@code hr.people} only in database hr. */
    private static boolean matchesTable(String entry, String tableName, String database) {
        String[] parts = entry.split("\\.");
        if (!parts[parts.length - 1].equals(lower(tableName))) {
            return false;
        }
        return parts.length == 1 || database != null && parts[parts.length - 2].equals(lower(database));
    }

    private static String databaseOf(TableReference table, Optional<TableSchema> schema) {
        return table.database().orElse(schema.map(TableSchema::database).orElse(null));
    }

    private static String baseName(String tableName) {
        int dollar = tableName.indexOf('$');
        return dollar > 0 ? tableName.substring(0, dollar) : tableName;
    }

    private static String lower(String s) {
        return s.toLowerCase(Locale.ROOT);
    }
}
