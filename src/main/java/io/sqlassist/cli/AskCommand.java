package io.sqlassist.cli;

import io.sqlassist.wire.ChartType;
import io.sqlassist.wire.InvalidMessageException;
import io.sqlassist.wire.Question;
import io.sqlassist.wire.Result;
import io.sqlassist.wire.ResultStatus;
import io.sqlassist.wire.ThreadIds;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "ask", mixinStandardHelpOptions = true,
        description = "Puts a question on the inbox of a running service (`serve`), and with --wait waits for the result.")
final class AskCommand implements Callable<Integer> {
    private final SqlassistCli root;

    @Parameters(index = "0", paramLabel = "QUESTION", description = "The question, in plain words.")
    String question;

    @Option(names = "--wait", description = "Wait for the result and print it.")
    boolean await;

    @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "3600",
            description = "With --wait: how long to wait (default: ${DEFAULT-VALUE}).")
    int timeoutSeconds;

    @Option(names = "--as", paramLabel = "NAME", description = "Who asks (default: SQLASSIST_USER or the login name).")
    String requester;

    @Option(names = "--database", paramLabel = "NAME", description = "Database to answer from (default: configured).")
    String database;

    @Option(names = "--max-rows", paramLabel = "N", description = "Most rows wanted back.")
    Integer maxRows;

    @Option(names = "--chart", paramLabel = "TYPE", description = "Chart type wanted: line, bar or pie "
            + "(default: chosen from the shape of the result).")
    ChartType chart;

    AskCommand(SqlassistCli root) {
        this.root = root;
    }

    @Override
    public Integer call() {
        String threadId = ThreadIds.next();
        try (ClientSession session = ClientSession.open(root)) {
            Question asked;
            try {
                asked = session.intake().validate(new Question(Question.SCHEMA_VERSION, threadId, question,
                        Identity.current(requester), database, maxRows, chart));
            } catch (InvalidMessageException e) {
                root.out.println("Not asked: " + e.getMessage());
                root.out.flush();
                return 2;
            }
            Conversation conversation = new Conversation(session.queues(), session.queueNames(), threadId);
            conversation.ask(asked);
            root.out.printf("Asked as thread %s; a reviewer must approve the SQL before it runs.%n", threadId);
            root.out.flush();
            if (!await) {
                return 0;
            }
            Optional<Result> result = conversation.result(Duration.ofSeconds(timeoutSeconds));
            if (result.isEmpty()) {
                root.out.printf("No result within %d s; the thread is still open.%n", timeoutSeconds);
                return 1;
            }
            new ConsoleView(root.out).result(result.get());
            return result.get().status() == ResultStatus.succeeded ? 0 : 1;
        }
    }
}
