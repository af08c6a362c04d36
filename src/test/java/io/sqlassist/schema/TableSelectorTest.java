package io.sqlassist.schema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class TableSelectorTest {
    private static TableSchema table(String name, String comment, List<ForeignKey> fks, String... columns) {
        List<Column> cols = new ArrayList<>();
        for (String c : columns) {
            cols.add(new Column(c, c.endsWith("id") ? "BIGINT" : "VARCHAR", null));
        }
        return new TableSchema("db", name, comment, cols, List.of(), fks);
    }

    private static TableSchema table(String name, String comment, String... columns) {
        return table(name, comment, List.of(), columns);
    }

    @Test
    void splitsIdentifiersAndStemsSoPluralAndCamelCaseMatch() {
        var catalog = new Catalog(List.of(
                table("shipmentEvents", null, "eventId", "shippedAt"),
                table("customer_orders", null, "order_id", "order_total"),
                table("unrelated", null, "x")));

        var selection = TableSelector.of(catalog).select("shipment event per customer order", 1, 1);
        assertThat(selection.tableNames()).hasSize(1);
        assertThat(TableSelector.of(catalog).select("customer order totals", 1, 1).tableNames())
                .containsExactly("customer_orders");
        assertThat(TableSelector.of(catalog).select("shipped shipments", 1, 1).tableNames())
                .containsExactly("shipmentEvents");
    }

    @Test
    void linksDeclaredForeignKeysInBothDirections() {
        var orders = table("orders", "Orders", List.of(new ForeignKey(List.of("buyer"), "clients", List.of("no"))),
                "order_no", "buyer", "total");
        var catalog = new Catalog(List.of(orders, table("clients", "Client master", "no", "fullname"),
                table("noise", "nothing", "z")));
        var selector = TableSelector.of(catalog);

        var fromOrders = selector.select("order total", 1);
        assertThat(fromOrders.tableNames()).containsExactly("orders", "clients");
        assertThat(fromOrders.linked()).containsExactly("db.clients");
        assertThat(fromOrders.scores().get("db.clients")).isZero();

        assertThat(selector.select("client fullname", 1).tableNames()).containsExactly("clients", "orders");
    }

    @Test
    void linksSharedKeyColumnsWhenNoKeysAreDeclared() {
        var catalog = new Catalog(List.of(
                table("orders", "Customer orders with revenue", "order_id", "customer_id", "revenue"),
                table("customers", "Customer master", "id", "segment"),
                table("sales_regions", "Regions", "region_id", "name"),
                table("stores", "Shops", "store_id", "region_id"),
                table("payments", "Payments", "payment_id", "order_id", "amount")));
        var selector = TableSelector.of(catalog);

        // orders.customer_id → customers.id (customers owns customer_id by its name); payments.order_id → orders
        assertThat(selector.select("revenue", 1, 5).tableNames())
                .containsExactly("orders", "customers", "payments");
        // sales_regions owns region_id through its last word: stores links to it
        assertThat(selector.select("shops", 1, 5).tableNames()).containsExactly("stores", "sales_regions");
    }

    @Test
    void linkedTablesAreBoundedAndParentsComeFirst() {
        List<TableSchema> tables = new ArrayList<>();
        tables.add(table("customers", "Customer master", "customer_id", "segment"));
        for (int i = 0; i < 30; i++) {
            tables.add(table("fact_" + i, "facts", "fact_" + i + "_id", "customer_id"));
        }
        tables.add(table("orders", "Orders of customers", "order_id", "customer_id", "amount"));
        var selector = TableSelector.of(new Catalog(tables));

        var selection = selector.select("customer segment", 2, 5);
        assertThat(selection.tableNames()).hasSize(5).startsWith("customers", "orders");
        assertThat(selection.linked()).hasSize(3);

        assertThat(selector.select("orders amount", 1).tableNames()).containsExactly("orders", "customers");
    }

    @Test
    void derivedCopiesDoNotCrowdOutOtherTables() {
        var catalog = new Catalog(List.of(
                table("orders", "Orders", "order_id", "amount"),
                table("orders_history", "Orders history", "order_id", "amount", "valid_to"),
                table("orders_daily_snapshot", "Orders snapshot", "order_id", "amount", "snapshot_date"),
                table("order_notes", "Notes on orders", "note_id", "text")));
        var selector = TableSelector.of(catalog);

        assertThat(selector.select("orders", 2, 2).tableNames()).containsExactly("orders", "order_notes");
        assertThat(selector.select("orders daily snapshot", 1, 1).tableNames())
                .containsExactly("orders_daily_snapshot");
    }

    @Test
    void reusesTheIndexOfTheSameCatalogInstance() {
        var catalog = new Catalog(List.of(table("a", null, "x")));
        assertThat(TableSelector.of(catalog)).isSameAs(TableSelector.of(catalog));
        assertThat(TableSelector.of(new Catalog(catalog.tables()))).isNotSameAs(TableSelector.of(catalog));
    }

    @Test
    void questionWithoutKnownWordsSelectsNothing() {
        var catalog = new Catalog(List.of(table("orders", null, "order_id")));
        var selection = TableSelector.of(catalog).select("the of and", 8);
        assertThat(selection.catalog().tables()).isEmpty();
        assertThat(selection.tablesConsidered()).isEqualTo(1);
        assertThatThrownBy(() -> TableSelector.of(catalog).select("x", 0))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void keysNamedAfterATable() {
        assertThat(TableLinks.keysNamedAfter("sales_order_items"))
                .containsExactly("item_id", "order_item_id", "sales_order_item_id");
        assertThat(TableLinks.keysNamedAfter("hr_salaries")).contains("salary_id");
        assertThat(TableLinks.keysNamedAfter("payment_methods")).contains("payment_method_id");
        assertThat(TableLinks.keysNamedAfter("addresses")).containsExactly("address_id");
    }
}
