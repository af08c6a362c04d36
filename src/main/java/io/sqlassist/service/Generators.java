package io.sqlassist.service;

import io.sqlassist.generate.SqlGenerator;
import io.sqlassist.generate.llm.BedrockSettings;
import io.sqlassist.generate.llm.BedrockSqlGenerator;
import io.sqlassist.generate.llm.CatalogNarrowingGenerator;
import io.sqlassist.generate.llm.OpenAiCompatibleSqlGenerator;
import io.sqlassist.generate.llm.OpenAiSettings;
import io.sqlassist.generate.llm.PromptBuilder;
import io.sqlassist.generate.offline.OfflineSqlGenerator;
import io.sqlassist.generate.offline.Synonyms;
import io.sqlassist.generate.offline.ValueIndex;
import io.sqlassist.schema.SchemaProvider;
import io.sqlassist.schema.SchemaText;
import io.sqlassist.warehouse.Warehouse;
import java.sql.Connection;
import org.apache.camel.CamelContext;
import software.amazon.awssdk.services.bedrockruntime.BedrockRuntimeClient;

/** The SQL generator named by {@code sqlassist.generator}: offline, bedrock (Claude) or openai (any compatible server). */
final class Generators {
    private final Settings settings;
    private final CamelContext context;
    private final Closer closer;

    Generators(Settings settings, CamelContext context, Closer closer) {
        this.settings = settings;
        this.context = context;
        this.closer = closer;
    }

    SqlGenerator create(Warehouse warehouse, SchemaProvider schemas) throws Exception {
        String name = settings.get("sqlassist.generator", "offline");
        int maxTables = settings.getInt("sqlassist.schema.max-tables", 8);
        PromptBuilder prompts = new PromptBuilder(SchemaText::render);
        switch (name) {
            case "offline":
                return offline(warehouse, schemas);
            case "bedrock":
                BedrockSettings bedrock = BedrockSettings.defaults(settings.get("sqlassist.aws.region"))
                        .withEndpointOverride(ServiceWiring.endpoint(settings, "sqlassist.bedrock.endpoint"))
                        .withModelId(settings.get("sqlassist.bedrock.model-id", BedrockSettings.DEFAULT_MODEL_ID))
                        .checkRegionFitsModel();
                BedrockRuntimeClient client = closer.add(bedrock.client(AwsCredentials.of(settings)));
                return new CatalogNarrowingGenerator(new BedrockSqlGenerator(client, bedrock, prompts), maxTables);
            case "openai":
                OpenAiSettings openai = OpenAiSettings.defaults(settings.get("sqlassist.openai.base-url"),
                        settings.get("sqlassist.openai.model"), blankToNull(settings.get("sqlassist.openai.api-key", "")))
                        .withJsonResponseFormat(settings.getBoolean("sqlassist.openai.json-response-format", true));
                return new CatalogNarrowingGenerator(new OpenAiCompatibleSqlGenerator(context.createProducerTemplate(),
                        openai, prompts), maxTables);
            default:
                throw new IllegalArgumentException("unknown sqlassist.generator '" + name + "'; use offline, bedrock or openai");
        }
    }

    private static SqlGenerator offline(Warehouse warehouse, SchemaProvider schemas) throws Exception {
        if (warehouse == null) {
            // No local data to index values from (aws profile): the engine still maps names, keys and comments.
            return new OfflineSqlGenerator(ValueIndex.empty(), Synonyms.defaults());
        }
        try (Connection connection = warehouse.connect()) {
            return new OfflineSqlGenerator(ValueIndex.build(connection, schemas.load(null)), Synonyms.defaults());
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
