package io.sqlassist.cli;

import io.sqlassist.guard.SqlCheckCommand;
import io.sqlassist.guard.SqlCheckSettings;
import io.sqlassist.service.CapabilitySettings;
import io.sqlassist.service.Settings;
import java.io.PrintWriter;
import java.util.Properties;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code sqlassist sql …}: tools for SQL written by hand, with the same checks generated SQL gets. */
@Command(name = "sql", mixinStandardHelpOptions = true, description = "Check SQL the way sqlassist checks it.")
final class SqlCommand implements Runnable {
    private SqlCommand() {
    }

    static CommandLine commandLine(SqlassistCli root, PrintWriter out) {
        // The profile is known only once the command line is parsed, so the settings are read when the check runs.
        SqlCheckCommand check = new SqlCheckCommand(out, () -> {
            Properties overrides = new Properties();
            overrides.putAll(root.overrides);
            Settings settings = Settings.load(root.profile, overrides);
            return new SqlCheckSettings(CapabilitySettings.catalogPolicy(settings), CapabilitySettings.sqlEngine(settings),
                    CapabilitySettings.engineLimits(settings), CapabilitySettings.dryRunLimits(settings),
                    settings.getInt("sqlassist.validation.default-limit"));
        }, System.in);
        return new CommandLine(new SqlCommand()).addSubcommand(SqlCheckCommand.commandLine(check));
    }

    @Override
    public void run() {
        throw new CommandLine.ParameterException(new CommandLine(this), "name a subcommand; see --help");
    }
}
