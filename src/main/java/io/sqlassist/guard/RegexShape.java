package io.sqlassist.guard;

import java.util.ArrayDeque;
import java.util.Deque;

/**
 * Recognises patterns with nested repetition — a repeated group that itself repeats, {@code (a+)+},
 * {@code (x*)*}, a repeated alternation {@code (a|aa)+} — the shape behind catastrophic backtracking in engines that backtrack (Athena's
 * default regex library does). DuckDB's RE2 matches in linear time; the rule is the same on both engines so that
 * a verdict does not depend on where the query runs.
 */
final class RegexShape {
    private RegexShape() {
    }

    static boolean nestsRepetition(String pattern) {
        Deque<boolean[]> groups = new ArrayDeque<>(); // per open group: does it contain a quantifier?
        boolean lastGroupRepeats = false;
        for (int i = 0; i < pattern.length(); i++) {
            char c = pattern.charAt(i);
            if (c == '\\') {
                i++; // an escaped character is a literal
                lastGroupRepeats = false;
                continue;
            }
            if (c == '[') {
                i = endOfClass(pattern, i);
                lastGroupRepeats = false;
                continue;
            }
            if (c == '(') {
                groups.push(new boolean[] {false});
                lastGroupRepeats = false;
            } else if (c == ')') {
                lastGroupRepeats = !groups.isEmpty() && groups.pop()[0];
                if (lastGroupRepeats && !groups.isEmpty()) {
                    groups.peek()[0] = true;
                }
                if (lastGroupRepeats && i + 1 < pattern.length() && isQuantifier(pattern, i + 1)) {
                    return true;
                }
            } else if (isQuantifier(pattern, i)) {
                if (!groups.isEmpty()) {
                    groups.peek()[0] = true;
                }
            } else if (c == '|' && !groups.isEmpty()) {
                groups.peek()[0] = true; // a repeated alternation backtracks as badly: (a|aa)+
            }
        }
        return false;
    }

    private static boolean isQuantifier(String pattern, int i) {
        char c = pattern.charAt(i);
        if (c == '+' || c == '*') {
            return true;
        }
        if (c == '{') {
            int close = pattern.indexOf('}', i);
            return close > i && pattern.substring(i + 1, close).matches("\\d*,\\d*|\\d{2,}");
        }
        return false;
    }

    private static int endOfClass(String pattern, int open) {
        int i = open + 1;
        if (i < pattern.length() && pattern.charAt(i) == '^') {
            i++;
        }
        if (i < pattern.length() && pattern.charAt(i) == ']') {
            i++;
        }
        for (; i < pattern.length(); i++) {
            if (pattern.charAt(i) == '\\') {
                i++;
            } else if (pattern.charAt(i) == ']') {
                return i;
            }
        }
        return pattern.length();
    }
}
