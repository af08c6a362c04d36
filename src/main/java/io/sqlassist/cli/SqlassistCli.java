package io.sqlassist.cli;

import io.sqlassist.eval.EvalCommand;
import io.sqlassist.eval.GeneratorFactory;
import io.sqlassist.service.Profiles;
import io.sqlassist.service.CapabilitySettings;
import io.sqlassist.service.Settings;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/** The {@code sqlassist} command: the service and every tool around it, in one jar. */
@Command(name = "sqlassist", mixinStandardHelpOptions = true, version = "sqlassist 0.1.0",
        description = "Governed natural-language to SQL: nothing runs that a human has not approved.",
        footer = {"", "Profiles: local (default; everything on this machine) and the ones in config/.",
                "Environment: SQLASSIST_PROFILE, SQLASSIST_DATA_DIR, SQLASSIST_CONFIG (extra properties file)."})
public final class SqlassistCli implements Runnable {
    @Option(names = "--profile", scope = ScopeType.INHERIT, paramLabel = "NAME",
            defaultValue = "${env:SQLASSIST_PROFILE:-" + Profiles.DEFAULT + "}",
            description = "Configuration profile (default: ${DEFAULT-VALUE}).")
    String profile;

    final PrintWriter out;
    final BufferedReader in;
    /** Properties that win over the profile's files (tests point commands at their own stack with these). */
    final Map<String, String> overrides;

    SqlassistCli(PrintWriter out, BufferedReader in, Map<String, String> overrides) {
        this.out = out;
        this.in = in;
        this.overrides = Map.copyOf(overrides);
    }

    @Override
    public void run() {
        throw new CommandLine.ParameterException(new CommandLine(this), "name a command; see --help");
    }

    /** The command line with every subcommand registered; output goes to {@code out}, answers come from {@code in}. */
    public static CommandLine commandLine(PrintWriter out, PrintWriter err, BufferedReader in) {
        return commandLine(out, err, in, Map.of());
    }

    static CommandLine commandLine(PrintWriter out, PrintWriter err, BufferedReader in, Map<String, String> overrides) {
        SqlassistCli root = new SqlassistCli(out, in, overrides);
        CommandLine cli = new CommandLine(root)
                .addSubcommand(new ServeCommand(root))
                .addSubcommand(new DemoCommand(root))
                .addSubcommand(new AskCommand(root))
                .addSubcommand(ApprovalsCommand.commandLine(root))
                .addSubcommand(new AuditCommand(root))
                .addSubcommand(new ChartCommand(root))
                .addSubcommand(new DoctorCommand(root))
                .addSubcommand(new EvalCommand(out, GeneratorFactory.offline(), () -> {
                    java.util.Properties properties = new java.util.Properties();
                    properties.putAll(root.overrides);
                    return CapabilitySettings.engineLimits(Settings.load(root.profile, properties));
                }))
                .addSubcommand(SqlCommand.commandLine(root, out));
        cli.setOut(out);
        cli.setErr(err);
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            commandLine.getErr().println("error: " + (e.getMessage() == null ? e.toString() : e.getMessage()));
            commandLine.getErr().flush();
            return 1;
        });
        return cli;
    }

    /** The subcommand named on the command line, read before picocli (and logging) start: `--profile aws serve`. */
    static String subcommand(String[] args) {
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--profile")) {
                i++;
            } else if (!args[i].startsWith("-")) {
                return args[i];
            }
        }
        return null;
    }

    public static void main(String[] args) {
        if (System.getProperty("sqlassist.log.level") == null) {
            System.setProperty("sqlassist.log.level", "serve".equals(subcommand(args)) ? "INFO" : "WARN");
        }
        PrintWriter out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
        PrintWriter err = new PrintWriter(System.err, true, StandardCharsets.UTF_8);
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        int exitCode = commandLine(out, err, in).execute(args);
        out.flush();
        System.exit(exitCode);
    }
}
