package io.sqlassist.guard;

import static java.util.Objects.requireNonNull;

import io.trino.sql.tree.Statement;

/** One statement as the Trino parser understood it, with the tokens of the text it came from. */
record ParsedStatement(String sql, Statement statement, SqlTokens tokens) {
    ParsedStatement {
        requireNonNull(sql, "sql is null");
        requireNonNull(statement, "statement is null");
        requireNonNull(tokens, "tokens is null");
    }

    String kind() {
        return StatementKinds.describe(statement);
    }
}
