package io.sqlassist.service;

import io.sqlassist.approval.DecisionIntake;
import io.sqlassist.approval.DecisionPolicy;
import io.sqlassist.approval.DecisionTriage;
import io.sqlassist.approval.PendingThreadAggregationStrategy;
import io.sqlassist.audit.AuditRecorder;
import io.sqlassist.audit.AuditTrail;
import io.sqlassist.audit.ClosedThreadCheck;
import io.sqlassist.audit.RedeliveredDecisionCheck;
import io.sqlassist.audit.ThreadOutcomes;
import io.sqlassist.aws.AwsClients;
import io.sqlassist.chart.ChartStep;
import io.sqlassist.execute.QueryExecutor;
import io.sqlassist.execute.ResultPlace;
import io.sqlassist.generate.SqlDrafter;
import io.sqlassist.guard.CandidateValidator;
import io.sqlassist.guard.LimitEnforcer;
import io.sqlassist.guard.ReadOnlyGuard;
import io.sqlassist.guard.SqlEngine;
import io.sqlassist.guard.duckdb.DuckDbParser;
import io.sqlassist.health.PendingStoreCredentialsCheck;
import io.sqlassist.health.PendingStoreHealthCheck;
import io.sqlassist.health.QueuesHealthCheck;
import io.sqlassist.intake.KnownThreadCheck;
import io.sqlassist.intake.QuestionIntake;
import io.sqlassist.notify.GoogleChatCards;
import io.sqlassist.notify.GoogleChatMessages;
import io.sqlassist.pending.PendingStore;
import io.sqlassist.pending.PendingStoreSettings;
import io.sqlassist.pending.PendingThreads;
import io.sqlassist.sample.SampleDataset;
import io.sqlassist.schema.SchemaProvider;
import io.sqlassist.schema.glue.GlueCatalogSettings;
import io.sqlassist.schema.glue.GlueSchemaProvider;
import io.sqlassist.sqs.EmbeddedSqs;
import io.sqlassist.sqs.QueueNames;
import io.sqlassist.sqs.QueueOwner;
import io.sqlassist.warehouse.EngineLimits;
import io.sqlassist.warehouse.Warehouse;
import io.sqlassist.warehouse.WarehouseSchemaProvider;
import io.sqlassist.wire.Json;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import javax.sql.DataSource;
import org.apache.camel.CamelConfiguration;
import org.apache.camel.CamelContext;
import org.apache.camel.component.aws2.sqs.Sqs2Component;
import org.apache.camel.spi.Registry;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.glue.GlueClient;
import software.amazon.awssdk.services.sqs.SqsClient;

/**
 * Binds the beans the YAML routes refer to, for whichever profile is active. A bean already in the registry (a
 * test's fake generator, say) is kept, so the routes stay the production routes.
 */
public final class ServiceWiring implements CamelConfiguration {
    @Override
    public void configure(CamelContext context) throws Exception {
        Settings settings = Settings.of(context);
        Registry registry = context.getRegistry();
        Closer closer = new Closer();
        context.addService(closer, true);
        Clock clock = registry.lookupByNameAndType("clock", Clock.class) != null
                ? registry.lookupByNameAndType("clock", Clock.class) : Clock.systemUTC();

        QueueNames queues = CapabilitySettings.queueNames(settings);
        // Starting ElasticMQ and building the SQS client take most of a cold start and the rest of the wiring needs
        // neither, so both run beside it. Both must be done before this method returns: creating the routes' SQS
        // endpoints already asks the queues for their URLs.
        SqsClient existingClient = registry.lookupByNameAndType("sqsClient", SqsClient.class);
        CompletableFuture<SqsClient> sqsClient = new CompletableFuture<>();
        EmbeddedSqs embeddedSqs = null;
        String sqsEndpoint = settings.optional("sqlassist.sqs.endpoint").orElse("");
        if (settings.getBoolean("sqlassist.sqs.embedded")) {
            String store = settings.optional("sqlassist.sqs.message-store").orElse("");
            embeddedSqs = new EmbeddedSqs(settings.get("sqlassist.sqs.host"),
                    settings.getInt("sqlassist.sqs.port"), queues, CapabilitySettings.queueSettings(settings),
                    store.isBlank() ? null : Path.of(store), sqsClient::join);
            embeddedSqs.startInBackground();
            context.addService(embeddedSqs, true);
            registry.bind("embeddedSqs", embeddedSqs);
            sqsEndpoint = embeddedSqs.endpoint();
        }
        if (existingClient != null) {
            sqsClient.complete(existingClient);
        } else {
            String endpoint = sqsEndpoint;
            inBackground("sqs-client-build", sqsClient, () -> CapabilitySettings.sqsClient(settings, endpoint));
        }
        try {
            wire(context, settings, registry, closer, clock, queues);
        } catch (Exception | Error e) {
            sqsClient.thenAccept(client -> {
                if (client != existingClient) {
                    client.close();
                }
            }).handle((ok, failed) -> null).join();
            if (embeddedSqs != null) {
                embeddedSqs.stop();
            }
            throw e;
        }
        SqsClient client = await(sqsClient);
        if (client != existingClient) {
            registry.bind("sqsClient", closer.add(client));
        }
        registry.bind("queuesHealthCheck", new QueuesHealthCheck(client, queues));
        if (embeddedSqs != null) {
            embeddedSqs.start(); // waits for the start begun above
        }
        // Before any endpoint exists: with the owner known, each resolves its queue with GetQueueUrl, not ListQueues.
        context.getComponent("aws2-sqs", Sqs2Component.class).getConfiguration()
                .setQueueOwnerAWSAccountId(QueueOwner.account(client, queues.inbox()));
    }

