package io.sqlassist.guard;

import io.trino.sql.parser.ParsingException;
import io.trino.sql.parser.SqlParser;
import java.util.ArrayList;
import java.util.List;

/** Parses text that must hold exactly one statement (an optional trailing ';' allowed) with the Trino parser. */
final class SingleStatementParser {
    static final String UNPARSEABLE = "UNPARSEABLE";
    static final String MULTIPLE = "MULTIPLE STATEMENTS";
    /** The parser slows down steeply with nesting (800 levels: seconds; 20,000: minutes): refuse before parsing. */
    static final int MAX_NESTING = 100;
    static final int MAX_LENGTH = 100_000;

    private final SqlParser parser = new SqlParser();

    ParsedStatement parse(String sql) {
        if (sql == null || sql.isBlank()) {
            throw new SqlRejectedException("EMPTY", List.of("no SQL statement given"));
        }
        if (sql.length() > MAX_LENGTH) {
            throw new SqlRejectedException(UNPARSEABLE, List.of("statement is longer than " + MAX_LENGTH + " characters"));
        }
        SqlTokens tokens = SqlTokens.of(sql);
        if (tokens.maxNesting() > MAX_NESTING) {
            throw new SqlRejectedException(UNPARSEABLE, List.of("statement nests brackets deeper than " + MAX_NESTING
                    + " levels"));
        }
        List<String> pieces = tokens.statementTexts();
        if (pieces.isEmpty()) {
            throw new SqlRejectedException("EMPTY", List.of("no SQL statement given (only comments or ';')"));
        }
        if (pieces.size() > 1) {
            List<String> kinds = new ArrayList<>();
            for (String piece : pieces) {
                kinds.add(kindOf(piece));
            }
            throw new SqlRejectedException(MULTIPLE, List.of("exactly one statement is allowed, found "
                    + pieces.size() + ": " + String.join(", ", kinds)));
        }
        try {
            return new ParsedStatement(sql, parser.createStatement(tokens.withSemicolonsBlanked()), tokens);
        } catch (ParsingException e) {
            throw new SqlRejectedException(UNPARSEABLE, List.of("could not parse: " + e.getMessage()));
        } catch (RuntimeException | StackOverflowError e) {
            // the parser reports some grammar corners with other exceptions; never let them pass the SQL through
            throw new SqlRejectedException(UNPARSEABLE, List.of("could not parse: " + e));
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
