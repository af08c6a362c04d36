package io.sqlassist.guard;

import static org.assertj.core.api.Assertions.assertThat;

import io.sqlassist.schema.Catalog;
import io.sqlassist.schema.Column;
import io.sqlassist.schema.TableSchema;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CatalogCheckTest {
    static final Catalog CATALOG = new Catalog(List.of(
            table("sales", "orders", "order_id", "customer_id", "amount", "status", "order_date", "items"),
            table("sales", "customers", "customer_id", "name", "ssn", "address"),
            table("sales", "audit_log", "id", "entry"),
            table("hr", "salaries", "employee_id", "salary")));
    static final CatalogPolicy POLICY = new CatalogPolicy(Set.of("Sales"), Set.of("audit_log"),
            Set.of("customers.SSN"));

    private final CatalogCheck check = new CatalogCheck(CATALOG, POLICY, SqlEngine.ATHENA);

    static TableSchema table(String database, String name, String... columns) {
        return new TableSchema(database, name, null,
                Arrays.stream(columns).map(c -> new Column(c, "VARCHAR", null)).toList(), List.of(), List.of());
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "SELECT order_id, amount FROM orders WHERE status = 'open' ORDER BY amount",
            "SELECT o.order_id, c.name FROM orders o JOIN customers c ON o.customer_id = c.customer_id",
            "SELECT orders.amount FROM orders",
            "SELECT sales.orders.amount FROM sales.orders",
            "SELECT amount FROM \"awsdatacatalog\".\"sales\".\"orders\"",
            "SELECT ORDER_ID FROM ORDERS",
            "WITH recent AS (SELECT * FROM orders) SELECT r.whatever FROM recent r",
            "WITH orders_by_customer AS (SELECT customer_id, count(*) AS n FROM orders GROUP BY 1) "
                    + "SELECT n FROM orders_by_customer",
            "SELECT amount AS total FROM orders ORDER BY total",
            "SELECT x.n FROM (SELECT count(*) AS n FROM orders) x",
            "SELECT name FROM customers c JOIN orders o USING (customer_id)",
            "SELECT transform(items, i -> i + 1) FROM orders",
            "SELECT c.address.city FROM customers c",
            "SELECT * FROM orders",
            "SELECT c.name, c.address FROM customers c",
            "SELECT * FROM \"orders$partitions\"",
            "SELECT count(*) FROM orders WHERE customer_id IN (SELECT customer_id FROM customers WHERE name = 'x')",
            "SHOW TABLES IN sales",
            "DESCRIBE customers",
            "SELECT row_number() OVER w FROM orders WINDOW w AS (ORDER BY amount)",
            "VALUES 1",
            "SELECT CAST(ROW(1, 2) AS ROW(x BIGINT, y BIGINT)) FROM orders",
    })
    void acceptsQueriesOverKnownTablesAndColumns(String sql) {
        assertThat(check.check(sql).reasons()).isEmpty();
    }

    @Test
    void refusesUnknownTables() {
        assertThat(check.check("SELECT * FROM nope").reasons()).singleElement().asString()
                .startsWith("unknown table nope (known: orders, customers");
        assertThat(check.check("SELECT * FROM sales.nope n JOIN orders o ON n.id = o.order_id").reasons())
                .singleElement().asString().startsWith("unknown table sales.nope (known:");
    }

    @Test
    void refusesUnknownQualifiedColumns() {
        assertThat(check.check("SELECT o.amout FROM orders o").reasons())
                .containsExactly("unknown column o.amout: table orders has no column amout");
        assertThat(check.check("SELECT c.name FROM orders o JOIN customers c ON c.id = o.customer_id").reasons())
                .containsExactly("unknown column c.id: table customers has no column id");
    }

    @Test
    void refusesUnknownUnqualifiedColumnsOnlyInSingleTableQueries() {
        assertThat(check.check("SELECT amout FROM orders").reasons())
                .containsExactly("unknown column amout: table orders has no such column");
        // two tables: an unqualified name cannot be resolved, so it is not judged
        assertThat(check.check("SELECT amout FROM orders o JOIN customers c ON o.customer_id = c.customer_id")
                .reasons()).isEmpty();
    }

    @Test
    void refusesDatabasesOutsideTheAllowList() {
        assertThat(check.check("SELECT * FROM hr.salaries").reasons())
                .containsExactly("database hr is not allowed (allowed: sales)");
        assertThat(check.check("SELECT * FROM salaries").reasons())
                .containsExactly("database hr is not allowed (allowed: sales)");
        assertThat(check.check("SHOW TABLES IN hr").reasons()).containsExactly("database hr is not allowed (allowed: sales)");
    }

    @Test
    void refusesRestrictedTablesEvenInMetadataStatements() {
        assertThat(check.check("SELECT count(*) FROM Audit_Log").reasons()).containsExactly("table Audit_Log is restricted");
        assertThat(check.check("DESCRIBE audit_log").reasons()).containsExactly("table audit_log is restricted");
        assertThat(check.check("SHOW CREATE TABLE sales.audit_log").reasons())
                .containsExactly("table sales.audit_log is restricted");
        assertThat(check.check("WITH a AS (SELECT * FROM audit_log) SELECT 1").allowed()).isFalse();
    }

    @Test
    void refusesRestrictedColumnsHoweverTheyAreReached() {
        assertThat(check.check("SELECT ssn FROM customers").reasons()).containsExactly("column customers.ssn is restricted");
        assertThat(check.check("SELECT c.SSN FROM customers c").reasons()).containsExactly("column customers.ssn is restricted");
        assertThat(check.check("SELECT name FROM customers WHERE ssn LIKE '1%'").allowed()).isFalse();
        assertThat(check.check("SELECT x FROM (SELECT ssn AS x FROM customers) t").allowed()).isFalse();
        assertThat(check.check("SELECT count(*) FROM orders o JOIN customers c ON o.customer_id = c.customer_id "
                + "GROUP BY ssn").allowed()).isFalse();
    }

    @Test
    void refusesStarOverATableWithRestrictedColumns() {
        String reason = "SELECT * from customers would read restricted column(s) ssn; name the columns you need instead";
        assertThat(check.check("SELECT * FROM customers").reasons()).containsExactly(reason);
        assertThat(check.check("SELECT c.* FROM orders o JOIN customers c ON o.customer_id = c.customer_id").reasons())
                .containsExactly(reason);
        assertThat(check.check("SELECT o.* FROM orders o JOIN customers c ON o.customer_id = c.customer_id").reasons())
                .isEmpty();
        assertThat(check.check("WITH c AS (SELECT * FROM customers) SELECT name FROM c").reasons())
                .containsExactly(reason);
        // relations that pass their input's columns through to the *
        assertThat(check.check("SELECT * FROM TABLE(exclude_columns(input => TABLE(customers), "
                + "columns => DESCRIPTOR(name)))").reasons()).containsExactly(reason);
        assertThat(check.check("SELECT * FROM customers MATCH_RECOGNIZE (ORDER BY name ALL ROWS PER MATCH "
                + "PATTERN (A) DEFINE A AS true)").reasons()).containsExactly(reason);
        assertThat(check.check("SELECT * FROM customers TABLESAMPLE BERNOULLI (5)").reasons()).containsExactly(reason);
    }

    @Test
    void refusesWholeRowReferencesToATableWithRestrictedColumns() {
        assertThat(check.check("SELECT customers FROM customers").reasons()).contains(
                "customers refers to a whole row of customers, which has restricted column(s) ssn");
        assertThat(check.check("SELECT to_json(c) FROM customers c").allowed()).isFalse();
    }

    @Test
    void restrictionsCanBeScopedToADatabase() {
        CatalogCheck scoped = new CatalogCheck(CATALOG, new CatalogPolicy(Set.of(), Set.of("hr.salaries"), Set.of()), SqlEngine.ATHENA);
        assertThat(scoped.check("SELECT * FROM salaries").reasons()).containsExactly("table salaries is restricted");
        assertThat(new CatalogCheck(CATALOG, new CatalogPolicy(Set.of(), Set.of("other.salaries"), Set.of()), SqlEngine.ATHENA)
                .check("SELECT * FROM salaries").allowed()).isTrue();
    }

    @Test
    void reportsUnparseableSql() {
        assertThat(check.check("SELEC 1").reasons()).singleElement().asString().startsWith("could not parse: ");
    }
}
