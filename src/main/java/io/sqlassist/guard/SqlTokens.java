package io.sqlassist.guard;

import io.trino.grammar.sql.SqlBaseLexer;
import java.util.ArrayList;
import java.util.List;
import org.antlr.v4.runtime.CharStreams;
import org.antlr.v4.runtime.Token;

/**
 * The Trino lexer's view of a SQL text: the significant tokens (comments and whitespace dropped) with their
 * positions as {@code String} char offsets. Statement separators are found here, so a ';' inside a string
 * literal, a quoted identifier or a comment is never mistaken for one.
 */
final class SqlTokens {

    /** One significant token: its text and its [start, end) range in the original string. */
    record SqlToken(String text, int start, int end, int line, int column) {
        boolean isSemicolon() {
            return text.equals(";");
        }
    }

    private final String sql;
    private final List<SqlToken> tokens;

    private SqlTokens(String sql, List<SqlToken> tokens) {
        this.sql = sql;
        this.tokens = List.copyOf(tokens);
    }

    static SqlTokens of(String sql) {
        SqlBaseLexer lexer = new SqlBaseLexer(CharStreams.fromString(sql));
        lexer.removeErrorListeners();
        // ANTLR counts code points; String offsets count UTF-16 chars, which differ after a supplementary character
        int[] charOffsetOfCodePoint = new int[sql.codePointCount(0, sql.length()) + 1];
        for (int cp = 0, offset = 0; cp < charOffsetOfCodePoint.length; cp++) {
            charOffsetOfCodePoint[cp] = offset;
            if (offset < sql.length()) {
                offset += Character.charCount(sql.codePointAt(offset));
            }
        }
        List<SqlToken> significant = new ArrayList<>();
        for (Token token = lexer.nextToken(); token.getType() != Token.EOF; token = lexer.nextToken()) {
            if (token.getChannel() != Token.DEFAULT_CHANNEL) {
                continue;
            }
            int start = charOffsetOfCodePoint[token.getStartIndex()];
            int end = charOffsetOfCodePoint[token.getStopIndex() + 1];
            significant.add(new SqlToken(sql.substring(start, end), start, end, token.getLine(),
                    token.getCharPositionInLine() + 1));
        }
        return new SqlTokens(sql, significant);
    }

    String sql() {
        return sql;
    }

    List<SqlToken> tokens() {
        return tokens;
    }

    /** The texts between top-level ';' tokens, empty pieces (e.g. a trailing ';') left out. */
    List<String> statementTexts() {
        List<String> pieces = new ArrayList<>();
        int pieceStart = 0;
        boolean pieceHasTokens = false;
        for (SqlToken token : tokens) {
            if (token.isSemicolon()) {
                if (pieceHasTokens) {
                    pieces.add(sql.substring(pieceStart, token.start()));
                }
                pieceStart = token.end();
                pieceHasTokens = false;
            } else {
                pieceHasTokens = true;
            }
        }
        if (pieceHasTokens) {
            pieces.add(sql.substring(pieceStart));
        }
        return pieces;
    }

    /**
     * The SQL with every ';' token blanked to a space: parseable as one statement when only one non-empty piece
     * exists, and every position in it is the position in the original text.
     */
    String withSemicolonsBlanked() {
        StringBuilder text = new StringBuilder(sql);
        for (SqlToken token : tokens) {
            if (token.isSemicolon()) {
                text.setCharAt(token.start(), ' ');
            }
        }
        return text.toString();
    }

    /** Deepest nesting of ( and [ tokens. */
    int maxNesting() {
        int depth = 0;
        int max = 0;
        for (SqlToken token : tokens) {
            switch (token.text()) {
                case "(", "[" -> max = Math.max(max, ++depth);
                case ")", "]" -> depth--;
                default -> {
                }
            }
        }
        return max;
    }

    /** The token that starts at the given 1-based line and column, as the parser's node locations give them. */
    SqlToken at(int line, int column) {
        return tokens.stream().filter(t -> t.line() == line && t.column() == column).findFirst()
                .orElseThrow(() -> new IllegalStateException("no token at " + line + ":" + column));
    }

    /** End offset of the last significant token that is not a ';', i.e. where trailing noise begins. */
    int endOfLastStatementToken() {
        for (int i = tokens.size() - 1; i >= 0; i--) {
            if (!tokens.get(i).isSemicolon()) {
                return tokens.get(i).end();
            }
        }
        return 0;
    }
}
