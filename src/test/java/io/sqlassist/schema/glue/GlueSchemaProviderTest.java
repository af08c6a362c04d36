package io.sqlassist.schema.glue;

import static com.github.tomakehurst.wiremock.client.WireMock.exactly;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static io.sqlassist.schema.glue.GlueWireFake.error;
import static io.sqlassist.schema.glue.GlueWireFake.ok;
import static io.sqlassist.schema.glue.GlueWireFake.page;
import static io.sqlassist.schema.glue.GlueWireFake.table;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.sqlassist.schema.Catalog;
import io.sqlassist.schema.Column;
import io.sqlassist.schema.SchemaText;
import io.sqlassist.schema.TableSchema;
import io.sqlassist.schema.TableSelector;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.glue.GlueClient;

class GlueSchemaProviderTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final GlueWireFake glue = new GlueWireFake();
    private final GlueClient client = glue.client();
    private final MutableClock clock = new MutableClock();

    @AfterEach
    void stop() {
        client.close();
        glue.close();
    }

    private GlueSchemaProvider provider(GlueCatalogSettings settings) {
        return new GlueSchemaProvider(client, settings, clock);
    }

    private static GlueCatalogSettings sales(Duration ttl) {
        return new GlueCatalogSettings("sales", Set.of("sales", "hr"), Set.of(), ttl);
    }

    @Test
    void mapsColumnsPartitionKeysAndDescriptions() {
        glue.tables("sales", List.of(List.of(
                table("sales", "sales_orders", "One row per customer order",
                        List.of("order_id:bigint:order identifier", "amount:decimal(10,2)", "tags:array<string>"),
                        List.of("dt:string:load date"), Map.of()),
                table("sales", "sales_regions", null, List.of("region_id:int"), List.of(),
                        Map.of("comment", "Sales regions", "classification", "parquet")))));

        Catalog catalog = provider(sales(Duration.ofMinutes(5))).load(null);

        TableSchema orders = catalog.table("sales_orders").orElseThrow();
        assertThat(orders.database()).isEqualTo("sales");
        assertThat(orders.comment()).isEqualTo("One row per customer order");
        assertThat(orders.columns()).containsExactly(
                new Column("order_id", "BIGINT", "order identifier", false),
                new Column("amount", "DECIMAL(10,2)", null, false),
                new Column("tags", "ARRAY<STRING>", null, false),
                new Column("dt", "STRING", "load date", true));
        assertThat(orders.primaryKey()).isEmpty();
        assertThat(orders.foreignKeys()).isEmpty();
        assertThat(catalog.table("sales_regions").orElseThrow().comment()).isEqualTo("Sales regions");
    }

    @Test
    void columnsAnIcebergTableDroppedAreNotShown() {
        Map<String, Object> events = new java.util.LinkedHashMap<>(table("sales", "events", "id:bigint"));
        events.put("Parameters", Map.of("table_type", "ICEBERG"));
        events.put("StorageDescriptor", Map.of("Location", "s3://lake/sales/events/", "Columns", List.of(
                Map.of("Name", "id", "Type", "bigint", "Parameters", Map.of("iceberg.field.current", "true")),
                Map.of("Name", "old_name", "Type", "string", "Parameters", Map.of("iceberg.field.current", "false")),
                Map.of("Name", "name", "Type", "string", "Parameters", Map.of("iceberg.field.current", "true")))));
        glue.tables("sales", List.of(List.of(events)));

        TableSchema table = provider(sales(Duration.ofMinutes(5))).load(null).table("events").orElseThrow();

        assertThat(table.columns()).extracting(Column::name).containsExactly("id", "name");
    }

    @Test
    void aResourceLinkHasTheColumnsOfTheTableItSharesAndIsQueriedByItsOwnName() {
        Map<String, Object> link = new java.util.LinkedHashMap<>();
        link.put("Name", "partner_orders");
        link.put("DatabaseName", "sales");
        link.put("TargetTable", Map.of("CatalogId", "111122223333", "DatabaseName", "partner", "Name", "orders",
                "Region", "eu-west-1"));
        Map<String, Object> gone = new java.util.LinkedHashMap<>(link);
        gone.put("Name", "gone_orders");
        gone.put("TargetTable", Map.of("CatalogId", "111122223333", "DatabaseName", "partner", "Name", "dropped"));
        glue.tables("sales", List.of(List.of(link, gone)));
        glue.sharedTable("111122223333", "partner", table("partner", "orders", "Orders shared by the partner",
                List.of("order_id:bigint", "amount:decimal(10,2)"), List.of("dt:string"), Map.of()));

        Catalog catalog = provider(sales(Duration.ofMinutes(5))).load(null);

        TableSchema shared = catalog.table("partner_orders").orElseThrow();
        assertThat(shared.database()).isEqualTo("sales");
        assertThat(shared.comment()).isEqualTo("Orders shared by the partner");
        assertThat(shared.columns()).extracting(Column::name).containsExactly("order_id", "amount", "dt");
        TableSchema unreadable = catalog.table("gone_orders").orElseThrow();
        assertThat(unreadable.columns()).isEmpty();
        assertThat(unreadable.comment()).contains("could not be read");
    }

    @Test
    void followsNextTokenAcrossPages() throws Exception {
        glue.tables("sales", List.of(
                List.of(table("sales", "a1", "id:bigint"), table("sales", "a2", "id:bigint")),
                List.of(table("sales", "b1", "id:bigint")),
                List.of(table("sales", "c1", "id:bigint"), table("sales", "c2", "id:bigint"))));

        Catalog catalog = provider(sales(Duration.ofMinutes(5))).load("sales");

        assertThat(catalog.tables()).extracting(TableSchema::name).containsExactly("a1", "a2", "b1", "c1", "c2");
        var requests = glue.getTablesRequests();
        assertThat(requests).hasSize(3);
        for (int i = 0; i < 3; i++) {
            var request = requests.get(i);
            assertThat(request.getHeader("X-Amz-Target")).isEqualTo("AWSGlue.GetTables");
            assertThat(request.getHeader("Content-Type")).startsWith("application/x-amz-json-1.1");
            assertThat(request.getHeader("Authorization")).contains("AKIDTEST").contains("/glue/aws4_request");
            JsonNode body = JSON.readTree(request.getBodyAsString());
            assertThat(body.path("DatabaseName").asText()).isEqualTo("sales");
            if (i == 0) {
                assertThat(body.has("NextToken")).isFalse();
            } else {
                assertThat(body.path("NextToken").asText()).isEqualTo("t" + i);
            }
        }
    }

    @Test
    void throttlingIsRetriedBySdk() {
        glue.server.stubFor(page("sales", null).inScenario("throttle").whenScenarioStateIs(STARTED)
                .willReturn(error(400, "ThrottlingException", "Rate exceeded"))
                .willSetStateTo("throttled once"));
        glue.server.stubFor(page("sales", null).inScenario("throttle").whenScenarioStateIs("throttled once")
                .willReturn(ok(Map.of("TableList", List.of(table("sales", "sales_orders", "order_id:bigint"))))));

        Catalog catalog = provider(sales(Duration.ofMinutes(5))).load("sales");

        assertThat(catalog.tables()).extracting(TableSchema::name).containsExactly("sales_orders");
        glue.server.verify(exactly(2), GlueWireFake.getTablesPattern());
    }

    @Test
    void serverErrorIsRetriedBySdk() {
        glue.server.stubFor(page("sales", null).inScenario("5xx").whenScenarioStateIs(STARTED)
                .willReturn(error(500, "InternalServiceException", "oops"))
                .willSetStateTo("failed once"));
        glue.server.stubFor(page("sales", null).inScenario("5xx").whenScenarioStateIs("failed once")
                .willReturn(ok(Map.of("TableList", List.of(table("sales", "sales_orders", "order_id:bigint"))))));

        assertThat(provider(sales(Duration.ofMinutes(5))).load("sales").tables()).hasSize(1);
        glue.server.verify(exactly(2), GlueWireFake.getTablesPattern());
    }

    @Test
    void missingDatabaseIsAClearErrorAndNotRetried() {
        glue.server.stubFor(post(urlEqualTo("/"))
                .willReturn(error(400, "EntityNotFoundException", "Database hr not found.")));

        assertThatThrownBy(() -> provider(sales(Duration.ofMinutes(5))).load("hr"))
                .isInstanceOf(GlueCatalogException.class)
                .hasMessageContaining("Glue database 'hr' does not exist")
                .hasMessageContaining("Database hr not found.");
        glue.server.verify(exactly(1), GlueWireFake.getTablesPattern());
    }

    @Test
    void accessDeniedNamesTheErrorCode() {
        glue.server.stubFor(post(urlEqualTo("/"))
                .willReturn(error(400, "AccessDeniedException", "not authorized to perform glue:GetTables")));

        assertThatThrownBy(() -> provider(sales(Duration.ofMinutes(5))).load("sales"))
                .isInstanceOf(GlueCatalogException.class)
                .hasMessageContaining("AccessDeniedException")
                .hasMessageContaining("glue:GetTables");
    }

    @Test
    void databaseOffTheAllowlistIsRefusedWithoutCallingGlue() {
        assertThatThrownBy(() -> provider(sales(Duration.ofMinutes(5))).load("finance"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'finance' is not allowlisted")
                .hasMessageContaining("hr").hasMessageContaining("sales");
        assertThat(glue.getTablesRequests()).isEmpty();
    }

    @Test
    void tablesOffTheAllowlistAreDropped() {
        glue.tables("sales", List.of(List.of(
                table("sales", "sales_orders", "order_id:bigint"),
                table("sales", "salaries", "employee_id:bigint"),
                table("sales", "sales_regions", "region_id:int"))));
        glue.tables("hr", List.of(List.of(table("hr", "employees", "employee_id:bigint"))));
        var settings = new GlueCatalogSettings("sales", Set.of("sales", "hr"),
                Set.of("sales.sales_orders", "SALES.Sales_Regions", "hr.*"), Duration.ofMinutes(5));
        var provider = provider(settings);

        assertThat(provider.load("sales").tables()).extracting(TableSchema::name)
                .containsExactly("sales_orders", "sales_regions");
        assertThat(provider.load("HR").tables()).extracting(TableSchema::name).containsExactly("employees");
    }

    @Test
    void settingsRejectADefaultOffTheAllowlist() {
        assertThatThrownBy(() -> new GlueCatalogSettings("sales", Set.of("hr"), Set.of(), Duration.ZERO))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'sales'");
        assertThatThrownBy(() -> new GlueCatalogSettings("hr", Set.of("hr"), Set.of("employees"), Duration.ZERO))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("db.table");
    }

    @Test
    void cachesForTheTtlThenReadsAgain() {
        glue.tables("sales", List.of(List.of(table("sales", "sales_orders", "order_id:bigint"))));
        var provider = provider(sales(Duration.ofMinutes(10)));

        Catalog first = provider.load("sales");
        clock.advance(Duration.ofMinutes(9));
        assertThat(provider.load(null)).isSameAs(first);
        glue.server.verify(exactly(1), GlueWireFake.getTablesPattern());

        clock.advance(Duration.ofMinutes(2));
        assertThat(provider.load("sales").tables()).hasSize(1);
        glue.server.verify(exactly(2), GlueWireFake.getTablesPattern());
    }

    @Test
    void failedRefreshServesTheStaleCatalogAndRetriesLater() {
        glue.tables("sales", List.of(List.of(table("sales", "sales_orders", "order_id:bigint"))));
        var provider = provider(sales(Duration.ofMinutes(10)));
        Catalog first = provider.load("sales");

        glue.server.resetMappings();
        glue.server.stubFor(post(urlEqualTo("/")).willReturn(error(400, "AccessDeniedException", "revoked")));
        clock.advance(Duration.ofMinutes(11));
        assertThat(provider.load("sales")).isSameAs(first);
        int afterFailure = glue.getTablesRequests().size();
        assertThat(afterFailure).isEqualTo(2);

        assertThat(provider.load("sales")).isSameAs(first);
        assertThat(glue.getTablesRequests()).hasSize(afterFailure);

        glue.server.resetMappings();
        glue.tables("sales", List.of(List.of(table("sales", "sales_orders", "order_id:bigint"),
                table("sales", "sales_regions", "region_id:int"))));
        clock.advance(provider.retryAfterFailure());
        assertThat(provider.load("sales").tables()).hasSize(2);
    }

    @Test
    void concurrentCallersShareOneRead() throws Exception {
        glue.server.stubFor(page("sales", null).willReturn(ok(Map.of("TableList",
                List.of(table("sales", "sales_orders", "order_id:bigint")))).withFixedDelay(300)));
        var provider = provider(sales(Duration.ofMinutes(10)));

        ExecutorService pool = Executors.newFixedThreadPool(6);
        try {
            List<Future<Catalog>> loads = new ArrayList<>();
            for (int i = 0; i < 6; i++) {
                loads.add(pool.submit(() -> provider.load("sales")));
            }
            Catalog first = loads.get(0).get(10, TimeUnit.SECONDS);
            for (Future<Catalog> load : loads) {
                assertThat(load.get(10, TimeUnit.SECONDS)).isSameAs(first);
            }
        } finally {
            pool.shutdownNow();
        }
        glue.server.verify(exactly(1), GlueWireFake.getTablesPattern());
    }

    @Test
    void selectorWorksOnWhatGlueReturned() {
        glue.tables("sales", List.of(
                List.of(table("sales", "sales_orders", "Customer orders",
                        List.of("order_id:bigint", "region_id:int", "total_amount:decimal(12,2):order revenue"),
                        List.of("dt:string"), Map.of())),
                List.of(table("sales", "sales_regions", "Sales territories",
                        List.of("region_id:int", "region_name:string"), List.of(), Map.of()),
                        table("sales", "hr_employees", "Staff", List.of("employee_id:bigint"), List.of(), Map.of()))));

        var selection = TableSelector.of(provider(sales(Duration.ofMinutes(5))).load("sales"))
                .select("revenue by region", 1);

        assertThat(selection.tableNames()).containsExactlyInAnyOrder("sales_orders", "sales_regions");
        assertThat(SchemaText.render(selection.catalog()))
                .contains("sales.sales_orders — Customer orders")
                .contains("  total_amount DECIMAL(12,2) -- order revenue")
                .contains("  dt STRING PARTITION KEY");
    }
}
