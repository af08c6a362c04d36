package io.sqlassist.schema;

import static org.assertj.core.api.Assertions.assertThat;

import io.sqlassist.generate.GenerationRequest;
import io.sqlassist.generate.llm.PromptBuilder;
import io.sqlassist.generate.llm.SqlPrompt;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class TableSelectorLargeCatalogTest {
    private static final int MAX_TABLES = 8;
    private static final int INSTRUCTION_TOKENS = 1_500;
    private static final int PROMPT_BUDGET = 8_000;

    private record Case(String question, List<String> needed) {
        Case(String question, String... needed) {
            this(question, List.of(needed));
        }
    }

    private static final List<Case> CASES = List.of(
            new Case("monthly revenue by sales region", "sales_orders", "sales_regions"),
            new Case("top 10 products by quantity sold last quarter", "sales_order_items", "inventory_products"),
            new Case("average salary by department", "hr_salaries", "hr_employees", "hr_departments"),
            new Case("how many employees were hired each year per department", "hr_employees", "hr_departments"),
            new Case("average delivery time by carrier", "logistics_shipments", "logistics_carriers"),
            new Case("shipping cost per warehouse city", "logistics_shipments", "inventory_warehouses"),
            new Case("ad spend and clicks by marketing channel",
                    "marketing_ad_spend", "marketing_campaigns", "marketing_channels"),
            new Case("total conversion value per campaign", "marketing_conversions", "marketing_campaigns"),
            new Case("budget versus actual postings by cost center this fiscal year",
                    "finance_budgets", "finance_journal_entries", "finance_cost_centers"),
            new Case("overdue invoices by customer segment", "billing_invoices", "crm_customers"),
            new Case("total refunds by payment method",
                    "payments_refunds", "payments_transactions", "payment_methods"),
            new Case("average ticket resolution time by support agent team", "support_tickets", "support_agents"),
            new Case("customer satisfaction rating by ticket priority", "support_csat_surveys", "support_tickets"),
            new Case("average temperature sensor reading per site", "iot_sensor_readings", "iot_devices",
                    "iot_sites"),
            new Case("devices with the most critical alerts", "iot_alerts", "iot_devices"),
            new Case("machine downtime minutes by plant", "manufacturing_downtime_events",
                    "manufacturing_machines", "manufacturing_plants"),
            new Case("share of failed quality inspections per work order product",
                    "quality_inspections", "manufacturing_work_orders"),
            new Case("fuel cost per vehicle per month", "fleet_fuel_purchases", "fleet_vehicles"),
            new Case("electricity consumption in kwh by meter type", "energy_consumption", "energy_meters"),
            new Case("claims paid amount by insurance product line", "insurance_claims", "insurance_policies"),
            new Case("number of hospital encounters per provider specialty",
                    "healthcare_encounters", "healthcare_providers"),
            new Case("average grade per course", "education_enrollments", "education_courses"),
            new Case("reservation nights by hotel city", "hospitality_reservations", "hospitality_hotels"),
            new Case("total watch minutes by genre", "media_streams", "media_titles"),
            new Case("network outages by cell tower region", "telecom_network_outages", "telecom_cell_towers"),
            new Case("failed logins by country in the last week", "security_login_events"),
            new Case("open compliance findings by audit area", "compliance_findings", "compliance_audits"),
            new Case("travel expense amount per employee department",
                    "travel_expenses", "hr_employees", "hr_departments"),
            new Case("stock on hand by product category",
                    "inventory_stock_levels", "inventory_products", "inventory_categories"),
            new Case("purchase order spend per supplier country",
                    "procurement_purchase_orders", "procurement_suppliers"),
            new Case("monthly recurring revenue by plan", "billing_subscriptions", "billing_plans"),
            new Case("abandoned carts by customer segment", "ecommerce_carts", "crm_customers"),
            new Case("store sales per square meter", "retail_pos_transactions", "retail_stores"),
            new Case("rent income per property type", "real_estate_leases", "real_estate_properties"),
            new Case("win rate of opportunities per sales rep", "crm_opportunities", "sales_reps"));

    private static Catalog catalog;

    @BeforeAll
    static void buildCatalog() {
        catalog = LargeCatalogFixture.build();
    }

    @Test
    void catalogIsLargeAndDistinct() {
        assertThat(catalog.tables()).hasSize(LargeCatalogFixture.TABLES);
        Set<String> names = new HashSet<>();
        catalog.tables().forEach(t -> assertThat(names.add(t.name())).as(t.name()).isTrue());
        assertThat(CASES).hasSizeGreaterThanOrEqualTo(20);
    }

    @Test
    void everyQuestionGetsItsTablesWithinTheTokenBudget() {
        TableSelector selector = TableSelector.of(catalog);
        List<String> failures = new ArrayList<>();
        StringBuilder report = new StringBuilder(String.format("%-62s %6s %6s  %s%n",
                "question", "tables", "tokens", "needed tables: rank (L = linked)"));
        int maxTokens = 0;
        for (Case c : CASES) {
            TableSelection selection = selector.select(c.question(), MAX_TABLES);
            int tokens = SchemaText.estimateTokens(SchemaText.render(selection.catalog()));
            maxTokens = Math.max(maxTokens, tokens);
            List<String> chosen = selection.tableNames();
            List<String> where = new ArrayList<>();
            for (String needed : c.needed()) {
                int rank = chosen.indexOf(needed);
                where.add(needed + ":" + (rank < 0 ? "MISSING"
                        : (rank + 1) + (selection.linked().contains(LargeCatalogFixture.DATABASE + "." + needed)
                        ? "L" : "")));
            }
            report.append(String.format("%-62s %6d %6d  %s%n", c.question(), chosen.size(), tokens,
                    String.join(" ", where)));
            if (!chosen.containsAll(c.needed())) {
                failures.add(c.question() + " → missing " + c.needed().stream()
                        .filter(n -> !chosen.contains(n)).toList() + "; chose " + chosen);
            }
            if (tokens + INSTRUCTION_TOKENS > PROMPT_BUDGET) {
                failures.add(c.question() + " → " + tokens + " schema tokens");
            }
            // The prompt an LLM generator really sends for this question: system prompt (schema, dialect rules, output
            // contract) and the user message.
            SqlPrompt prompt = new PromptBuilder(SchemaText::render)
                    .build(GenerationRequest.first(c.question(), selection.catalog()));
            int promptTokens = SchemaText.estimateTokens(prompt.system() + prompt.user());
            if (promptTokens > PROMPT_BUDGET || !prompt.system().contains(LargeCatalogFixture.DATABASE + "." + c.needed().get(0))) {
                failures.add(c.question() + " → the prompt has " + promptTokens + " tokens or lacks " + c.needed().get(0));
            }
            assertThat(selection.tablesConsidered()).isEqualTo(LargeCatalogFixture.TABLES);
            assertThat(selection.estimatedTokens()).isEqualTo(tokens);
            assertThat(chosen).hasSizeLessThanOrEqualTo(2 * MAX_TABLES);
        }
        report.append("max schema tokens: ").append(maxTokens).append(", passed: ")
                .append(CASES.size() - failures.stream().map(f -> f.substring(0, f.indexOf(" → "))).distinct().count())
                .append('/').append(CASES.size()).append('\n');
        System.out.print(report);
        assertThat(failures).isEmpty();
    }
}
