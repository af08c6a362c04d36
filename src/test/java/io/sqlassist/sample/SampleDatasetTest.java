package io.sqlassist.sample;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SampleDatasetTest {

    private static final LocalDate END = LocalDate.of(2025, 12, 31);
    private static final LocalDate OTHER_END = LocalDate.of(2026, 6, 15);
    private static final List<String> TABLES = List.of(
            "categories", "suppliers", "products", "customers", "orders", "order_items", "payments", "reviews");

    @TempDir
    static Path sharedDir;
    private static Path database;

    @TempDir
    Path dir;

    @BeforeAll
    static void createSharedDatabase() throws Exception {
        database = sharedDir.resolve("sample.duckdb");
        SampleDataset.create(database, END);
    }

    @Test
    void sameEndDateGivesIdenticalContent() throws Exception {
        Path again = dir.resolve("again.duckdb");
        SampleDataset.create(again, END);

        Map<String, String> expected = fingerprints(database, true);
        assertThat(expected).containsOnlyKeys(TABLES);
        assertThat(fingerprints(again, true)).isEqualTo(expected);
    }

    @Test
    void differentEndDateChangesOnlyDates() throws Exception {
        Path shifted = dir.resolve("shifted.duckdb");
        SampleDataset.create(shifted, OTHER_END);

        assertThat(fingerprints(shifted, false)).isEqualTo(fingerprints(database, false));
        assertThat(fingerprints(shifted, true).get("orders")).isNotEqualTo(fingerprints(database, true).get("orders"));
        assertThat(single(shifted, "SELECT max(order_date) FROM orders")).isEqualTo(OTHER_END);
    }

    @Test
    void tablesHaveTheDocumentedSizes() throws Exception {
        assertThat(count("SELECT count(*) FROM categories")).isEqualTo(12);
        assertThat(count("SELECT count(*) FROM suppliers")).isEqualTo(30);
        assertThat(count("SELECT count(*) FROM products")).isEqualTo(252);
        assertThat(count("SELECT count(*) FROM customers")).isEqualTo(2_000);
        assertThat(count("SELECT count(*) FROM orders")).isEqualTo(10_000);
        assertThat(count("SELECT count(*) FROM order_items")).isBetween(22_000L, 28_000L);
        assertThat(count("SELECT count(*) FROM payments")).isBetween(8_000L, 10_500L);
        assertThat(count("SELECT count(*) FROM reviews")).isEqualTo(4_000);
    }

    @ParameterizedTest(name = "{0}.{1} -> {2}.{3}")
    @CsvSource({
            "products, category_id, categories, category_id",
            "products, supplier_id, suppliers, supplier_id",
            "orders, customer_id, customers, customer_id",
            "order_items, order_id, orders, order_id",
            "order_items, product_id, products, product_id",
            "payments, order_id, orders, order_id",
            "reviews, product_id, products, product_id",
            "reviews, customer_id, customers, customer_id"})
    void foreignKeysResolve(String child, String column, String parent, String key) throws Exception {
        assertThat(count("SELECT count(*) FROM " + child + " c ANTI JOIN " + parent + " p ON c." + column + " = p." + key))
                .isZero();
    }

    @Test
    void namesAndEmailsAreUnique() throws Exception {
        assertThat(count("SELECT count(DISTINCT name) FROM products")).isEqualTo(252);
        assertThat(count("SELECT count(DISTINCT sku) FROM products")).isEqualTo(252);
        assertThat(count("SELECT count(DISTINCT email) FROM customers")).isEqualTo(2_000);
        assertThat(count("SELECT count(*) FROM (SELECT customer_id, product_id FROM reviews GROUP BY ALL HAVING count(*) > 1)"))
                .isZero();
    }

    @Test
    void eventDatesLieInTheWindowAndFollowEachOther() throws Exception {
        String start = "DATE '" + END.minusYears(2).plusDays(1) + "'";
        String end = "DATE '" + END + "'";
        assertThat(count("SELECT count(*) FROM orders o JOIN customers c USING (customer_id) "
                + "WHERE o.order_date NOT BETWEEN " + start + " AND " + end + " OR o.order_date < c.signup_date")).isZero();
        assertThat(count("SELECT count(*) FROM customers WHERE signup_date NOT BETWEEN " + start + " AND " + end)).isZero();
        assertThat(count("SELECT count(*) FROM payments p JOIN orders o USING (order_id) "
                + "WHERE p.payment_date < o.order_date OR p.payment_date > " + end)).isZero();
        assertThat(count("SELECT count(*) FROM products WHERE created_at > " + end)).isZero();
        assertThat(count("SELECT count(*) FROM reviews r WHERE r.review_date > " + end + " OR NOT EXISTS ("
                + "SELECT 1 FROM orders o JOIN order_items i USING (order_id) WHERE o.customer_id = r.customer_id "
                + "AND i.product_id = r.product_id AND o.order_date <= r.review_date)")).isZero();
    }

    @Test
    void novemberAndDecemberArePeakMonths() throws Exception {
        List<Object> busiestMonths = column(database, "SELECT month(order_date) FROM orders "
                + "WHERE order_date > DATE '" + END.minusYears(1) + "' GROUP BY 1 ORDER BY count(*) DESC LIMIT 2");
        assertThat(busiestMonths).containsExactlyInAnyOrder(11L, 12L);
    }

    @Test
    void orderTotalsEqualItemsPlusShipping() throws Exception {
        assertThat(count("SELECT count(*) FROM orders o JOIN (SELECT order_id, sum(quantity * unit_price - discount) AS items "
                + "FROM order_items GROUP BY order_id) i USING (order_id) WHERE o.total_amount <> i.items + o.shipping_cost"))
                .isZero();
        assertThat(count("SELECT count(*) FROM orders WHERE order_id NOT IN (SELECT order_id FROM order_items)")).isZero();
    }

    @Test
    void paymentsMatchOrderStatusAndTotal() throws Exception {
        String paymentsWithOrders = "SELECT count(*) FROM payments p JOIN orders o USING (order_id) WHERE ";
        assertThat(count(paymentsWithOrders + "p.amount <> o.total_amount")).isZero();
        assertThat(count(paymentsWithOrders + "o.status IN ('pending', 'cancelled')")).isZero();
        assertThat(count(paymentsWithOrders + "p.status <> 'failed' AND (o.status = 'returned') <> (p.status = 'refunded')"))
                .isZero();
        assertThat(count("SELECT count(*) FROM orders o WHERE (SELECT count(*) FROM payments p WHERE p.order_id = o.order_id "
                + "AND p.status <> 'failed') <> CASE WHEN o.status IN ('pending', 'cancelled') THEN 0 ELSE 1 END")).isZero();
    }

    @Test
    void fileIsSmallerThanFiveMegabytes() throws Exception {
        assertThat(Files.size(database)).isLessThan(5L * 1024 * 1024);
    }

    @Test
    void everyTableAndColumnHasAComment() throws Exception {
        assertThat(column(database, "SELECT table_name FROM duckdb_tables() WHERE NOT internal AND coalesce(comment, '') = ''")).isEmpty();
        assertThat(column(database, "SELECT table_name || '.' || column_name FROM duckdb_columns() "
                + "WHERE NOT internal AND coalesce(comment, '') = ''")).isEmpty();
        assertThat(count("SELECT count(*) FROM duckdb_columns() WHERE NOT internal")).isEqualTo(51);
    }

    @Test
    void ensureCreatesOnlyWhenTheFileIsMissing() throws Exception {
        Path file = dir.resolve("nested/folder/sample.duckdb");
        assertThat(SampleDataset.ensure(file, END)).isTrue();
        assertThat(fingerprints(file, true)).isEqualTo(fingerprints(database, true));

        Path placeholder = dir.resolve("placeholder.duckdb");
        Files.writeString(placeholder, "not a database");
        assertThat(SampleDataset.ensure(placeholder, END)).isFalse();
        assertThat(Files.readString(placeholder)).isEqualTo("not a database");
    }

    @Test
    void concurrentEnsureCreatesTheFileExactlyOnce() throws Exception {
        Path file = dir.resolve("race.duckdb");
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService executor = Executors.newFixedThreadPool(2);
        try {
            List<Future<Boolean>> results = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                results.add(executor.submit(() -> {
                    start.await();
                    return SampleDataset.ensure(file, END);
                }));
            }
            start.countDown();
            assertThat(List.of(results.get(0).get(), results.get(1).get())).containsExactlyInAnyOrder(true, false);
        } finally {
            executor.shutdown();
        }
        assertThat(fingerprints(file, true)).isEqualTo(fingerprints(database, true));
        try (var files = Files.list(dir)) {
            assertThat(files).containsExactly(file);
        }
    }

    /** One md5 per table over all rows ordered by primary key (the first column), optionally without DATE columns. */
    private static Map<String, String> fingerprints(Path file, boolean includeDates) throws SQLException {
        Map<String, String> fingerprints = new LinkedHashMap<>();
        try (Connection connection = open(file)) {
            for (String table : TABLES) {
                List<Object> columns = column(connection, "SELECT column_name FROM duckdb_columns() WHERE table_name = '"
                        + table + "'" + (includeDates ? "" : " AND data_type <> 'DATE'") + " ORDER BY column_index");
                List<String> values = columns.stream().map(c -> "coalesce(CAST(" + c + " AS VARCHAR), '<null>')").toList();
                String sql = "SELECT md5(string_agg(concat_ws('|', " + String.join(", ", values) + "), chr(10) ORDER BY "
                        + columns.get(0) + ")) FROM " + table;
                fingerprints.put(table, (String) column(connection, sql).get(0));
            }
        }
        return fingerprints;
    }

    private static long count(String sql) throws SQLException {
        return ((Number) single(database, sql)).longValue();
    }

    private static Object single(Path file, String sql) throws SQLException {
        return column(file, sql).get(0);
    }

    private static List<Object> column(Path file, String sql) throws SQLException {
        try (Connection connection = open(file)) {
            return column(connection, sql);
        }
    }

    private static List<Object> column(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
            List<Object> values = new ArrayList<>();
            while (rows.next()) {
                values.add(rows.getObject(1));
            }
            return values;
        }
    }

    private static Connection open(Path file) throws SQLException {
        return DriverManager.getConnection("jdbc:duckdb:" + file);
    }
}
