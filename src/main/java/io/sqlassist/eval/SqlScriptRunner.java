package io.sqlassist.eval;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/** Runs a SQL script statement by statement; splits on ';' outside strings, quoted names and comments. */
public final class SqlScriptRunner {
    private SqlScriptRunner() {
    }

    public static void run(Connection connection, String script) throws SQLException {
        try (Statement st = connection.createStatement()) {
            for (String sql : split(script)) {
                st.execute(sql);
            }
        }
    }

    static List<String> split(String script) {
        List<String> out = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        int i = 0;
        int n = script.length();
        while (i < n) {
            char c = script.charAt(i);
            if (c == '\'' || c == '"') {
                int end = SqlTokens.skipQuoted(script, i);
                cur.append(script, i, end);
                i = end;
            } else if (c == '-' && i + 1 < n && script.charAt(i + 1) == '-') {
                int end = script.indexOf('\n', i);
                i = end < 0 ? n : end;
            } else if (c == '/' && i + 1 < n && script.charAt(i + 1) == '*') {
                int end = script.indexOf("*/", i + 2);
                i = end < 0 ? n : end + 2;
            } else if (c == ';') {
                addIfNotBlank(out, cur);
                i++;
            } else {
                cur.append(c);
                i++;
            }
        }
        addIfNotBlank(out, cur);
        return out;
    }

    private static void addIfNotBlank(List<String> out, StringBuilder cur) {
        if (!cur.toString().isBlank()) {
            out.add(cur.toString().trim());
        }
        cur.setLength(0);
    }
}
