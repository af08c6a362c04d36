package io.sqlassist.guard;

import static java.util.Objects.requireNonNull;

import io.sqlassist.deepstack.DeepStack;
import io.sqlassist.guard.StatementReferences.ColumnRenames;
import io.sqlassist.guard.StatementReferences.StarReference;
import io.sqlassist.schema.Catalog;
import io.sqlassist.schema.TableSchema;
import io.trino.sql.tree.ShowStats;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Checks every name a statement reads against the catalog and the policy: each table resolves to
 * catalog.database.table inside the allowlists (the catalog part too), columns that can be resolved exist, and
 * restricted tables and columns are not read — by name, through {@code *} or {@code TABLE t}, through a whole-row
 * reference, or renamed by a column alias list. Without a catalog ({@link #namesOnly}) the same policy applies to
 * the names as written, refusing whatever it cannot prove harmless.
 *
 * <p>Existence is checked only where resolution is certain (qualified by a table or alias; unqualified only in a
 * statement over a single plain table) so nothing valid is rejected. Restrictions err the other way: any identifier
 * spelled like a restricted column (or an alias of one) refuses the statement when that column's table is read.
 */
public final class CatalogCheck {
    /** Athena's metadata tables an analyst may read; the others list files and column statistics. */
    private static final Set<String> ATHENA_METADATA_TABLES = Set.of("partitions", "properties", "history",
            "snapshots", "refs");
    private static final Set<String> SYSTEM_SCHEMAS = Set.of("information_schema", "pg_catalog", "system", "temp",
            "sys");
    private static final String ATHENA_CATALOG = "awsdatacatalog";

    private final Catalog catalog;
    private final CatalogPolicy policy;
    private final SqlEngine engine;

    public CatalogCheck(Catalog catalog, CatalogPolicy policy, SqlEngine engine) {
        this.catalog = requireNonNull(catalog, "catalog is null");
        this.policy = requireNonNull(policy, "policy is null");
        this.engine = requireNonNull(engine, "engine is null");
    }

    private CatalogCheck(CatalogPolicy policy, SqlEngine engine) {
        this.catalog = null;
        this.policy = requireNonNull(policy, "policy is null");
        this.engine = requireNonNull(engine, "engine is null");
    }

    /** The policy applied to names as written, for a check that has no catalog to resolve them against. */
    public static CatalogCheck namesOnly(CatalogPolicy policy, SqlEngine engine) {
        return new CatalogCheck(policy, engine);
    }

    public CatalogVerdict check(String sql) {
        try {
            return DeepStack.call("the catalog check", ReadOnlyGuard.DEADLINE, () -> {
                ParsedStatement parsed;
                try {
                    parsed = new SingleStatementParser().parse(sql);
                } catch (SqlRejectedException e) {
                    return CatalogVerdict.of(e.reasons());
                }
                return check(parsed);
            });
        } catch (DeepStack.DeadlineExceededException e) {
            return CatalogVerdict.of(List.of(e.getMessage()));
        }
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
        for (String database : refs.databases()) {
            checkDatabase(database, reasons);
            if (catalog != null && catalog.tables().stream().noneMatch(t -> database.equalsIgnoreCase(t.database()))) {
                reasons.add("unknown database " + database);
            }
        }
        Map<String, TableSchema> resolved = new LinkedHashMap<>(); // by TableReference.key()
        boolean allTablesResolved = true;
        for (TableReference table : refs.tables()) {
            if (!checkName(table, reasons)) {
                allTablesResolved = false;
                continue;
            }
            Optional<TableSchema> schema = resolve(table);
            if (table.name().contains("$")) {
                // a metadata table: its columns are not the base table's, and it may show their statistics
                allTablesResolved = false;
                if (isRestrictedTable(table, schema)) {
                    reasons.add("table " + table.written() + " is restricted");
                } else if (catalog != null && schema.isEmpty()) {
                    reasons.add(unknownTable(table));
                } else if (schema.isPresent() && !restrictedColumnsOf(schema.get()).isEmpty()) {
                    reasons.add("metadata table " + table.written() + " shows statistics of restricted column(s) "
                            + String.join(", ", restrictedColumnsOf(schema.get())));
                }
                continue;
            }
            if (isRestrictedTable(table, schema)) {
                reasons.add("table " + table.written() + " is restricted");
            } else if (catalog != null && schema.isEmpty()) {
                reasons.add(unknownTable(table));
                allTablesResolved = false;
            } else if (schema.isPresent()) {
                if (table.database().isEmpty() && schema.get().database() != null) {
                    checkDatabase(schema.get().database(), reasons);
                }
                resolved.put(table.key(), schema.get());
            }
        }
        if (parsed.statement() instanceof ShowStats) {
            refs.tables().stream().filter(t -> !restrictedColumnsOf(t, resolved).isEmpty()).forEach(t ->
                    reasons.add("SHOW STATS shows the values of every column of " + t.written()
                            + ", including restricted ones"));
        }
        checkRestrictedColumns(refs, resolved, reasons);
        checkWholeRows(parsed, resolved, reasons);
        if (catalog != null) {
            checkColumnsExist(refs, resolved, allTablesResolved, reasons);
        }
        return CatalogVerdict.of(new ArrayList<>(reasons));
    }

    /** Catalog, database and table-name checks that need no catalog; false when the name is refused. */
    private boolean checkName(TableReference table, Set<String> reasons) {
        List<String> parts = table.parts();
        if (parts.size() > 3) {
            reasons.add("table name " + table.written() + " has more parts than catalog.database.table");
            return false;
        }
        if (parts.size() == 3 && !allowedCatalogs().contains(lower(parts.get(0)))) {
            reasons.add("catalog " + parts.get(0) + " is not allowed" + (allowedCatalogs().isEmpty() ? ""
                    : " (allowed: " + String.join(", ", allowedCatalogs().stream().sorted().toList()) + ")"));
            return false;
        }
        if (table.database().isPresent() && SYSTEM_SCHEMAS.contains(lower(table.database().get()))) {
            reasons.add("table " + table.written() + " is system metadata, which lists what the allowlists hide; use"
                    + " SHOW TABLES or DESCRIBE <table> instead");
            return false;
        }
        table.database().ifPresent(database -> checkDatabase(database, reasons));
        int dollar = table.name().indexOf('$');
        if (dollar >= 0) {
            String suffix = lower(table.name().substring(dollar + 1));
            if (engine == SqlEngine.DUCKDB || dollar == 0 || !ATHENA_METADATA_TABLES.contains(suffix)) {
                reasons.add("table " + table.written() + " is not allowed: of the $ metadata tables only "
                        + String.join(", ", ATHENA_METADATA_TABLES.stream().sorted().map(s -> "$" + s).toList())
                        + " may be read, and only on Athena");
                return false;
            }
        }
        return true;
    }

    private Set<String> allowedCatalogs() {
        Set<String> allowed = new LinkedHashSet<>(policy.allowedCatalogs());
        if (catalog != null && catalog.name() != null) {
            allowed.add(lower(catalog.name()));
        }
        if (engine == SqlEngine.ATHENA) {
            allowed.add(ATHENA_CATALOG);
        }
        return allowed;
    }

    private String unknownTable(TableReference table) {
        return "unknown table " + table.written() + (catalog.tables().isEmpty() ? ""
                : " (known: " + String.join(", ", catalog.tables().stream().limit(20).map(TableSchema::name).toList())
                + (catalog.tables().size() > 20 ? ", …" : "") + ")");
    }

    private void checkDatabase(String database, Set<String> reasons) {
        if (!policy.allowedDatabases().isEmpty() && !policy.allowedDatabases().contains(lower(database))) {
            reasons.add("database " + database + " is not allowed (allowed: "
                    + String.join(", ", policy.allowedDatabases().stream().sorted().toList()) + ")");
        }
    }

    /** Athena's metadata tables ({@code "orders$partitions"}) belong to their base table. */
    private Optional<TableSchema> resolve(TableReference table) {
        if (catalog == null) {
            return Optional.empty();
        }
        String name = baseName(table.name());
        Optional<String> database = table.database();
        return catalog.tables().stream()
                .filter(t -> t.name().equalsIgnoreCase(name))
                .filter(t -> database.isEmpty() || t.database() == null || t.database().equalsIgnoreCase(database.get()))
                .findFirst();
    }

    private boolean isRestrictedTable(TableReference table, Optional<TableSchema> schema) {
        String database = databaseOf(table, schema);
        return policy.restrictedTables().stream().anyMatch(entry -> matchesTable(entry, baseName(table.name()), database,
                catalog == null));
    }

    private void checkRestrictedColumns(StatementReferences refs, Map<String, TableSchema> resolved,
                                        Set<String> reasons) {
        for (TableReference table : refs.tables()) {
            List<String> restricted = restrictedColumnsOf(table, resolved);
            String shown = resolved.containsKey(table.key()) ? resolved.get(table.key()).name() : table.name();
            for (String column : restricted) {
                if (refs.identifiers().contains(column)) {
                    reasons.add("column " + shown + "." + column + " is restricted");
                }
            }
        }
        for (ColumnRenames renames : refs.renames()) {
            checkRenames(refs, renames, resolved, reasons);
        }
        for (StarReference star : refs.stars()) {
            for (TableReference table : starTables(refs, star)) {
                List<String> restricted = restrictedColumnsOf(table, resolved);
                if (!restricted.isEmpty()) {
                    String shown = resolved.containsKey(table.key()) ? resolved.get(table.key()).name() : table.name();
                    reasons.add((star.tableQuery() ? "TABLE " + shown : "SELECT * from " + shown)
                            + " would read restricted column(s) " + String.join(", ", restricted)
                            + "; name the columns you need instead");
                }
            }
        }
    }

    /** {@code customers AS c(a, b, c, mail)} renames email to mail: mail is then as restricted as email. */
    private void checkRenames(StatementReferences refs, ColumnRenames renames, Map<String, TableSchema> resolved,
                              Set<String> reasons) {
        List<String> restricted = restrictedColumnsOf(renames.table(), resolved);
        if (restricted.isEmpty()) {
            return;
        }
        TableSchema schema = resolved.get(renames.table().key());
        if (schema == null) {
            reasons.add("a column alias list over " + renames.table().written() + " may rename its restricted"
                    + " column(s) " + String.join(", ", restricted) + "; name the columns you need instead");
            return;
        }
        for (int i = 0; i < Math.min(renames.names().size(), schema.columns().size()); i++) {
            String original = lower(schema.columns().get(i).name());
            String alias = renames.names().get(i);
            if (restricted.contains(original) && !alias.equals(original) && refs.identifiers().contains(alias)) {
                reasons.add("column alias " + alias + " renames restricted column " + schema.name() + "." + original);
            }
        }
    }

    /** DuckDB reads {@code SELECT c FROM customers c} as the whole row as a struct, restricted columns included. */
    private void checkWholeRows(ParsedStatement parsed, Map<String, TableSchema> resolved, Set<String> reasons) {
        List<WholeRowReferences.WholeRow> rows = WholeRowReferences.find(parsed.statement(), table -> {
            TableSchema schema = resolved.get(table.key());
            return schema == null ? Optional.empty() : Optional.of(schema.columns().stream()
                    .map(column -> lower(column.name())).collect(java.util.stream.Collectors.toSet()));
        });
        for (WholeRowReferences.WholeRow row : rows) {
            List<String> restricted = restrictedColumnsOf(row.table(), resolved);
            if (!restricted.isEmpty()) {
                String shown = resolved.containsKey(row.table().key()) ? resolved.get(row.table().key()).name()
                        : row.table().name();
                reasons.add(row.name() + " refers to a whole row of " + shown + ", which has restricted column(s) "
                        + String.join(", ", restricted));
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
                        && onlyTable.column(column.name()).isEmpty() && !column.name().startsWith("$")) {
                    reasons.add("unknown column " + column.name() + ": table " + onlyTable.name() + " has no such column");
                }
                continue;
            }
            resolveQualified(refs, column).ifPresent(target -> {
                TableSchema schema = resolved.get(target.table().key());
                if (schema != null && schema.column(target.column()).isEmpty() && !target.column().startsWith("$")) {
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
        return restrictedColumnsOf(new TableReference(List.of(schema.name())), Map.of(
                new TableReference(List.of(schema.name())).key(), schema));
    }

    /**
     * The restricted columns of a referenced table: from its schema when resolved; from the policy's entries for a
     * table of that name when there is no catalog (then every entry naming the table counts).
     */
    private List<String> restrictedColumnsOf(TableReference table, Map<String, TableSchema> resolved) {
        TableSchema schema = resolved.get(table.key());
        List<String> restricted = new ArrayList<>();
        for (String entry : policy.restrictedColumns()) {
            int dot = entry.lastIndexOf('.');
            String column = entry.substring(dot + 1);
            String tableEntry = entry.substring(0, dot);
            boolean matches = schema != null
                    ? matchesTable(tableEntry, schema.name(), schema.database()) && schema.column(column).isPresent()
                    : catalog == null && matchesTable(tableEntry, baseName(table.name()),
                            table.database().orElse(null), true);
            if (matches && !restricted.contains(column)) {
                restricted.add(column);
            }
        }
        restricted.sort(null);
        return restricted;
    }

    /** {@code people} matches the table in any database; {@code hr.people} only in database hr. */
    private static boolean matchesTable(String entry, String tableName, String database) {
        return matchesTable(entry, tableName, database, false);
    }

    /** @param unknownDatabaseMatches true when an unqualified name may be in any database (no catalog to ask) */
    private static boolean matchesTable(String entry, String tableName, String database, boolean unknownDatabaseMatches) {
        String[] parts = entry.split("\\.");
        if (!parts[parts.length - 1].equals(lower(tableName))) {
            return false;
        }
        if (parts.length == 1) {
            return true;
        }
        return database == null ? unknownDatabaseMatches : parts[parts.length - 2].equals(lower(database));
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
