package io.sqlassist.cli;

import io.sqlassist.service.SqlassistService;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Runs the service until stopped (SIGTERM or Ctrl-C): reads questions and decisions from the "
                + "queues, writes approval requests and results. This is what the ECS task runs.",
                "In the local profile it also hosts the queues (ElasticMQ on 127.0.0.1:9324) for `ask` and `approvals`."})
final class ServeCommand implements Callable<Integer> {
    private final SqlassistCli root;

    ServeCommand(SqlassistCli root) {
        this.root = root;
    }

    @Override
    public Integer call() throws Exception {
        SqlassistService.runUntilStopped(root.profile, Map.of());
        return 0;
    }
}
