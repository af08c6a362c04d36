package io.sqlassist.service;

import io.sqlassist.approval.ApproverList;
import io.sqlassist.aws.AwsClients;
import io.sqlassist.guard.CatalogPolicy;
import io.sqlassist.guard.DryRunLimits;
import io.sqlassist.execute.athena.AthenaSettings;
import io.sqlassist.guard.SqlEngine;
import io.sqlassist.pending.PendingStoreSettings;
import io.sqlassist.sqs.QueueNames;
import io.sqlassist.sqs.QueueSettings;
import io.sqlassist.warehouse.EngineLimits;
import java.net.URI;
import java.time.Duration;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import software.amazon.awssdk.services.sqs.SqsClient;

/**
 * The typed settings of each capability, built from the profile in this one place, so that the service, the CLI
 * and doctor read a setting the same way. Every value comes from config/ ({@link Settings} has no defaults).
 */
public final class CapabilitySettings {
    private CapabilitySettings() {
    }

    /** The pending store: PostgreSQL when clustered, else an H2 file; and the aggregation repository's recovery. */
    public static PendingStoreSettings pendingStore(Settings settings) {
        return new PendingStoreSettings(settings.get("sqlassist.pending.url"),
                settings.optional("sqlassist.pending.user").orElse(null),
                settings.optional("sqlassist.pending.password").orElse(null),
                settings.get("sqlassist.pending.repository"),
                Duration.ofMillis(settings.getInt("sqlassist.pending.recovery-interval-ms")),
                Duration.ofMillis(settings.getInt("sqlassist.pending.recovery-lease-ms")),
                settings.getInt("sqlassist.pending.max-recoveries"),
                Duration.ofSeconds(settings.getInt("sqlassist.pending.credentials-check-seconds")));
    }

    /** An SQS client on the configured endpoint (blank: AWS's), with the profile's credentials. */
    public static SqsClient sqsClient(Settings settings) {
        return sqsClient(settings, settings.optional("sqlassist.sqs.endpoint").orElse(""));
    }

    /** An SQS client on {@code endpoint} (the embedded queues' own, say), with the profile's region and credentials. */
    public static SqsClient sqsClient(Settings settings, String endpoint) {
        return AwsClients.sqs(endpoint, settings.get("sqlassist.aws.region"),
                settings.getBoolean("sqlassist.sqs.static-credentials"));
    }

    /** Allowed catalogs and databases and restricted tables/columns (e.g. PII) from configuration. */
    public static CatalogPolicy catalogPolicy(Settings settings) {
        return new CatalogPolicy(names(settings.optional("sqlassist.validation.allowed-catalogs").orElse("")),
                names(settings.optional("sqlassist.validation.allowed-databases").orElse("")),
                names(settings.optional("sqlassist.validation.restricted-tables").orElse("")),
                names(settings.optional("sqlassist.validation.restricted-columns").orElse("")));
    }

    /** The engine approved SQL runs on: Athena, or the local DuckDB warehouse ({@code sqlassist.engine = jdbc}). */
    public static SqlEngine sqlEngine(Settings settings) {
        return SqlEngine.parse(settings.get("sqlassist.engine"));
    }

    /** What a DuckDB dry run allows: its deadline, and how much a join may multiply rows in the plan's estimates. */
    public static DryRunLimits dryRunLimits(Settings settings) {
        return new DryRunLimits(Duration.ofSeconds(settings.getInt("sqlassist.validation.dry-run-timeout-seconds")),
                Long.parseLong(settings.get("sqlassist.validation.dry-run-max-join-growth").trim()),
                Long.parseLong(settings.get("sqlassist.validation.dry-run-join-growth-floor-rows").trim()));
    }

    /** What the local DuckDB may use, whatever SQL reaches it. */
    public static EngineLimits engineLimits(Settings settings) {
        return new EngineLimits(settings.get("sqlassist.duckdb.memory-limit"), settings.getInt("sqlassist.duckdb.threads"),
                settings.get("sqlassist.duckdb.max-temp-directory-size"),
                settings.getInt("sqlassist.duckdb.max-expression-depth"));
    }

    /** Who may approve: names and group:NAME entries, each group's members from sqlassist.approval.group.NAME. */
    public static ApproverList approvers(Settings settings) {
        Set<String> entries = names(settings.optional("sqlassist.approval.approvers").orElse(""));
        Map<String, Set<String>> groups = new HashMap<>();
        for (String entry : entries) {
            if (entry.startsWith("group:")) {
                String group = entry.substring("group:".length());
                String key = "sqlassist.approval.group." + group;
                groups.put(group, names(settings.find(key).orElseThrow(() -> new IllegalStateException(
                        "sqlassist.approval.approvers names group:" + group + " but " + key + " is not set"))));
            }
        }
        return new ApproverList(entries, groups);
    }

    /** A comma-separated setting as its entries, in order, without blanks or repeats. */
    public static Set<String> names(String commaSeparated) {
        return Arrays.stream(commaSeparated.split(",")).map(String::trim).filter(s -> !s.isEmpty())
                .collect(Collectors.toCollection(LinkedHashSet::new));
    }

    /** Visibility timeouts and redrive as Terraform sets them on AWS, for the embedded queues. */
    public static QueueSettings queueSettings(Settings settings) {
        return new QueueSettings(settings.getInt("sqlassist.sqs.inbox-visibility-timeout-seconds"),
                settings.getInt("sqlassist.sqs.approval-response-visibility-timeout-seconds"),
                settings.getInt("sqlassist.sqs.notify-visibility-timeout-seconds"),
                settings.getInt("sqlassist.sqs.max-receive-count"));
    }

    /** The six queues, by name: SQS resolves their URLs. */
    public static QueueNames queueNames(Settings settings) {
        return new QueueNames(settings.get("sqlassist.queue.inbox"), settings.get("sqlassist.queue.inbox-dlq"),
                settings.get("sqlassist.queue.approval-request"), settings.get("sqlassist.queue.approval-response"),
                settings.get("sqlassist.queue.approval-response-dlq"), settings.get("sqlassist.queue.results"));
    }

    /** An endpoint override (a loopback fake, a VPC endpoint); null for the SDK's own. */
    public static URI endpoint(Settings settings, String key) {
        return settings.optional(key).map(URI::create).orElse(null);
    }

    /** Where and how queries run on Athena. */
    public static AthenaSettings athena(Settings settings) {
        String database = settings.optional("sqlassist.athena.database")
                .orElseGet(() -> settings.get("sqlassist.glue.databases").split(",")[0].trim());
        return new AthenaSettings(database, settings.get("sqlassist.athena.workgroup"), athenaOutputLocation(settings),
                Duration.ofMillis(settings.getInt("sqlassist.athena.poll-interval-ms")),
                Duration.ofSeconds(settings.getInt("sqlassist.query.timeout-seconds")));
    }

    /** Where Athena writes: as configured, else athena-output/ in the results bucket; blank when neither is set. */
    public static String athenaOutputLocation(Settings settings) {
        String bucket = settings.optional("sqlassist.results.bucket").orElse("");
        String output = settings.optional("sqlassist.athena.output-location").orElse("");
        return output.isBlank() && !bucket.isBlank() ? "s3://" + bucket + "/athena-output/" : output;
    }
}
