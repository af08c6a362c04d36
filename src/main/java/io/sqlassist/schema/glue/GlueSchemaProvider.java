package io.sqlassist.schema.glue;

import static java.util.Objects.requireNonNull;

import io.sqlassist.schema.Catalog;
import io.sqlassist.schema.Column;
import io.sqlassist.schema.SchemaProvider;
import io.sqlassist.schema.TableSchema;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.glue.GlueClient;
import software.amazon.awssdk.services.glue.model.EntityNotFoundException;
import software.amazon.awssdk.services.glue.model.GetTablesResponse;
import software.amazon.awssdk.services.glue.model.GlueException;
import software.amazon.awssdk.services.glue.model.StorageDescriptor;
import software.amazon.awssdk.services.glue.model.Table;
import software.amazon.awssdk.services.glue.model.TableIdentifier;

/**
 * Table schemas from the AWS Glue Data Catalog, read with {@code GetTables} (every page) and cached per
 * database.
 *
 * <p>Glue declares no primary or foreign keys, so every {@link TableSchema} has empty key lists; the
 * {@link io.sqlassist.schema.TableSelector} links tables one hop apart through shared key-like column names
 * ({@code orders.customer_id} ↔ {@code customers.customer_id} or {@code customers.id}) instead.
 *
 * <p>Partition keys follow the regular columns, marked {@link Column#partition()}. Views
 * ({@code VIRTUAL_VIEW}) are kept: Athena queries them like tables and curated views are often what analysts
 * are meant to use. Tables off the allowlist are dropped before anything else sees them.
 *
 * <p>Caching: a database is read again once {@link GlueCatalogSettings#cacheTtl()} has passed. If that read
 * fails the stale catalog is served, a warning is logged, and the read is tried again after
 * {@link #retryAfterFailure()} rather than on every call. The first read of a database that fails throws.
 * Throttling and 5xx answers are retried inside the SDK (see {@link io.sqlassist.aws.AwsClients#glue}).
 */
public final class GlueSchemaProvider implements SchemaProvider {
    private static final Logger LOG = LoggerFactory.getLogger(GlueSchemaProvider.class);
    private static final Duration MAX_RETRY_AFTER_FAILURE = Duration.ofMinutes(1);

    private final GlueClient glue;
    private final GlueCatalogSettings settings;
    private final Clock clock;
    private final Map<String, CachedCatalog> cache = new ConcurrentHashMap<>();
    private final Map<String, Object> locks = new ConcurrentHashMap<>();

    public GlueSchemaProvider(GlueClient glue, GlueCatalogSettings settings, Clock clock) {
        this.glue = requireNonNull(glue, "glue is null");
        this.settings = requireNonNull(settings, "settings is null");
        this.clock = requireNonNull(clock, "clock is null");
    }

    /**
     * @throws IllegalArgumentException if the database is not allowlisted
     * @throws GlueCatalogException     if the database has never been read and reading it fails
     */
    @Override
    public Catalog load(String database) {
        String db = database == null ? settings.defaultDatabase() : database.trim().toLowerCase(Locale.ROOT);
        if (!settings.allowsDatabase(db)) {
            throw new IllegalArgumentException("Glue database '" + db + "' is not allowlisted; allowed: "
                    + settings.databases().stream().sorted().toList());
        }
        CachedCatalog cached = cache.get(db);
        if (cached != null && clock.instant().isBefore(cached.nextRead())) {
            return cached.catalog();
        }
        // One reader per database: concurrent callers wait for it instead of all calling Glue.
        synchronized (locks.computeIfAbsent(db, k -> new Object())) {
            cached = cache.get(db);
            Instant now = clock.instant();
            if (cached != null && now.isBefore(cached.nextRead())) {
                return cached.catalog();
            }
            try {
                Catalog fresh = read(db);
                cache.put(db, new CachedCatalog(fresh, now.plus(settings.cacheTtl())));
                return fresh;
            } catch (GlueCatalogException e) {
                if (cached == null) {
                    throw e;
                }
                LOG.warn("Refreshing Glue database '{}' failed; serving the catalog read before: {}",
                        db, e.getMessage());
                cache.put(db, new CachedCatalog(cached.catalog(), now.plus(retryAfterFailure())));
                return cached.catalog();
            }
        }
    }

