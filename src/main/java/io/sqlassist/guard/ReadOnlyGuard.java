package io.sqlassist.guard;

import static java.util.Objects.requireNonNull;

import io.sqlassist.deepstack.DeepStack;
import io.sqlassist.guard.duckdb.DuckDbParser;
import io.sqlassist.guard.duckdb.DuckDbReading;
import io.sqlassist.schema.Catalog;
import io.sqlassist.schema.Column;
import io.sqlassist.schema.TableSchema;
import io.trino.sql.tree.AliasedRelation;
import io.trino.sql.tree.Explain;
import io.trino.sql.tree.ExplainAnalyze;
import io.trino.sql.tree.Query;
import io.trino.sql.tree.Relation;
import io.trino.sql.tree.ShowCatalogs;
import io.trino.sql.tree.ShowColumns;
import io.trino.sql.tree.ShowCreate;
import io.trino.sql.tree.ShowFunctions;
import io.trino.sql.tree.ShowSchemas;
import io.trino.sql.tree.ShowStats;
import io.trino.sql.tree.ShowTables;
import io.trino.sql.tree.Statement;
import io.trino.sql.tree.Table;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Decides whether SQL is exactly one read-only statement that the executing engine reads as the guard does, calling
 * only allowed functions and with a cost that can be bounded before it runs.
 *
 * <ul>
 *   <li>Statement types are allowlisted from the Trino parser's AST: anything not listed here — every DDL, DML,
 *       session, transaction, security and procedure statement, and whatever a future parser adds — is refused.
 *   <li>Functions are allowlisted per engine ({@link FunctionCheck}); table functions are refused.
 *   <li>Unbounded recursion and condition-less cross joins are refused ({@link CostRules}).
 *   <li>On DuckDB, DuckDB's own parser must read the same single statement ({@link EngineAgreement}), and its
 *       reading is judged by the same function rules.
 * </ul>
 * Every check runs on a {@link DeepStack} thread within the {@link StatementBudget}, so verdicts are bounded in
 * time and the same on every run.
 */
public final class ReadOnlyGuard {
    static final Duration DEADLINE = Duration.ofSeconds(30);
    private static final String ALLOWED_KINDS = "only SELECT, WITH … SELECT, VALUES, TABLE, SHOW TABLES / COLUMNS /"
            + " CREATE / FUNCTIONS / STATS, DESCRIBE and (on Athena) EXPLAIN are allowed";

    private final SqlEngine engine;
    private final DuckDbParser duckdb;

    /**
     * @param duckdb DuckDB's parser: on DuckDB the engine's own reading, required; on Athena a tripwire, optional —
     *               text that DuckDB reads as several statements, or as a write, is refused there too, since such
     *               text has no business in an analyst's query whichever engine runs it
     */
    public ReadOnlyGuard(SqlEngine engine, DuckDbParser duckdb) {
        this.engine = requireNonNull(engine, "engine is null");
        if (engine == SqlEngine.DUCKDB) {
            requireNonNull(duckdb, "a DuckDB guard needs DuckDB's parser");
        }
        this.duckdb = duckdb;
    }

    /** Athena without the DuckDB tripwire: Trino's reading only. */
    public static ReadOnlyGuard forAthena() {
        return new ReadOnlyGuard(SqlEngine.ATHENA, null);
    }

    public SqlEngine engine() {
        return engine;
    }

    public GuardVerdict check(String sql) {
        return check(sql, null);
    }

    /** @param catalog the tables the statement may read, to tell which table an unqualified column is from; null if unknown */
    public GuardVerdict check(String sql, Catalog catalog) {
        try {
            return DeepStack.call("the guard", DEADLINE, () -> {
                ParsedStatement parsed;
                try {
                    parsed = new SingleStatementParser().parse(sql);
                } catch (SqlRejectedException e) {
                    return GuardVerdict.refused(e.statementKind(), e.reasons());
                }
                return check(parsed, catalog);
            });
        } catch (DeepStack.DeadlineExceededException e) {
            return GuardVerdict.refused("TOO COMPLEX", List.of(e.getMessage()));
        }
    }

    /** The same check on a statement the caller has parsed once for several checks; run it on a deep stack. */
    GuardVerdict check(ParsedStatement parsed, Catalog catalog) {
        Set<String> reasons = new LinkedHashSet<>();
        try {
            judge(parsed, catalog, reasons);
        } catch (RuntimeException | StackOverflowError e) {
            reasons.add("the statement could not be checked (" + e + "); it is refused rather than run unchecked");
        }
        if (!reasons.isEmpty()) {
            return GuardVerdict.refused(parsed.kind(), new ArrayList<>(reasons));
        }
        StatementReferences references = StatementReferences.of(parsed.statement());
        return new GuardVerdict(true, List.of(), parsed.kind(),
                references.tables().stream().map(TableReference::written).distinct().toList(),
                references.columns().stream().map(ColumnReference::written).distinct().toList());
    }

