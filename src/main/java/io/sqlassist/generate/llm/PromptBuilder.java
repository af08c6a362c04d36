package io.sqlassist.generate.llm;

import static java.util.Objects.requireNonNull;

import io.sqlassist.generate.GenerationRequest;
import io.sqlassist.schema.Catalog;
import io.sqlassist.schema.Column;
import io.sqlassist.schema.ForeignKey;
import io.sqlassist.schema.TableSchema;
import io.sqlassist.wire.Attempt;
import java.util.function.Function;

/**
 * Builds the prompt for Athena SQL from a generation request. Deterministic: the same request always gives the same
 * text, so that prompts can be compared, cached and tested.
 */
public final class PromptBuilder {
    static final String ROLE = """
            You write SQL for Amazon Athena (engine version 3, Trino dialect) that answers a business question from \
            the tables below. A person reviews every query before it runs, and a SQL guard refuses anything outside \
            these rules.""";

    static final String DIALECT_RULES = """
            ## Rules
            1. Write exactly one read-only statement: a SELECT, or WITH ... SELECT. Never INSERT, UPDATE, DELETE, \
            MERGE, CREATE, DROP, ALTER, GRANT, CALL, UNLOAD or any other DDL or DML.
            2. Do not end the statement with a semicolon.
            3. Use only the tables and columns listed above; write table names as listed (database.table). Never \
            invent a table or column. If the question cannot be answered from them, refuse (see Output).
            4. Prefer an explicit column list to SELECT *. Give computed columns short aliases.
            5. Put identifiers in double quotes ("order date") when they are reserved words or contain anything but \
            lower-case letters, digits and underscores. String literals take single quotes ('EU'); double a quote \
            inside one ('O''Brien').
            6. Dates and times: current_date, current_timestamp; date_add('day', -7, current_date); \
            date_trunc('month', order_date); INTERVAL '7' DAY; DATE '2024-01-31'; \
            TIMESTAMP '2024-01-31 00:00:00'; extract(year FROM order_date) or year(order_date).
            7. Conversions: CAST(x AS DOUBLE); TRY_CAST(x AS ...) when a value may not convert. Integer division \
            truncates, so cast to DOUBLE before dividing for ratios and averages of integers.
            8. A query that lists rows must end with a LIMIT (100 unless the question asks for a number). A query \
            that aggregates to a few rows needs none.
            9. When you filter by date and a table has partition columns (marked "partition" above), also filter \
            on those partition columns in WHERE, so that Athena reads only the partitions it needs.""";

    static final String OUTPUT_CONTRACT = """
            ## Output
            Reply with ONLY one JSON object, without prose or Markdown around it:
            {"sql": "SELECT ...", "explanation": "one or two plain-language sentences on what the query returns", \
            "tables": ["database.table", ...], "confidence": "high|medium|low"}
            If the question cannot be answered from these tables, reply instead:
            {"sql": null, "refusal": "why the question cannot be answered from these tables", \
            "explanation": "...", "tables": [], "confidence": "low"}""";

    private final Function<Catalog, String> schemaText;

    /**
     * @param schemaText renders the catalog for the model (the project's schema renderer); see
     *                   {@link #plainSchemaText(Catalog)} for a simple one
     */
    public PromptBuilder(Function<Catalog, String> schemaText) {
        this.schemaText = requireNonNull(schemaText, "schemaText is null");
    }

    /** A builder with {@link #plainSchemaText(Catalog)}. */
    public static PromptBuilder withPlainSchema() {
        return new PromptBuilder(PromptBuilder::plainSchemaText);
    }

    public SqlPrompt build(GenerationRequest request) {
        requireNonNull(request, "request is null");
        return new SqlPrompt(system(request.catalog()), user(request));
    }

    private String system(Catalog catalog) {
        return ROLE + "\n\n## Tables\n" + schemaText.apply(catalog).strip() + "\n\n" + DIALECT_RULES + "\n\n"
                + OUTPUT_CONTRACT + "\n";
    }

    private static String user(GenerationRequest request) {
        StringBuilder text = new StringBuilder("Question: ").append(request.question().strip()).append('\n');
        if (!request.earlierAttempts().isEmpty()) {
            text.append("\nEarlier attempts on this question, oldest first:\n");
            for (Attempt attempt : request.earlierAttempts()) {
                text.append("\nAttempt ").append(attempt.number()).append(":\n");
                text.append(attempt.sql() == null ? "(no SQL was written)" : attempt.sql().strip()).append('\n');
                if (present(attempt.explanation())) {
                    text.append("Explanation: ").append(attempt.explanation().strip()).append('\n');
                }
                if (present(attempt.feedback())) {
                    text.append("Reviewer's feedback: ").append(attempt.feedback().strip()).append('\n');
                }
            }
        }
        if (present(request.feedback())) {
            text.append("\nThe reviewer asked for a new query. Their latest feedback, which the new query must "
                    + "address:\n").append(request.feedback().strip()).append('\n');
        }
        if (present(request.validationError())) {
            text.append("\nYour previous answer was refused by validation. Write a corrected query.\n")
                    .append(request.validationError().strip()).append('\n');
        }
        return text.toString();
    }

    private static boolean present(String text) {
        return text != null && !text.isBlank();
    }

    /** A simple schema rendering: one block per table, columns with type, partition flag and comment, keys. */
    public static String plainSchemaText(Catalog catalog) {
        StringBuilder text = new StringBuilder();
        for (TableSchema table : catalog.tables()) {
            text.append("TABLE ").append(qualified(table.database(), table.name()));
            if (table.comment() != null && !table.comment().isBlank()) {
                text.append(" -- ").append(table.comment().strip());
            }
            text.append('\n');
            for (Column column : table.columns()) {
                text.append("  ").append(column.name()).append(' ').append(column.type());
                if (column.partition()) {
                    text.append(" (partition)");
                }
                if (column.comment() != null && !column.comment().isBlank()) {
                    text.append(" -- ").append(column.comment().strip());
                }
                text.append('\n');
            }
            if (!table.primaryKey().isEmpty()) {
                text.append("  PRIMARY KEY (").append(String.join(", ", table.primaryKey())).append(")\n");
            }
            for (ForeignKey key : table.foreignKeys()) {
                text.append("  FOREIGN KEY (").append(String.join(", ", key.columns())).append(") REFERENCES ")
                        .append(key.referencedTable()).append(" (")
                        .append(String.join(", ", key.referencedColumns())).append(")\n");
            }
            text.append('\n');
        }
        return text.toString();
    }

    private static String qualified(String database, String name) {
        return database == null || database.isBlank() ? name : database + "." + name;
    }
}