    private static <T> CompletableFuture<T> inBackground(String name, CompletableFuture<T> result, Callable<T> work) {
        Thread thread = new Thread(() -> {
            try {
                result.complete(work.call());
            } catch (Throwable e) {
                result.completeExceptionally(e);
            }
        }, name);
        thread.setDaemon(true);
        thread.start();
        return result;
    }

    private static <T> T await(CompletableFuture<T> work) throws Exception {
        try {
            return work.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof Exception cause) {
                throw cause;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw e;
        }
    }

    private void wire(CamelContext context, Settings settings, Registry registry, Closer closer, Clock clock,
                      QueueNames queues) throws Exception {
        registry.bind("queueNames", queues);

        SqlEngine sqlEngine = CapabilitySettings.sqlEngine(settings);
        EngineLimits limits = CapabilitySettings.engineLimits(settings);
        Warehouse warehouse = openWarehouse(settings, clock, limits);
        if (warehouse != null) {
            closer.add(warehouse);
            registry.bind("warehouse", warehouse);
        }
        // DuckDB's parser: the engine's own reading on DuckDB, a tripwire for text read two ways on Athena
        DuckDbParser duckdbParser = closer.add(DuckDbParser.open(limits));
        SchemaProvider schemas = schemaProvider(settings, warehouse, clock, closer);
        registry.bind("schemaProvider", schemas);
        new Generators(settings, context, closer).bind(registry, warehouse, schemas);

        PendingStoreSettings store = CapabilitySettings.pendingStore(settings);
        String repositoryName = store.repository();
        DataSource pending = store.dataSource();
        closer.add(() -> PendingStore.close(pending));
        PendingStore.createTables(pending, repositoryName);
        registry.bind("pendingDataSource", pending);
        registry.bind("pendingThreads", PendingStore.repository(pending, repositoryName,
                store.recoveryInterval().toMillis(), store.recoveryLease().toMillis(),
                store.maxRecoveries(), "direct:abandon-thread"));
        registry.bind("pendingThreadStrategy", new PendingThreadAggregationStrategy());
        registry.bind("pendingStoreHealthCheck", new PendingStoreHealthCheck(pending, repositoryName));
        registry.bind("pendingStoreCredentialsCheck", new PendingStoreCredentialsCheck(store::openDirect,
                store.credentialsCheck(), clock));
        AuditTrail audit = new AuditTrail(pending);
        audit.createTable();
        registry.bind("auditRecorder", new AuditRecorder(audit, clock));
        ThreadOutcomes outcomes = new ThreadOutcomes(pending, clock);
        outcomes.createTable();
        registry.bind("threadOutcomes", outcomes);
        registry.bind("closedThreadCheck", new ClosedThreadCheck(outcomes));
        registry.bind("redeliveredDecisionCheck", new RedeliveredDecisionCheck(audit));
        registry.bind("knownThreadCheck", new KnownThreadCheck(new PendingThreads(pending, repositoryName), audit));
        registry.bind("decisionPolicy", new DecisionPolicy(new PendingThreads(pending, repositoryName),
                settings.getBoolean("sqlassist.approval.allow-unhashed-decisions"), CapabilitySettings.approvers(settings),
                settings.getBoolean("sqlassist.approval.four-eyes"),
                settings.getInt("sqlassist.approval.max-refinements")));

        registry.bind("jsonMapper", Json.MAPPER);
        registry.bind("questionIntake", new QuestionIntake(settings.getInt("sqlassist.question.max-length"),
                settings.getInt("sqlassist.result.max-rows")));
        registry.bind("decisionIntake", new DecisionIntake());
        registry.bind("decisionTriage", new DecisionTriage());
        ReadOnlyGuard guard = new ReadOnlyGuard(sqlEngine, duckdbParser);
        ExecutionBackends backends = new ExecutionBackends(settings, warehouse, duckdbParser, closer, clock);
        CandidateValidator validator = new CandidateValidator(guard, CapabilitySettings.catalogPolicy(settings), new LimitEnforcer(),
                backends.dryRun(), settings.getInt("sqlassist.validation.default-limit"));
        registry.bind("sqlDrafter", new SqlDrafter(schemas, validator,
                settings.getInt("sqlassist.validation.correction-attempts"), clock));
        registry.bind("googleChatMessages", new GoogleChatMessages(new GoogleChatCards(
                GoogleChatCards.DEFAULT_BYTE_BUDGET, backends.resultLinks())));
        ResultPlace results = backends.resultPlace();
        backends.bindEngine(context);
        registry.bind("resultSizeCap", new io.sqlassist.execute.ResultSizeCap());
        registry.bind("unexecutedResults", new io.sqlassist.execute.UnexecutedResults());
        registry.bind("queryExecutor", new QueryExecutor(results, validator, schemas, new ChartStep(),
                settings.getInt("sqlassist.result.preview-rows"), settings.getInt("sqlassist.result.max-rows"),
                clock));
    }

