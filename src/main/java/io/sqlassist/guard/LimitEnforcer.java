package io.sqlassist.guard;

import io.sqlassist.guard.SqlTokens.SqlToken;
import io.trino.sql.tree.AllRows;
import io.trino.sql.tree.Expression;
import io.trino.sql.tree.FetchFirst;
import io.trino.sql.tree.Limit;
import io.trino.sql.tree.LongLiteral;
import io.trino.sql.tree.Node;
import io.trino.sql.tree.NodeLocation;
import io.trino.sql.tree.Query;
import io.trino.sql.tree.QuerySpecification;
import io.trino.sql.tree.Values;
import java.util.Optional;

/**
 * Caps the rows a query may return by a minimal edit of the text the approver sees: the top-level LIMIT (or
 * FETCH FIRST count) is found in the AST and lowered in place, or {@code LIMIT n} is appended after the last
 * token (a trailing ';' and trailing comments are dropped). SHOW, DESCRIBE, EXPLAIN and VALUES stay untouched.
 *
 * <p>Not bounded here: {@code LIMIT ?} (a parameter) and {@code FETCH FIRST n ROWS WITH TIES}; the executor
 * should cap rows as well (e.g. {@code Statement.setMaxRows}).
 */
public final class LimitEnforcer {
    private final SingleStatementParser parser = new SingleStatementParser();

    /** @throws IllegalArgumentException when the SQL is not exactly one parseable statement */
    public LimitedSql enforce(String sql, int maxRows) {
        ParsedStatement parsed;
        try {
            parsed = parser.parse(sql);
        } catch (SqlRejectedException e) {
            throw new IllegalArgumentException(String.join("; ", e.reasons()), e);
        }
        return enforce(parsed, maxRows);
    }

    /** The same on a statement the caller has parsed once for several checks. */
    LimitedSql enforce(ParsedStatement parsed, int maxRows) {
        if (maxRows < 1) {
            throw new IllegalArgumentException("maxRows must be positive: " + maxRows);
        }
        String sql = parsed.sql();
        if (!(parsed.statement() instanceof Query query) || query.getQueryBody() instanceof Values) {
            return LimitedSql.unchanged(sql);
        }
        Optional<Node> limit = topLevelLimit(query);
        if (limit.isEmpty()) {
            return append(parsed.tokens(), maxRows);
        }
        if (limit.get() instanceof Limit l) {
            return lowerIfLarger(parsed.tokens(), l.getRowCount(), maxRows, "LIMIT");
        }
        FetchFirst fetch = (FetchFirst) limit.get();
        if (fetch.isWithTies() || fetch.getRowCount().isEmpty()) {
            return LimitedSql.unchanged(sql); // FETCH FIRST ROW ONLY is one row; WITH TIES: see class comment
        }
        return lowerIfLarger(parsed.tokens(), fetch.getRowCount().get(), maxRows, "FETCH FIRST");
    }

    /**
     * Why the statement's row count is not capped at {@code maxRows} as it stands; empty when it is (or when it is
     * not a query whose rows a LIMIT caps: SHOW, DESCRIBE, EXPLAIN, VALUES). FETCH FIRST … WITH TIES may exceed its
     * count; the executor caps the rows it reads, so it passes here.
     */
    Optional<String> unboundedReason(ParsedStatement parsed, int maxRows) {
        if (!(parsed.statement() instanceof Query query) || query.getQueryBody() instanceof Values
                || hasTiesOrNoCount(query)) {
            return Optional.empty();
        }
        Optional<Node> limit = topLevelLimit(query);
        Expression rowCount = limit.isEmpty() ? null : limit.get() instanceof Limit l ? l.getRowCount()
                : ((FetchFirst) limit.get()).getRowCount().orElse(null);
        if (rowCount instanceof LongLiteral literal && literal.getParsedValue() <= maxRows) {
            return Optional.empty();
        }
        return Optional.of("the query's rows are not capped by a LIMIT of at most " + maxRows
                + (rowCount == null ? "" : " (it has " + rowCount + ")"));
    }

    /** FETCH FIRST ROW ONLY (one row) or FETCH FIRST n ROWS WITH TIES at the top level. */
    static boolean hasTiesOrNoCount(Query query) {
        Optional<Node> limit = topLevelLimit(query);
        return limit.isPresent() && limit.get() instanceof FetchFirst fetch
                && (fetch.isWithTies() || fetch.getRowCount().isEmpty());
    }

    /** The parser keeps ORDER BY/OFFSET/LIMIT of a plain SELECT on its QuerySpecification, not on the Query. */
    private static Optional<Node> topLevelLimit(Query query) {
        if (query.getLimit().isPresent()) {
            return query.getLimit();
        }
        return query.getQueryBody() instanceof QuerySpecification specification
                ? specification.getLimit() : Optional.empty();
    }

    private static LimitedSql lowerIfLarger(SqlTokens tokens, Expression rowCount, int maxRows, String clause) {
        boolean tooLarge = rowCount instanceof AllRows
                || rowCount instanceof LongLiteral literal && literal.getParsedValue() > maxRows;
        if (!tooLarge) {
            return LimitedSql.unchanged(tokens.sql()); // within bounds, or a parameter we cannot judge
        }
        NodeLocation location = rowCount.getLocation()
                .orElseThrow(() -> new IllegalArgumentException("the row count has no position in the text"));
        SqlToken token = tokens.at(location.getLineNumber(), location.getColumnNumber());
        String sql = tokens.sql();
        String edited = sql.substring(0, token.start()) + maxRows + sql.substring(token.end());
        return new LimitedSql(edited, true, clause + " " + token.text() + " lowered to " + maxRows);
    }

    private static LimitedSql append(SqlTokens tokens, int maxRows) {
        String body = tokens.sql().substring(0, tokens.endOfLastStatementToken());
        String separator = body.contains("\n") ? "\n" : " ";
        return new LimitedSql(body + separator + "LIMIT " + maxRows, true, "LIMIT " + maxRows + " appended");
    }
}
