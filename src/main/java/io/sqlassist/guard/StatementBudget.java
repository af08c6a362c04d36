package io.sqlassist.guard;

import io.trino.sql.tree.Node;
import io.trino.sql.tree.SetOperation;
import io.trino.sql.tree.WithQuery;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Optional;

/**
 * Hard bounds on what the guard will read, so that every verdict comes in bounded time and memory and is the same
 * on every run. They sit far above analyst SQL (hundreds of characters, a dozen levels, a handful of UNIONs) and
 * far below what makes the parsers slow (brackets nested 800 deep take seconds to parse) or deep (a chain of
 * 20,000 NOTs is an AST 20,000 levels deep): 50,000 characters is some 45 times the longest query in the
 * legitimate corpus. Checked before parsing on tokens, and after on the AST.
 */
final class StatementBudget {
    static final int MAX_LENGTH = 50_000;
    static final int MAX_TOKENS = 10_000;
    static final int MAX_BRACKET_NESTING = 100;
    static final int MAX_AST_DEPTH = 200;
    static final int MAX_SET_OPERATIONS = 100;
    static final int MAX_CTES = 50;

    private StatementBudget() {
    }

    static Optional<String> checkText(String sql) {
        if (sql.length() > MAX_LENGTH) {
            return Optional.of("statement is longer than " + MAX_LENGTH + " characters");
        }
        return Optional.empty();
    }

    static Optional<String> checkTokens(SqlTokens tokens) {
        if (tokens.tokens().size() > MAX_TOKENS) {
            return Optional.of("statement has more than " + MAX_TOKENS + " tokens");
        }
        if (tokens.maxNesting() > MAX_BRACKET_NESTING) {
            return Optional.of("statement nests brackets deeper than " + MAX_BRACKET_NESTING + " levels");
        }
        return Optional.empty();
    }

    /** Depth and set-operation count of the AST, measured without recursion. */
    static Optional<String> checkTree(Node root) {
        int maxDepth = 0;
        int setOperations = 0;
        int ctes = 0;
        Deque<Node> nodes = new ArrayDeque<>();
        Deque<Integer> depths = new ArrayDeque<>();
        nodes.push(root);
        depths.push(1);
        while (!nodes.isEmpty()) {
            Node node = nodes.pop();
            int depth = depths.pop();
            maxDepth = Math.max(maxDepth, depth);
            if (node instanceof SetOperation) {
                setOperations++;
            } else if (node instanceof WithQuery) {
                ctes++;
            }
            if (maxDepth > MAX_AST_DEPTH) {
                return Optional.of("statement nests expressions or queries deeper than " + MAX_AST_DEPTH + " levels");
            }
            List<? extends Node> children = node.getChildren();
            for (Node child : children) {
                nodes.push(child);
                depths.push(depth + 1);
            }
        }
        if (setOperations > MAX_SET_OPERATIONS) {
            return Optional.of("statement combines more than " + (MAX_SET_OPERATIONS + 1)
                    + " queries with UNION, INTERSECT or EXCEPT");
        }
        if (ctes > MAX_CTES) {
            return Optional.of("statement defines more than " + MAX_CTES + " WITH queries");
        }
        return Optional.empty();
    }
}
