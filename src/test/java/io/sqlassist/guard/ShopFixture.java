package io.sqlassist.guard;

import io.sqlassist.guard.SqlCorpus.SqlCase;
import io.sqlassist.schema.Catalog;
import io.sqlassist.schema.JdbcCatalogReader;
import io.sqlassist.schema.TableSchema;
import io.sqlassist.testing.Engines;
import io.sqlassist.testing.TestStack;
import io.sqlassist.warehouse.Warehouse;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The sample shop as the corpora see it: on DuckDB (schema main, the warehouse file's catalog, dry runs on the
 * read-only sample) and on Athena (database sales in AwsDataCatalog), with the customer and supplier e-mail
 * addresses restricted.
 */
final class ShopFixture {
    static final CatalogPolicy POLICY = new CatalogPolicy(Set.of(), Set.of(), Set.of(),
            Set.of("customers.email", "suppliers.contact_email"));
    static final int MAX_ROWS = 1000;

    private static Warehouse warehouse;
    private static Catalog duckdbCatalog;

    private ShopFixture() {
    }

    static synchronized Warehouse warehouse() throws Exception {
        if (warehouse == null) {
            warehouse = Engines.open("jdbc:duckdb:" + TestStack.sampleWarehouse());
            try (Connection connection = warehouse.connect()) {
                duckdbCatalog = JdbcCatalogReader.read(connection, null);
            }
        }
        return warehouse;
    }

    static Catalog duckdbCatalog() throws Exception {
        warehouse();
        return duckdbCatalog;
    }

    /** The same tables as Glue would describe them on Athena. */
    static Catalog athenaCatalog() throws Exception {
        List<TableSchema> tables = duckdbCatalog().tables().stream().map(t -> new TableSchema("sales", t.name(),
                t.comment(), t.columns(), t.primaryKey(), t.foreignKeys())).toList();
        return new Catalog("awsdatacatalog", tables);
    }

    /** DuckDB: both parsers, the function rules, the catalog, the limit, and EXPLAIN on the sample warehouse. */
    static CandidateValidator duckdb() throws Exception {
        Warehouse shop = warehouse();
        return new CandidateValidator(Engines.duckDbGuard(), POLICY, new LimitEnforcer(),
                new JdbcDryRun(shop::connect, Engines.duckDbParser(), Engines.DRY_RUN), MAX_ROWS);
    }

    /** Athena: Trino's reading with DuckDB's as a tripwire, the catalog and the limit; no engine to dry-run on. */
    static CandidateValidator athena() {
        return new CandidateValidator(new ReadOnlyGuard(SqlEngine.ATHENA, Engines.duckDbParser()), POLICY,
                new LimitEnforcer(), null, MAX_ROWS);
    }

    /** Every harmful statement: the attack corpora by class, the generated large ones, and the first corpus. */
    static Stream<SqlCase> attacks(Path canary) {
        List<SqlCase> cases = new ArrayList<>();
        for (String file : List.of("lexer", "writes", "functions", "names", "restricted", "cost")) {
            cases.addAll(SqlCorpus.load("/guard/attacks/" + file + ".sql"));
        }
        cases.addAll(LargeAttacks.all());
        cases.addAll(SqlCorpus.load("/guard/harmful.sql"));
        return cases.stream().map(c -> new SqlCase(c.name(), c.sql().replace("${CANARY}", canary.toString())));
    }
}