    /** The local warehouse's own metadata, or the Glue Data Catalog (aws profile). */
    private static SchemaProvider schemaProvider(Settings settings, Warehouse warehouse, Clock clock, Closer closer) {
        String source = settings.get("sqlassist.schema.source");
        switch (source) {
            case "warehouse":
                return new WarehouseSchemaProvider(warehouse);
            case "glue":
                List<String> databases = List.copyOf(CapabilitySettings.names(settings.optional("sqlassist.glue.databases").orElse("")));
                if (databases.isEmpty()) {
                    throw new IllegalArgumentException("sqlassist.glue.databases names no database (SQLASSIST_GLUE_DATABASES)");
                }
                GlueClient glue = closer.add(AwsClients.glue(Region.of(settings.get("sqlassist.aws.region")),
                        CapabilitySettings.endpoint(settings, "sqlassist.glue.endpoint"), AwsCredentials.of(settings)));
                return new GlueSchemaProvider(glue, new GlueCatalogSettings(databases.get(0), Set.copyOf(databases),
                        CapabilitySettings.names(settings.optional("sqlassist.glue.tables").orElse("")),
                        Duration.ofSeconds(settings.getInt("sqlassist.glue.cache-ttl-seconds"))), clock);
            default:
                throw new IllegalArgumentException("unknown sqlassist.schema.source '" + source + "'; use warehouse or glue");
        }
    }

    /** The local warehouse; null where none is configured (the aws profile runs on Athena). */
    private static Warehouse openWarehouse(Settings settings, Clock clock, EngineLimits limits) throws Exception {
        String url = settings.optional("sqlassist.warehouse.url").orElse("");
        if (url.isBlank()) {
            return null;
        }
        String sampleUrl = settings.get("sqlassist.warehouse.sample-url");
        if (settings.getBoolean("sqlassist.warehouse.sample") && url.equals(sampleUrl) && Warehouse.isDuckDb(url)) {
            SampleDataset.ensure(Path.of(url.substring("jdbc:duckdb:".length())), LocalDate.now(clock));
        } else if (Warehouse.isDuckDb(url)) {
            // Your own warehouse: a mistyped path must not quietly become a new, empty (or sample) database.
            String file = url.substring("jdbc:duckdb:".length()).split("\\?", 2)[0];
            if (!file.isEmpty() && !file.equals(":memory:") && !Files.exists(Path.of(file))) {
                throw new IllegalArgumentException("sqlassist.warehouse.url (SQLASSIST_WAREHOUSE_URL) names " + file
                        + ", which does not exist: check the path. The bundled sample is made only at "
                        + sampleUrl.substring("jdbc:duckdb:".length()) + ".");
            }
        }
        return Warehouse.open(url, limits);
    }

}
