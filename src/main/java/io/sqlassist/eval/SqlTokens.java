package io.sqlassist.eval;

import java.util.Locale;

/** Small SQL lexer helpers: finds a top-level ORDER BY while skipping strings, quoted names, comments and subqueries. */
public final class SqlTokens {
    private SqlTokens() {
    }

    /** Index just past the quoted section starting at {@code start} (doubled quotes are escapes). */
    static int skipQuoted(String s, int start) {
        char q = s.charAt(start);
        int i = start + 1;
        while (i < s.length()) {
            if (s.charAt(i) == q) {
                if (i + 1 < s.length() && s.charAt(i + 1) == q) {
                    i += 2;
                    continue;
                }
                return i + 1;
            }
            i++;
        }
        return s.length();
    }

    /** True when the statement's outermost query ends in ORDER BY (not one inside parentheses). */
    public static boolean hasTopLevelOrderBy(String sql) {
        int depth = 0;
        int i = 0;
        int n = sql.length();
        String previousWord = null;
        while (i < n) {
            char c = sql.charAt(i);
            if (c == '\'' || c == '"' || c == '`') {
                i = skipQuoted(sql, i);
                previousWord = null;
            } else if (c == '-' && i + 1 < n && sql.charAt(i + 1) == '-') {
                int end = sql.indexOf('\n', i);
                i = end < 0 ? n : end;
            } else if (c == '/' && i + 1 < n && sql.charAt(i + 1) == '*') {
                int end = sql.indexOf("*/", i + 2);
                i = end < 0 ? n : end + 2;
            } else if (c == '(') {
                depth++;
                i++;
                previousWord = null;
            } else if (c == ')') {
                depth--;
                i++;
                previousWord = null;
            } else if (Character.isLetter(c) || c == '_') {
                int start = i;
                while (i < n && (Character.isLetterOrDigit(sql.charAt(i)) || sql.charAt(i) == '_')) {
                    i++;
                }
                String word = sql.substring(start, i).toUpperCase(Locale.ROOT);
                if (depth == 0 && word.equals("BY") && "ORDER".equals(previousWord)) {
                    return true;
                }
                previousWord = word;
            } else {
                if (!Character.isWhitespace(c)) {
                    previousWord = null;
                }
                i++;
            }
        }
        return false;
    }
}
