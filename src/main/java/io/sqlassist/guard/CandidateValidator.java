package io.sqlassist.guard;

import static java.util.Objects.requireNonNull;

import io.sqlassist.deepstack.DeepStack;
import io.sqlassist.guard.Validation.Stage;
import io.sqlassist.guard.duckdb.DuckDbReading;
import io.sqlassist.schema.Catalog;
import io.trino.sql.tree.Query;
import io.trino.sql.tree.Values;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Everything a SQL text must pass before a human sees it, and again before it runs: the read-only guard, the
 * catalog check, the row limit — verified in the engine's own reading of the final text — and the engine's dry
 * run. The text that passes is what gets approved and run, byte for byte.
 */
public final class CandidateValidator {
    private final ReadOnlyGuard guard;
    private final CatalogPolicy policy;
    private final LimitEnforcer limits;
    private final DryRun dryRun;
    private final int maxRows;

    /** @param dryRun the engine's dry run; null where there is no engine to ask (the dry-run stage is skipped) */
    public CandidateValidator(ReadOnlyGuard guard, CatalogPolicy policy, LimitEnforcer limits, DryRun dryRun,
                              int maxRows) {
        this.guard = requireNonNull(guard, "guard is null");
        this.policy = requireNonNull(policy, "policy is null");
        this.limits = requireNonNull(limits, "limits is null");
        this.dryRun = dryRun;
        this.maxRows = maxRows;
    }

    /** @param catalog the tables a query may read; null checks the policy on names as written */
    public Validation validate(String sql, Catalog catalog) {
        Validation checked = checkStatically(sql, catalog);
        if (!checked.passed() || dryRun == null || !isQuery(checked.sql())) {
            return checked;
        }
        DryRunOutcome planned;
        try {
            planned = dryRun.explain(checked.sql());
        } catch (RuntimeException e) {
            planned = DryRunOutcome.failed(e.toString());
        }
        if (!planned.ok()) {
            return Validation.failed(Stage.DRY_RUN, checked.sql(),
                    List.of("the engine's dry run (EXPLAIN) failed: " + planned.error()));
        }
        return checked;
    }

    /**
     * The checks that need no engine, for SQL about to run: it must pass them as it stands, its row limit already in
     * place (it was validated before a reviewer saw it; anything else means the stored text is not what was
     * checked).
     */
    public Validation recheck(String sql, Catalog catalog) {
        Validation checked = checkStatically(sql, catalog);
        if (checked.passed() && !checked.sql().equals(sql)) {
            return Validation.failed(Stage.LIMIT, sql, List.of("the SQL has no row limit of at most " + maxRows
                    + ": it is not the text that was validated"));
        }
        return checked;
    }

    private Validation checkStatically(String sql, Catalog catalog) {
        try {
            return DeepStack.call("validation", ReadOnlyGuard.DEADLINE, () -> checkNow(sql, catalog));
        } catch (DeepStack.DeadlineExceededException e) {
            return Validation.failed(Stage.GUARD, sql, List.of(e.getMessage()));
        }
    }

    private Validation checkNow(String sql, Catalog catalog) {
        ParsedStatement parsed;
        try {
            parsed = new SingleStatementParser().parse(sql);
        } catch (SqlRejectedException e) {
            return Validation.failed(Stage.GUARD, sql, e.reasons());
        }
        GuardVerdict verdict = guard.check(parsed, catalog);
        if (!verdict.allowed()) {
            return Validation.failed(Stage.GUARD, sql, verdict.reasons());
        }
        CatalogCheck names = catalog == null ? CatalogCheck.namesOnly(policy, guard.engine())
                : new CatalogCheck(catalog, policy, guard.engine());
        CatalogVerdict namesVerdict;
        try {
            namesVerdict = names.check(parsed);
        } catch (RuntimeException e) {
            namesVerdict = CatalogVerdict.of(List.of("the names could not be checked (" + e + ")"));
        }
        if (!namesVerdict.allowed()) {
            return Validation.failed(Stage.CATALOG, sql, namesVerdict.reasons());
        }
        return limit(parsed, catalog);
    }

    /** Applies the row limit, then proves it holds in the final text as both parsers read it. */
    private Validation limit(ParsedStatement parsed, Catalog catalog) {
        LimitedSql limited;
        try {
            limited = limits.enforce(parsed, maxRows);
        } catch (RuntimeException e) {
            return Validation.failed(Stage.LIMIT, parsed.sql(), List.of("the row limit could not be applied: " + e));
        }
        ParsedStatement result = parsed;
        if (limited.changed()) {
            try {
                result = new SingleStatementParser().parse(limited.sql());
            } catch (SqlRejectedException e) {
                return Validation.failed(Stage.LIMIT, limited.sql(), prefixed(e.reasons()));
            }
            GuardVerdict again = guard.check(result, catalog);
            if (!again.allowed()) {
                return Validation.failed(Stage.LIMIT, limited.sql(), prefixed(again.reasons()));
            }
        }
        Optional<String> unbounded = limits.unboundedReason(result, maxRows);
        if (unbounded.isEmpty() && guard.engine() == SqlEngine.DUCKDB && isLimitedQuery(result)) {
            DuckDbReading reading = guard.duckDbReading(limited.sql());
            if (reading.topLimit().isEmpty() || reading.topLimit().getAsLong() > maxRows) {
                unbounded = Optional.of("DuckDB does not read a row limit of at most " + maxRows + " in the final text");
            }
        }
        if (unbounded.isPresent()) {
            return Validation.failed(Stage.LIMIT, limited.sql(), List.of(unbounded.get()));
        }
        List<String> notes = new ArrayList<>();
        if (limited.changed()) {
            notes.add(limited.change());
        }
        return Validation.passed(limited.sql(), notes);
    }

    private static boolean isLimitedQuery(ParsedStatement parsed) {
        return parsed.statement() instanceof Query query && !(query.getQueryBody() instanceof Values)
                && !LimitEnforcer.hasTiesOrNoCount(query);
    }

    private static boolean isQuery(String sql) {
        try {
            return DeepStack.call("validation", ReadOnlyGuard.DEADLINE,
                    () -> StatementKinds.isQuery(new SingleStatementParser().parse(sql).kind()));
        } catch (DeepStack.DeadlineExceededException | SqlRejectedException e) {
            return false;
        }
    }

    private static List<String> prefixed(List<String> reasons) {
        return reasons.stream().map(reason -> "with the row limit added: " + reason).toList();
    }
}
