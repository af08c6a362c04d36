package io.sqlassist.guard;

import io.sqlassist.guard.SqlCorpus.SqlCase;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * The cost attacks too long to keep as text (attacks/cost.sql keeps the short ones): deep nesting, thousands of
 * branches or terms, and statements over 100,000 characters — each built here the way an attacker would paste it.
 */
final class LargeAttacks {
    private LargeAttacks() {
    }

    static List<SqlCase> all() {
        List<SqlCase> cases = new ArrayList<>();
        cases.add(of("one thousand nested NOTs", "SELECT " + "NOT ".repeat(1000) + "true"));
        cases.add(of("nine hundred nested NOTs (DuckDB's binder overflowed a 1 MiB stack)",
                "SELECT " + "NOT ".repeat(900) + "true"));
        cases.add(of("five thousand plus ones", "SELECT 0" + " + 1".repeat(5000)));
        cases.add(of("two thousand nested parentheses", "SELECT " + "(".repeat(2000) + "1" + ")".repeat(2000)));
        cases.add(of("two thousand branch union all", joined(2000, "\nUNION ALL\n",
                i -> "SELECT count(*) FROM orders a, orders b WHERE a.order_id > " + i)));
        cases.add(of("two thousand branch union all of constants", joined(2000, " UNION ALL ", i -> "SELECT " + i)));
        cases.add(of("one thousand nested subqueries",
                "SELECT * FROM " + "(SELECT * FROM ".repeat(1000) + "orders" + ") t".repeat(1000)));
        cases.add(of("one thousand nested case expressions", "SELECT " + "CASE WHEN order_id > 0 THEN ".repeat(1000)
                + "1" + " ELSE 0 END".repeat(1000) + " FROM orders"));
        cases.add(of("two thousand nested function calls", "SELECT " + "abs(".repeat(2000) + "1" + ")".repeat(2000)));
        cases.add(of("three thousand anded predicates", "SELECT count(*) FROM orders WHERE "
                + joined(3000, " AND ", i -> "order_id <> " + i)));
        cases.add(of("five hundred chained ctes", "WITH c0 AS (SELECT * FROM orders), "
                + joined(499, ", ", i -> "c" + (i + 1) + " AS (SELECT * FROM c" + i + ")")
                + " SELECT count(*) FROM c499"));
        cases.add(of("ten thousand term concatenation", "SELECT " + joined(10_000, " || ", i -> "'x'")));
        cases.add(of("one thousand nested coalesce", "SELECT " + "coalesce(".repeat(1000) + "1" + ", 1)".repeat(1000)));
        cases.add(of("nested unary minus", "SELECT " + "- ".repeat(3000) + "1"));
        cases.add(of("in list of twenty thousand values", "SELECT count(*) FROM order_items WHERE order_item_id IN ("
                + joined(20_000, ", ", i -> Integer.toString(100_000 + i)) + ")"));
        cases.add(of("string literal of one hundred fifty thousand characters",
                "SELECT length('" + "x".repeat(150_000) + "') AS n"));
        cases.add(of("block comment of one hundred fifty thousand characters",
                "SELECT 1 /* " + "padding ".repeat(18_750) + "*/"));
        cases.add(of("whitespace padding of one hundred twenty thousand characters",
                "SELECT " + " ".repeat(120_000) + "count(*) FROM orders"));
        cases.add(of("values list of ten thousand rows", "SELECT count(*) FROM (VALUES "
                + joined(10_000, ", ", i -> "(" + i + ", 'v" + i + "')") + ") t(a, b)"));
        cases.add(of("select list of five thousand expressions", "SELECT "
                + joined(5000, ", ", i -> "order_id * " + i + " AS c" + i) + " FROM orders"));
        cases.add(of("one thousand nested arrays", "SELECT " + "ARRAY[".repeat(1000) + "1" + "]".repeat(1000)));
        cases.add(of("eight hundred nested lambdas", "SELECT " + "transform(ARRAY[1], x -> ".repeat(800) + "x"
                + ")".repeat(800)));
        return cases;
    }

    private static SqlCase of(String name, String sql) {
        return new SqlCase("cost: " + name, sql);
    }

    private static String joined(int n, String separator, IntFunction<String> item) {
        return IntStream.range(0, n).mapToObj(item).collect(Collectors.joining(separator));
    }
}
