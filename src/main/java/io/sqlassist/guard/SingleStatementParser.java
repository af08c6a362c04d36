package io.sqlassist.guard;

import io.sqlassist.deepstack.DeepStack;
import io.trino.sql.parser.ParsingException;
import io.trino.sql.parser.SqlParser;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Parses text that must hold exactly one statement (an optional trailing ';' allowed) with the Trino parser,
 * within the {@link StatementBudget}. Call it on a {@link DeepStack} thread: the budget is sized for that stack.
 */
final class SingleStatementParser {
    static final String UNPARSEABLE = "UNPARSEABLE";
    static final String MULTIPLE = "MULTIPLE STATEMENTS";
    static final String OVER_BUDGET = "TOO COMPLEX";

    private final SqlParser parser = new SqlParser();

    ParsedStatement parse(String sql) {
        if (sql == null || sql.isBlank()) {
            throw new SqlRejectedException("EMPTY", List.of("no SQL statement given"));
        }
        refuseOverBudget(StatementBudget.checkText(sql));
        SqlTokens tokens;
        try {
            tokens = SqlTokens.of(sql);
        } catch (RuntimeException e) {
            throw new SqlRejectedException(UNPARSEABLE, List.of("could not read the statement's tokens: " + e));
        }
        refuseOverBudget(StatementBudget.checkTokens(tokens));
        List<String> pieces = tokens.statementTexts();
        if (pieces.isEmpty()) {
            throw new SqlRejectedException("EMPTY", List.of("no SQL statement given (only comments or ';')"));
        }
        if (pieces.size() > 1) {
            List<String> kinds = new ArrayList<>();
            for (String piece : pieces.subList(0, Math.min(pieces.size(), 5))) {
                kinds.add(kindOf(piece));
            }
            throw new SqlRejectedException(MULTIPLE, List.of("exactly one statement is allowed, found "
                    + pieces.size() + ": " + String.join(", ", kinds) + (pieces.size() > 5 ? ", …" : "")));
        }
        ParsedStatement parsed;
        try {
            parsed = new ParsedStatement(sql, parser.createStatement(tokens.withSemicolonsBlanked()), tokens);
        } catch (ParsingException e) {
            throw new SqlRejectedException(UNPARSEABLE, List.of("could not parse: " + e.getMessage()));
        } catch (RuntimeException | StackOverflowError e) {
            // the parser reports some grammar corners with other exceptions; never let them pass the SQL through
            throw new SqlRejectedException(UNPARSEABLE, List.of("could not parse: " + e));
        }
        refuseOverBudget(StatementBudget.checkTree(parsed.statement()));
        return parsed;
    }

    private static void refuseOverBudget(Optional<String> reason) {
        if (reason.isPresent()) {
            throw new SqlRejectedException(OVER_BUDGET, List.of(reason.get()));
        }
    }

    private String kindOf(String piece) {
        try {
            return StatementKinds.describe(parser.createStatement(piece));
        } catch (RuntimeException | StackOverflowError e) {
            return "unparseable text";
        }
    }
}
