package io.sqlassist.eval;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/** Runs a query and keeps its rows as plain Java values. */
final class QueryRunner {
    static final int MAX_ROWS = 100_000;

    private QueryRunner() {
    }

    static List<List<Object>> rows(Connection connection, String sql) throws SQLException {
        List<List<Object>> out = new ArrayList<>();
        try (Statement st = connection.createStatement(); ResultSet rs = st.executeQuery(stripSemicolon(sql))) {
            int columns = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                if (out.size() >= MAX_ROWS) {
                    throw new SQLException("more than " + MAX_ROWS + " rows");
                }
                List<Object> row = new ArrayList<>(columns);
                for (int i = 1; i <= columns; i++) {
                    row.add(rs.getObject(i));
                }
                out.add(row);
            }
        }
        return out;
    }

    private static String stripSemicolon(String sql) {
        String s = sql.strip();
        while (s.endsWith(";")) {
            s = s.substring(0, s.length() - 1).strip();
        }
        return s;
    }
}
