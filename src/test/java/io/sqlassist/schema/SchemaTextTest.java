package io.sqlassist.schema;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SchemaTextTest {
    @Test
    void rendersOneCompactBlockPerTable() {
        var catalog = new Catalog(List.of(
                new TableSchema("sales", "orders", "Customer\norders", List.of(
                        new Column("order_id", "BIGINT", "order identifier"),
                        new Column("amount", "DECIMAL(10,2)", null),
                        new Column("dt", "STRING", "load date", true)), List.of(), List.of()),
                new TableSchema(null, "regions", null, List.of(new Column("region_id", "INT", null)),
                        List.of(), List.of())));

        assertThat(SchemaText.render(catalog)).isEqualTo("""
                sales.orders — Customer orders
                  order_id BIGINT -- order identifier
                  amount DECIMAL(10,2)
                  dt STRING PARTITION KEY -- load date

                regions
                  region_id INT
                """);
    }

    @Test
    void cutsLongComments() {
        var catalog = new Catalog(List.of(new TableSchema("db", "t", "d".repeat(500),
                List.of(new Column("c", "INT", "c".repeat(500))), List.of(), List.of())));
        String text = SchemaText.render(catalog);
        assertThat(text).contains("d".repeat(SchemaText.MAX_TABLE_COMMENT - 1) + "…")
                .doesNotContain("d".repeat(SchemaText.MAX_TABLE_COMMENT));
        assertThat(text).contains("c".repeat(SchemaText.MAX_COLUMN_COMMENT - 1) + "…");
    }

    @Test
    void estimatesAboutFourCharactersPerToken() {
        assertThat(SchemaText.estimateTokens("")).isZero();
        assertThat(SchemaText.estimateTokens("abcd")).isEqualTo(1);
        assertThat(SchemaText.estimateTokens("abcde")).isEqualTo(2);
        assertThat(SchemaText.estimateTokens("x".repeat(4000))).isEqualTo(1000);
    }
}
