package io.sqlassist.service;

import io.sqlassist.aws.AwsClients;
import io.sqlassist.execute.JdbcQueryEngine;
import io.sqlassist.execute.FolderResultPlace;
import io.sqlassist.execute.ResultPlace;
import io.sqlassist.execute.athena.AthenaExplain;
import io.sqlassist.execute.athena.AthenaQueryWatch;
import io.sqlassist.execute.athena.AthenaResultRows;
import io.sqlassist.execute.athena.AthenaSettings;
import io.sqlassist.execute.athena.AthenaWorkgroupCheck;
import io.sqlassist.execute.s3.S3ResultPlace;
import io.sqlassist.guard.DryRun;
import io.sqlassist.notify.PresignedResultLinks;
import io.sqlassist.notify.ResultLinks;
import io.sqlassist.guard.DryRunOutcome;
import io.sqlassist.guard.JdbcDryRun;
import io.sqlassist.guard.duckdb.DuckDbParser;
import io.sqlassist.warehouse.Warehouse;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import org.apache.camel.CamelContext;
import org.apache.camel.spi.Registry;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.athena.AthenaClient;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.presigner.S3Presigner;

/**
 * Where approved SQL runs (the local warehouse, or Athena), where full results go (a folder, or S3), and how SQL is
 * dry-run before review — chosen by configuration, so AWS is a configuration change, never a different route.
 */
final class ExecutionBackends {
    private final Settings settings;
    private final Warehouse warehouse;
    private final DuckDbParser duckdbParser;
    private final Closer closer;
    private final Clock clock;
    private AthenaClient athena;
    private S3Client s3;

    /** @param duckdbParser DuckDB's parser, which gates every statement sent to the local warehouse */
    ExecutionBackends(Settings settings, Warehouse warehouse, DuckDbParser duckdbParser, Closer closer, Clock clock) {
        this.settings = settings;
        this.warehouse = warehouse;
        this.duckdbParser = duckdbParser;
        this.closer = closer;
        this.clock = clock;
    }

    boolean usesAthena() {
        return settings.get("sqlassist.engine").equals("athena");
    }

    /**
     * Binds what the warehouse's route uses: the Athena client, settings and steps (execute-on-athena.camel.yaml),
     * or the local warehouse's engine (execute-on-duckdb.camel.yaml); and the S3 client that Athena's result files
     * and the S3 result store's route share.
     */
    void bindEngine(CamelContext context) throws Exception {
        Registry registry = context.getRegistry();
        if (usesAthena() || resultsInS3()) {
            registry.bind("s3Client", s3());
        }
        if (!usesAthena()) {
            registry.bind("jdbcQueryEngine", new JdbcQueryEngine(requireWarehouse(), duckdbParser,
                    settings.getInt("sqlassist.query.timeout-seconds")));
            return;
        }
        AthenaSettings athenaSettings = CapabilitySettings.athena(settings);
        if (settings.getBoolean("sqlassist.athena.require-bytes-scanned-cutoff")) {
            AthenaWorkgroupCheck.requireBytesScannedCutoff(athena(), athenaSettings.workgroup());
        }
        registry.bind("athenaClient", athena());
        registry.bind("athenaSettings", athenaSettings);
        AthenaQueryWatch watch = new AthenaQueryWatch(athena(), athenaSettings, clock);
        registry.bind("athenaQueryWatch", watch);
        context.addService(watch, true); // stopped after the routes: it tells which queries were left running
        registry.bind("athenaResultRows", new AthenaResultRows());
    }

    DryRun dryRun() {
        if (usesAthena()) {
            AthenaExplain explain = new AthenaExplain(athena(), CapabilitySettings.athena(settings), clock);
            return sql -> explain.explainError(sql).map(DryRunOutcome::failed).orElse(DryRunOutcome.succeeded());
        }
        Warehouse local = requireWarehouse();
        return new JdbcDryRun(local::connect, duckdbParser, CapabilitySettings.dryRunLimits(settings));
    }

    /** Where full results go; the result store's route (routes/results-*.camel.yaml) writes them there. */
    ResultPlace resultPlace() {
        String store = settings.get("sqlassist.results.store");
        switch (store) {
            case "local":
                return new FolderResultPlace(Path.of(settings.get("sqlassist.results.dir")));
            case "s3":
                return new S3ResultPlace(settings.get("sqlassist.results.bucket"), settings.get("sqlassist.results.prefix"));
            default:
                throw new IllegalArgumentException("unknown sqlassist.results.store '" + store + "'; use local or s3");
        }
    }

    /**
     * What Chat cards link for results: presigned HTTPS links when sqlassist.results.link-minutes is above 0 and
     * results are in S3, else the S3 console's page (opened with the reader's own AWS access).
     */
    ResultLinks resultLinks() {
        int minutes = settings.getInt("sqlassist.results.link-minutes");
        if (minutes <= 0 || !resultsInS3()) {
            return ResultLinks.console();
        }
        S3Presigner presigner = closer.add(AwsClients.s3Presigner(region(),
                CapabilitySettings.endpoint(settings, "sqlassist.s3.endpoint"), AwsCredentials.of(settings)));
        return new PresignedResultLinks(presigner, Duration.ofMinutes(minutes));
    }

    boolean resultsInS3() {
        return settings.get("sqlassist.results.store").equals("s3");
    }

    private AthenaClient athena() {
        if (athena == null) {
            athena = closer.add(AwsClients.athena(region(), CapabilitySettings.endpoint(settings, "sqlassist.athena.endpoint"),
                    AwsCredentials.of(settings)));
        }
        return athena;
    }

    private S3Client s3() {
        if (s3 == null) {
            s3 = closer.add(AwsClients.s3(region(), CapabilitySettings.endpoint(settings, "sqlassist.s3.endpoint"),
                    AwsCredentials.of(settings)));
        }
        return s3;
    }

    private Region region() {
        return Region.of(settings.get("sqlassist.aws.region"));
    }

    private Warehouse requireWarehouse() {
        if (warehouse == null) {
            throw new IllegalArgumentException("sqlassist.engine=jdbc needs sqlassist.warehouse.url");
        }
        return warehouse;
    }
}
