package io.sqlassist.cli;

import io.sqlassist.service.SqlassistService;
import io.sqlassist.sqs.QueueClient;
import io.sqlassist.sqs.QueueNames;
import io.sqlassist.wire.ApprovalRequest;
import io.sqlassist.wire.DecisionAction;
import io.sqlassist.wire.Question;
import io.sqlassist.wire.Result;
import io.sqlassist.wire.ResultStatus;
import io.sqlassist.wire.ThreadIds;
import java.io.IOException;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import software.amazon.awssdk.services.sqs.SqsClient;

@Command(name = "demo", mixinStandardHelpOptions = true,
        description = {"Runs the whole job in one process: starts the service, asks QUESTION, shows the SQL, asks you to "
                + "approve, refine or reject it, runs it and prints the result.",
                "It uses the same queues and routes as `serve`, on private ports, and keeps nothing pending when it ends."})
final class DemoCommand implements Callable<Integer> {
    private final SqlassistCli root;

    @Parameters(index = "0", paramLabel = "QUESTION", description = "The question, in plain words.")
    String question;

    @Option(names = "--approve", description = "Approve the first SQL without asking (for scripts).")
    boolean approve;

    @Option(names = "--as", paramLabel = "NAME", description = "Who approves (default: SQLASSIST_USER or the login name).")
    String approver;

    @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "120",
            description = "How long to wait for each step (default: ${DEFAULT-VALUE}).")
    int timeoutSeconds;

    DemoCommand(SqlassistCli root) {
        this.root = root;
    }

    @Override
    public Integer call() throws Exception {
        PrintWriter out = root.out;
        out.println("Starting sqlassist (" + root.profile + " profile)…");
        out.flush();
        try (SqlassistService service = SqlassistService.start(root.profile, privateStack(), Map.of())) {
            QueueClient queues = new QueueClient(service.bean("sqsClient", SqsClient.class));
            Conversation conversation = new Conversation(queues, service.bean("queueNames", QueueNames.class),
                    ThreadIds.next());
            return run(conversation, new ConsoleView(out), out);
        }
    }

    private int run(Conversation conversation, ConsoleView view, PrintWriter out) throws IOException {
        Duration timeout = Duration.ofSeconds(timeoutSeconds);
        conversation.ask(new Question(Question.SCHEMA_VERSION, null, question, Identity.current(null), null, null));
        while (true) {
            ApprovalRequest request = conversation.nextRequest(timeout)
                    .orElseThrow(() -> new IllegalStateException("no approval request within " + timeoutSeconds + " s"));
            view.request(request);
            if (!request.hasSql()) {
                break;
            }
            DecisionAction action = approve ? DecisionAction.approve : ask(out);
            if (action == null) {
                out.println("No decision (input closed): nothing was run.");
                return 1;
            }
            String feedback = action == DecisionAction.refine ? feedback(out) : null;
            if (action == DecisionAction.refine && feedback == null) {
                out.println("No feedback (input closed): nothing was run.");
                return 1;
            }
            conversation.decide(request, action, feedback, Identity.current(approver));
            if (action != DecisionAction.refine) {
                break;
            }
            out.println("Asking for a new attempt…");
        }
        Optional<Result> result = conversation.result(Duration.ofSeconds(timeoutSeconds));
        if (result.isEmpty()) {
            out.println("No result within " + timeoutSeconds + " s.");
            return 1;
        }
        view.result(result.get());
        return result.get().status() == ResultStatus.succeeded || result.get().status() == ResultStatus.rejected ? 0 : 1;
    }

    private DecisionAction ask(PrintWriter out) throws IOException {
        while (true) {
            out.print("Approve this SQL? [a]pprove / [r]efine / re[j]ect: ");
            out.flush();
            String answer = root.in.readLine();
            if (answer == null) {
                return null;
            }
            switch (answer.trim().toLowerCase(java.util.Locale.ROOT)) {
                case "a", "approve", "y", "yes" -> { return DecisionAction.approve; }
                case "r", "refine" -> { return DecisionAction.refine; }
                case "j", "reject", "n", "no" -> { return DecisionAction.reject; }
                default -> out.println("Please answer a, r or j.");
            }
        }
    }

    private String feedback(PrintWriter out) throws IOException {
        while (true) {
            out.print("What should change? ");
            out.flush();
            String answer = root.in.readLine();
            if (answer == null || !answer.isBlank()) {
                return answer == null ? null : answer.trim();
            }
        }
    }

    /** Queues on a free port and pending state in memory, so a demo never meets a running `serve`. */
    private Map<String, String> privateStack() {
        Map<String, String> properties = new java.util.HashMap<>();
        // One person at one terminal both asks and approves.
        properties.put("sqlassist.approval.four-eyes", "false");
        if (root.profile.equals("local")) {
            properties.put("sqlassist.sqs.port", "0");
            properties.put("sqlassist.sqs.message-store", "");
            properties.put("sqlassist.pending.url", "jdbc:h2:mem:demo-" + ThreadIds.next() + ";DB_CLOSE_DELAY=-1");
        }
        properties.putAll(root.overrides);
        return properties;
    }
}
