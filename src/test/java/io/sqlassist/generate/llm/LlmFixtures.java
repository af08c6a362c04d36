package io.sqlassist.generate.llm;

import io.sqlassist.generate.GenerationRequest;
import io.sqlassist.schema.Catalog;
import io.sqlassist.schema.Column;
import io.sqlassist.schema.ForeignKey;
import io.sqlassist.schema.TableSchema;
import io.sqlassist.wire.Attempt;
import java.util.List;

final class LlmFixtures {
    static final Catalog CATALOG = new Catalog(List.of(
            new TableSchema("sales", "orders", "One row per order", List.of(
                    new Column("order_id", "BIGINT", null),
                    new Column("customer_id", "BIGINT", "buyer"),
                    new Column("total_amount", "DECIMAL(10,2)", "order value in EUR"),
                    new Column("order_date", "DATE", null),
                    new Column("dt", "VARCHAR", "order day, yyyy-MM-dd", true)),
                    List.of("order_id"),
                    List.of(new ForeignKey(List.of("customer_id"), "sales.customers", List.of("customer_id")))),
            new TableSchema("sales", "customers", null, List.of(
                    new Column("customer_id", "BIGINT", null),
                    new Column("country", "VARCHAR", "ISO code")),
                    List.of("customer_id"), List.of())));

    static final String QUESTION = "Revenue per country over the last 7 days";

    private LlmFixtures() {
    }

    static GenerationRequest first() {
        return GenerationRequest.first(QUESTION, CATALOG);
    }

    static GenerationRequest refinement() {
        return new GenerationRequest(QUESTION, CATALOG, List.of(
                new Attempt(1, "SELECT country, sum(total_amount) AS revenue FROM sales.orders o JOIN sales.customers c "
                        + "ON o.customer_id = c.customer_id GROUP BY country", "Revenue per country.", "only 2024"),
                new Attempt(2, null, null, "per month please")), "per month please", null);
    }
}
