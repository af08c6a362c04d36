package io.sqlassist.service;

import io.sqlassist.generate.CandidateIntoDraft;
import io.sqlassist.generate.SqlGenerator;
import io.sqlassist.generate.llm.BedrockConverse;
import io.sqlassist.generate.llm.BedrockSettings;
import io.sqlassist.generate.llm.NoStreamingBedrock;
import io.sqlassist.generate.llm.OpenAiCompatibleSqlGenerator;
import io.sqlassist.generate.llm.OpenAiSettings;
import io.sqlassist.generate.llm.PromptBuilder;
import io.sqlassist.generate.llm.PromptCatalog;
import io.sqlassist.generate.offline.OfflineSqlGenerator;
import io.sqlassist.generate.offline.Synonyms;
import io.sqlassist.generate.offline.ValueIndex;
import io.sqlassist.schema.SchemaProvider;
import io.sqlassist.schema.SchemaText;
import io.sqlassist.warehouse.Warehouse;
import java.sql.Connection;
import org.apache.camel.CamelContext;
import org.apache.camel.spi.Registry;

/**
 * The beans the generator route named by {@code sqlassist.generator} uses (routes/generate-*.camel.yaml): offline, bedrock
 * (Claude through aws-bedrock) or openai (any compatible server through camel-http).
 */
final class Generators {
    private final Settings settings;
    private final CamelContext context;
    private final Closer closer;

    Generators(Settings settings, CamelContext context, Closer closer) {
        this.settings = settings;
        this.context = context;
        this.closer = closer;
    }

    void bind(Registry registry, Warehouse warehouse, SchemaProvider schemas) throws Exception {
        registry.bind("candidateIntoDraft", new CandidateIntoDraft());
        String name = settings.get("sqlassist.generator");
        PromptBuilder prompts = new PromptBuilder(SchemaText::render);
        switch (name) {
            case "offline":
                // A test may have bound its own generator under this name.
                if (registry.lookupByNameAndType("sqlGenerator", SqlGenerator.class) == null) {
                    registry.bind("sqlGenerator", offline(warehouse, schemas));
                }
                return;
            case "bedrock":
                BedrockSettings bedrock = BedrockSettings.defaults(settings.get("sqlassist.aws.region"))
                        .withEndpointOverride(CapabilitySettings.endpoint(settings, "sqlassist.bedrock.endpoint"))
                        .withModelId(settings.get("sqlassist.bedrock.model-id"))
                        .checkRegionFitsModel();
                registry.bind("promptCatalog", promptCatalog());
                registry.bind("bedrockRuntimeClient", closer.add(bedrock.client(AwsCredentials.of(settings))));
                registry.bind("noStreamingBedrock", NoStreamingBedrock.client());
                registry.bind("bedrockConverse", new BedrockConverse(bedrock, prompts));
                return;
            case "openai":
                OpenAiSettings openai = OpenAiSettings.defaults(settings.get("sqlassist.openai.base-url"),
                        settings.get("sqlassist.openai.model"), blankToNull(settings.optional("sqlassist.openai.api-key").orElse("")))
                        .withJsonResponseFormat(settings.getBoolean("sqlassist.openai.json-response-format"));
                registry.bind("promptCatalog", promptCatalog());
                registry.bind("chatCompletions", new OpenAiCompatibleSqlGenerator(context.createProducerTemplate(),
                        openai, prompts));
                return;
            default:
                throw new IllegalArgumentException("unknown sqlassist.generator '" + name + "'; use offline, bedrock or openai");
        }
    }

    private PromptCatalog promptCatalog() {
        return new PromptCatalog(settings.getInt("sqlassist.schema.max-tables"));
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
