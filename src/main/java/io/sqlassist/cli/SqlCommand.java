package io.sqlassist.cli;

import io.sqlassist.guard.JdbcDryRun;
import io.sqlassist.guard.SqlCheckCommand;
import io.sqlassist.schema.Catalog;
import io.sqlassist.schema.JdbcCatalogReader;
import io.sqlassist.service.ServiceWiring;
import io.sqlassist.service.Settings;
import io.sqlassist.warehouse.Warehouse;
import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Properties;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code sqlassist sql …}: tools for SQL written by hand, with the same checks generated SQL gets. */
@Command(name = "sql", mixinStandardHelpOptions = true, description = "Check SQL the way sqlassist checks it.")
final class SqlCommand implements Runnable {
    private SqlCommand() {
    }

    static CommandLine commandLine(SqlassistCli root, PrintWriter out) {
        Properties overrides = new Properties();
        overrides.putAll(root.overrides);
        // The profile is known only once the command line is parsed, so the policy is read when the check runs.
        SqlCheckCommand check = new SqlCheckCommand(out, SqlCommand::catalogOf,
                () -> ServiceWiring.catalogPolicy(Settings.load(root.profile, overrides)), SqlCommand::dryRunOn, System.in);
        return new CommandLine(new SqlCommand()).addSubcommand(SqlCheckCommand.commandLine(check));
    }

    @Override
    public void run() {
        throw new CommandLine.ParameterException(new CommandLine(this), "name a subcommand; see --help");
    }

    /** Warehouses are opened read-only, so a check never conflicts with a running service. */
    private static Catalog catalogOf(String jdbcUrl) {
        try (Warehouse warehouse = Warehouse.open(jdbcUrl); Connection connection = warehouse.connect()) {
            return JdbcCatalogReader.read(connection, null);
        } catch (SQLException e) {
            throw new IllegalArgumentException("cannot read the catalog at " + jdbcUrl + ": " + e.getMessage(), e);
        }
    }

    private static JdbcDryRun dryRunOn(String jdbcUrl) {
        return new JdbcDryRun(() -> {
            try {
                return Warehouse.open(jdbcUrl).connect();
            } catch (SQLException e) {
                throw new IllegalStateException("cannot reach " + jdbcUrl + ": " + e.getMessage(), e);
            }
        });
    }
}
