package io.sqlassist.guard;

import static java.util.Objects.requireNonNull;

import io.trino.sql.tree.Explain;
import io.trino.sql.tree.ExplainAnalyze;
import io.trino.sql.tree.FunctionCall;
import io.trino.sql.tree.Node;
import io.trino.sql.tree.QualifiedName;
import io.trino.sql.tree.Query;
import io.trino.sql.tree.ShowCatalogs;
import io.trino.sql.tree.ShowColumns;
import io.trino.sql.tree.ShowCreate;
import io.trino.sql.tree.ShowFunctions;
import io.trino.sql.tree.ShowSchemas;
import io.trino.sql.tree.ShowStats;
import io.trino.sql.tree.ShowTables;
import io.trino.sql.tree.Statement;
import io.trino.sql.tree.TableFunctionInvocation;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Decides whether SQL is exactly one read-only statement, from the Trino parser's AST only.
 * Statement types are allowlisted: anything not listed here — every DDL, DML, session, transaction, security
 * and procedure statement, and whatever a future parser adds — is refused.
 */
public final class ReadOnlyGuard {
    /**
     * Read-only statements. SHOW CREATE is allowed: it reads metadata the approver could see anyway, and the
     * catalog check still applies the table restrictions to it. SHOW SESSION/GRANTS/ROLES are not: an
     * analytics assistant has no need for the security configuration.
     */
    private static final Set<Class<? extends Statement>> READ_ONLY_STATEMENTS = Set.of(
            Query.class, ShowTables.class, ShowColumns.class, ShowSchemas.class, ShowCatalogs.class,
            ShowCreate.class, ShowFunctions.class, ShowStats.class);
    private static final String ALLOWED_KINDS = "only SELECT, WITH … SELECT, VALUES, SHOW, DESCRIBE and EXPLAIN"
            + " are allowed";

    private final SingleStatementParser parser = new SingleStatementParser();
    private final Set<String> deniedFunctions;

    public ReadOnlyGuard() {
        this(DeniedFunctions.FILE_NETWORK_AND_SIDE_EFFECTS);
    }

    /** @param deniedFunctions function and table-function names refused anywhere in a statement, any case */
    public ReadOnlyGuard(Set<String> deniedFunctions) {
        this.deniedFunctions = requireNonNull(deniedFunctions, "deniedFunctions is null").stream()
                .map(name -> name.toLowerCase(Locale.ROOT)).collect(Collectors.toUnmodifiableSet());
    }

    public GuardVerdict check(String sql) {
        ParsedStatement parsed;
        try {
            parsed = parser.parse(sql);
        } catch (SqlRejectedException e) {
            return GuardVerdict.refused(e.statementKind(), e.reasons());
        }
        return check(parsed);
    }

    /** The same check on a statement the caller has parsed once for several checks. */
    GuardVerdict check(ParsedStatement parsed) {
        try {
            return judge(parsed);
        } catch (StackOverflowError e) {
            return GuardVerdict.refused(parsed.kind(), List.of("statement is nested too deeply to be checked"));
        }
    }

    private GuardVerdict judge(ParsedStatement parsed) {
        List<String> reasons = new ArrayList<>();
        checkStatementType(parsed.statement(), reasons);
        checkFunctions(parsed.statement(), reasons);
        StatementReferences references = StatementReferences.of(parsed.statement());
        return new GuardVerdict(reasons.isEmpty(), reasons, parsed.kind(),
                references.tables().stream().map(TableReference::written).distinct().toList(),
                references.columns().stream().map(ColumnReference::written).distinct().toList());
    }

    private static void checkStatementType(Statement statement, List<String> reasons) {
        if (statement instanceof ExplainAnalyze) {
            reasons.add("EXPLAIN ANALYZE is not allowed: it executes the statement it explains");
        } else if (statement instanceof Explain explain) {
            List<String> inner = new ArrayList<>();
            checkStatementType(explain.getStatement(), inner);
            inner.forEach(reason -> reasons.add("EXPLAIN of a refused statement: " + reason));
        } else if (statement instanceof Query query && !query.getFunctions().isEmpty()) {
            reasons.add("inline function definitions (WITH FUNCTION) are not allowed");
        } else if (!READ_ONLY_STATEMENTS.contains(statement.getClass())) {
            reasons.add(StatementKinds.describe(statement) + " is not allowed: " + ALLOWED_KINDS);
        }
    }

    private void checkFunctions(Node node, List<String> reasons) {
        Set<String> found = new LinkedHashSet<>();
        collectDeniedFunctions(node, found);
        for (String function : found) {
            reasons.add("function " + function + " is not allowed: it reads files or the network, runs SQL text"
                    + " or has side effects");
        }
    }

    private void collectDeniedFunctions(Node node, Set<String> found) {
        QualifiedName name = null;
        if (node instanceof FunctionCall call) {
            name = call.getName();
        } else if (node instanceof TableFunctionInvocation invocation) {
            name = invocation.getName();
        }
        if (name != null && deniedFunctions.contains(name.getSuffix().toLowerCase(Locale.ROOT))) {
            found.add(name.toString());
        }
        for (Node child : node.getChildren()) {
            collectDeniedFunctions(child, found);
        }
    }
}
