package io.sqlassist.guard;

import io.sqlassist.schema.Catalog;
import java.util.ArrayList;
import java.util.List;

/**
 * Everything a generated SQL must pass before a human sees it: the read-only guard, the catalog check, the row
 * limit, and the engine's own dry run. The text that passes — with the LIMIT the reviewer will see — is what gets
 * approved and run.
 */
public final class CandidateValidator {
    private final SingleStatementParser parser = new SingleStatementParser();
    private final ReadOnlyGuard guard;
    private final CatalogPolicy policy;
    private final LimitEnforcer limits;
    private final DryRun dryRun;
    private final int maxRows;

    public CandidateValidator(ReadOnlyGuard guard, CatalogPolicy policy, LimitEnforcer limits, DryRun dryRun, int maxRows) {
        this.guard = guard;
        this.policy = policy;
        this.limits = limits;
        this.dryRun = dryRun;
        this.maxRows = maxRows;
    }

    public Validation validate(String sql, Catalog catalog) {
        // Parsed once for all three checks: parsing is the largest part of their cost, and a question pays it for
        // every candidate the generator writes.
        ParsedStatement parsed;
        try {
            parsed = parser.parse(sql);
        } catch (SqlRejectedException e) {
            return Validation.failed(sql, e.reasons());
        }
        GuardVerdict verdict = guard.check(parsed);
        if (!verdict.allowed()) {
            return Validation.failed(sql, verdict.reasons());
        }
        CatalogVerdict names = new CatalogCheck(catalog, policy).check(parsed);
        if (!names.allowed()) {
            return Validation.failed(sql, names.reasons());
        }
        LimitedSql limited = limits.enforce(parsed, maxRows);
        DryRunOutcome planned = dryRun.explain(limited.sql());
        if (!planned.ok()) {
            return Validation.failed(limited.sql(), List.of("the engine's dry run (EXPLAIN) failed: " + planned.error()));
        }
        List<String> notes = new ArrayList<>();
        if (limited.changed()) {
            notes.add(limited.change());
        }
        return new Validation(true, limited.sql(), List.of(), notes);
    }
}