    /** How long a stale catalog is served after a failed refresh before Glue is asked again. */
    public Duration retryAfterFailure() {
        Duration ttl = settings.cacheTtl();
        return ttl.compareTo(MAX_RETRY_AFTER_FAILURE) < 0 ? ttl : MAX_RETRY_AFTER_FAILURE;
    }

    private Catalog read(String db) {
        List<TableSchema> tables = new ArrayList<>();
        try {
            // The paginator follows NextToken; GetTables declares no result key, so pages are flattened here.
            for (GetTablesResponse page : glue.getTablesPaginator(r -> r.databaseName(db))) {
                for (Table table : page.tableList()) {
                    if (settings.allowsTable(db, table.name())) {
                        tables.add(toSchema(db, resolveLink(table)));
                    }
                }
            }
        } catch (EntityNotFoundException e) {
            throw new GlueCatalogException("Glue database '" + db + "' does not exist: " + errorMessage(e), e);
        } catch (GlueException e) {
            throw new GlueCatalogException("Glue GetTables for database '" + db + "' failed with "
                    + e.awsErrorDetails().errorCode() + " (HTTP " + e.statusCode() + "): " + errorMessage(e), e);
        } catch (SdkException e) {
            throw new GlueCatalogException("Glue GetTables for database '" + db + "' failed: " + e.getMessage(), e);
        }
        return new Catalog("awsdatacatalog", tables);
    }

    /**
     * A resource link (Lake Formation sharing, often across accounts) is queried by its own name but has no columns
     * of its own: they are the target table's, read with GetTable in the target's catalog. A link that cannot be
     * followed keeps no columns, and says why in its comment.
     */
    private Table resolveLink(Table table) {
        TableIdentifier target = table.targetTable();
        boolean hasColumns = table.storageDescriptor() != null && !table.storageDescriptor().columns().isEmpty();
        if (target == null || hasColumns) {
            return table;
        }
        try {
            Table shared = glue.getTable(r -> r.catalogId(target.catalogId()).databaseName(target.databaseName())
                    .name(target.name())).table();
            return shared.toBuilder().name(table.name()).databaseName(table.databaseName())
                    .description(table.description() != null ? table.description() : shared.description()).build();
        } catch (SdkException e) {
            LOG.warn("Glue resource link {}.{} -> {}:{}.{} could not be followed: {}", table.databaseName(),
                    table.name(), target.catalogId(), target.databaseName(), target.name(), e.getMessage());
            return table.toBuilder().description("resource link whose target table could not be read").build();
        }
    }

    static TableSchema toSchema(String db, Table table) {
        List<Column> columns = new ArrayList<>();
        StorageDescriptor sd = table.storageDescriptor();
        if (sd != null) {
            // An Iceberg table keeps dropped columns in Glue, marked not current: they no longer exist to query.
            sd.columns().stream().filter(c -> !"false".equalsIgnoreCase(c.parameters().get("iceberg.field.current")))
                    .forEach(c -> columns.add(toColumn(c, false)));
        }
        table.partitionKeys().forEach(c -> columns.add(toColumn(c, true)));
        String comment = blankToNull(table.description());
        if (comment == null) {
            comment = blankToNull(table.parameters().get("comment"));
        }
        String database = table.databaseName() != null ? table.databaseName() : db;
        return new TableSchema(database, table.name(), comment, columns, List.of(), List.of());
    }

    private static Column toColumn(software.amazon.awssdk.services.glue.model.Column c, boolean partition) {
        String type = c.type() == null || c.type().isBlank() ? "UNKNOWN" : c.type().toUpperCase(Locale.ROOT);
        return new Column(c.name(), type, blankToNull(c.comment()), partition);
    }

    private static String errorMessage(GlueException e) {
        return e.awsErrorDetails() != null && e.awsErrorDetails().errorMessage() != null
                ? e.awsErrorDetails().errorMessage() : e.getMessage();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private record CachedCatalog(Catalog catalog, Instant nextRead) {
    }
}