    private void judge(ParsedStatement parsed, Catalog catalog, Set<String> reasons) {
        Statement statement = parsed.statement();
        checkStatementType(statement, reasons);
        if (StatementReferences.of(statement).hasNaturalJoin()) {
            reasons.add("NATURAL JOIN joins on columns it does not name; write the join condition with ON");
        }
        FunctionCheck.check(statement, engine, reasons);
        CostRules.check(statement, columnsOf(catalog), reasons);
        if (engine == SqlEngine.DUCKDB) {
            reasons.addAll(readsAlikeOnDuckDb(parsed));
        } else if (duckdb != null) {
            reasons.addAll(tripwire(parsed));
        }
    }

    /**
     * On Athena: Trino-only syntax leaves DuckDB's parser with a syntax error, which says nothing; but text DuckDB
     * reads as several statements, as a statement that is not a query, or as a query that differs from Trino's
     * reading is text built to be read two ways.
     */
    private List<String> tripwire(ParsedStatement parsed) {
        DuckDbReading reading = duckdb.read(parsed.sql());
        if (reading.statements() > 1 || reading.error() != null && reading.error().startsWith("Only SELECT")) {
            return List.of("DuckDB's parser reads " + (reading.statements() > 1 ? reading.statements()
                    + " statements" : "a statement that is not a query") + " in this text: text that engines read"
                    + " differently is refused on every engine");
        }
        if (!reading.isOneStatement() || !(parsed.statement() instanceof Query)) {
            return List.of();
        }
        return EngineAgreement.disagreements(parsed, reading).stream()
                .map(reason -> reason + " (text that engines read differently is refused on every engine)").toList();
    }

    /** DuckDB's reading of the exact text: the same statement, and only allowed functions in DuckDB's eyes too. */
    List<String> readsAlikeOnDuckDb(ParsedStatement parsed) {
        DuckDbReading reading = duckdb.read(parsed.sql());
        Set<String> reasons = new LinkedHashSet<>(EngineAgreement.disagreements(parsed, reading));
        if (reading.isOneStatement()) {
            FunctionCheck.check(reading, reasons);
        }
        return new ArrayList<>(reasons);
    }

    /** DuckDB's reading, for the limit check; null on Athena. */
    DuckDbReading duckDbReading(String sql) {
        return engine == SqlEngine.DUCKDB ? duckdb.read(sql) : null;
    }

    private void checkStatementType(Statement statement, Set<String> reasons) {
        if (statement instanceof ExplainAnalyze) {
            reasons.add("EXPLAIN ANALYZE is not allowed: it executes the statement it explains");
        } else if (statement instanceof Explain explain) {
            Set<String> inner = new LinkedHashSet<>();
            checkStatementType(explain.getStatement(), inner);
            inner.forEach(reason -> reasons.add("EXPLAIN of a refused statement: " + reason));
        } else if (statement instanceof Query query && !query.getFunctions().isEmpty()) {
            reasons.add("inline function definitions (WITH FUNCTION) are not allowed");
        } else if (statement instanceof ShowCatalogs || statement instanceof ShowSchemas) {
            reasons.add(StatementKinds.describe(statement) + " is not allowed: it lists catalogs or databases beyond"
                    + " the ones queries may use; ask about the tables instead (SHOW TABLES)");
        } else if (!(statement instanceof Query || statement instanceof ShowTables || statement instanceof ShowColumns
                || statement instanceof ShowCreate || statement instanceof ShowFunctions
                || statement instanceof ShowStats)) {
            reasons.add(StatementKinds.describe(statement) + " is not allowed: " + ALLOWED_KINDS);
        }
    }

    /** The columns of a plain table in the FROM clause, when the catalog knows the table. */
    private static Function<Relation, Optional<Set<String>>> columnsOf(Catalog catalog) {
        return relation -> {
            if (catalog == null) {
                return Optional.empty();
            }
            Relation inner = relation instanceof AliasedRelation aliased ? aliased.getRelation() : relation;
            if (relation instanceof AliasedRelation aliased && aliased.getColumnNames() != null) {
                return Optional.of(aliased.getColumnNames().stream().map(c -> lower(c.getValue()))
                        .collect(Collectors.toSet()));
            }
            if (!(inner instanceof Table table)) {
                return Optional.empty();
            }
            return catalog.tables().stream().filter(t -> t.name().equalsIgnoreCase(table.getName().getSuffix()))
                    .findFirst().map(ReadOnlyGuard::columnNames);
        };
    }

    private static Set<String> columnNames(TableSchema table) {
        return table.columns().stream().map(Column::name).map(ReadOnlyGuard::lower).collect(Collectors.toSet());
    }

    private static String lower(String s) {
        return s.toLowerCase(Locale.ROOT);
    }
}
