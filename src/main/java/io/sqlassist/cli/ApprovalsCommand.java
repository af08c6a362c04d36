package io.sqlassist.cli;

import com.fasterxml.jackson.databind.JsonNode;
import io.sqlassist.audit.AuditEntry;
import io.sqlassist.audit.AuditTrail;
import io.sqlassist.wire.Decision;
import io.sqlassist.wire.DecisionAction;
import io.sqlassist.wire.Json;
import io.sqlassist.wire.PendingThread;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine;

/** {@code sqlassist approvals …}: the reviewer's tool. Reads pending threads from the store, sends decisions to the queue. */
@Command(name = "approvals", mixinStandardHelpOptions = true,
        description = "List, inspect and decide pending threads. THREAD may be a unique prefix of the id.")
final class ApprovalsCommand implements Runnable {
    private final SqlassistCli root;

    private ApprovalsCommand(SqlassistCli root) {
        this.root = root;
    }

    static CommandLine commandLine(SqlassistCli root) {
        ApprovalsCommand parent = new ApprovalsCommand(root);
        return new CommandLine(parent)
                .addSubcommand(new ListPending(root))
                .addSubcommand(new ShowPending(root))
                .addSubcommand("approve", decide(root, DecisionAction.approve, "Approves the pending SQL of THREAD: it runs."))
                .addSubcommand("refine", decide(root, DecisionAction.refine,
                        "Asks for a new attempt on THREAD; --feedback says what to change."))
                .addSubcommand("reject", decide(root, DecisionAction.reject, "Rejects THREAD: nothing runs, the thread closes."))
                .addSubcommand(new DecideFromFile(root));
    }

    private static CommandLine decide(SqlassistCli root, DecisionAction action, String description) {
        CommandLine command = new CommandLine(new Decide(root, action));
        command.getCommandSpec().usageMessage().description(description);
        return command;
    }

    @Override
    public void run() {
        throw new CommandLine.ParameterException(new CommandLine(this), "name a subcommand; see --help");
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "Threads waiting for a decision, oldest first.")
    static final class ListPending implements Callable<Integer> {
        private final SqlassistCli root;

        @Option(names = "--json", description = "Print JSON instead of a table.")
        boolean json;

        ListPending(SqlassistCli root) {
            this.root = root;
        }

        @Override
        public Integer call() throws Exception {
            try (ClientSession session = ClientSession.open(root)) {
                List<PendingThread> threads = session.pendingThreads().list();
                if (json) {
                    root.out.println(Json.pretty(threads));
                } else if (threads.isEmpty()) {
                    root.out.println("No pending threads.");
                } else {
                    Instant now = Instant.now();
                    List<List<Object>> rows = new ArrayList<>();
                    for (PendingThread t : threads) {
                        rows.add(List.of(t.question().threadId(), t.request().attempt(),
                                ConsoleView.age(t.askedAt(), now), t.question().requestedBy(), validation(t),
                                t.question().question()));
                    }
                    root.out.print(TableFormatter.format(List.of("thread", "attempt", "age", "requested_by", "validation",
                            "question"), rows));
                }
                return 0;
            }
        }
    }

    private static String validation(PendingThread thread) {
        var validation = thread.request().validation();
        return validation == null ? "-" : validation.status() + (validation.generationAttempts() > 1
                ? " (" + validation.generationAttempts() + " tries)" : "");
    }

    @Command(name = "show", mixinStandardHelpOptions = true, description = "A pending thread: question, SQL, earlier attempts.")
    static final class ShowPending implements Callable<Integer> {
        private final SqlassistCli root;

        @Parameters(index = "0", paramLabel = "THREAD")
        String thread;

        @Option(names = "--json", description = "Print JSON.")
        boolean json;

        ShowPending(SqlassistCli root) {
            this.root = root;
        }

        @Override
        public Integer call() throws Exception {
            try (ClientSession session = ClientSession.open(root)) {
                PendingThread pending = session.findPending(thread);
                if (json) {
                    root.out.println(Json.pretty(pending));
                } else {
                    new ConsoleView(root.out).thread(pending, Instant.now());
                }
                return 0;
            }
        }
    }

    /** approve, refine and reject: the same decision with a different action. */
    @Command(mixinStandardHelpOptions = true)
    static final class Decide implements Callable<Integer> {
        private final SqlassistCli root;
        private final DecisionAction action;

        @Parameters(index = "0", paramLabel = "THREAD")
        String thread;

        @Option(names = "--feedback", paramLabel = "TEXT", description = "What should change (required for refine).")
        String feedback;

        @Option(names = "--as", paramLabel = "NAME", description = "Who decides (default: SQLASSIST_USER or the login name).")
        String approver;

        @Option(names = "--wait", paramLabel = "SECONDS", defaultValue = "10",
                description = "How long to wait for the service to accept or refuse the decision (default: ${DEFAULT-VALUE}; 0: don't).")
        int waitSeconds;

        Decide(SqlassistCli root, DecisionAction action) {
            this.root = root;
            this.action = action;
        }

        @Override
        public Integer call() throws Exception {
            if (action == DecisionAction.refine && (feedback == null || feedback.isBlank())) {
                throw new CommandLine.ParameterException(new CommandLine(this), "refine needs --feedback TEXT");
            }
            try (ClientSession session = ClientSession.open(root)) {
                PendingThread pending = session.findPending(thread);
                return send(root, session, new Decision(Decision.SCHEMA_VERSION, pending.question().threadId(), action,
                        feedback, Identity.current(approver), pending.request().sqlSha256()), waitSeconds);
            }
        }
    }

    @Command(name = "decide", mixinStandardHelpOptions = true,
            description = "Sends the decision in an approval file: {\"thread_id\": \"…\", \"action\": \"approve|refine|reject\", "
                    + "\"feedback\": null}. The SQL it approves is the one pending now; its hash is added.")
    static final class DecideFromFile implements Callable<Integer> {
        private final SqlassistCli root;

        @Option(names = "--file", required = true, paramLabel = "FILE", description = "The approval.json file.")
        Path file;

        @Option(names = "--as", paramLabel = "NAME", description = "Who decides, when the file does not say.")
        String approver;

        @Option(names = "--wait", paramLabel = "SECONDS", defaultValue = "10",
                description = "How long to wait for the service to accept or refuse the decision (default: ${DEFAULT-VALUE}; 0: don't).")
        int waitSeconds;

        DecideFromFile(SqlassistCli root) {
            this.root = root;
        }

        @Override
        public Integer call() throws Exception {
            JsonNode node = Json.MAPPER.readTree(Files.readString(file));
            Decision fromFile = Json.read(node.toString(), Decision.class);
            if (fromFile.threadId() == null || fromFile.action() == null) {
                throw new IllegalArgumentException(file + " needs \"thread_id\" and \"action\"");
            }
            try (ClientSession session = ClientSession.open(root)) {
                PendingThread pending = session.findPending(fromFile.threadId());
                new ConsoleView(root.out).request(pending.request());
                String who = fromFile.approver() != null ? fromFile.approver() : Identity.current(approver);
                return send(root, session, new Decision(Decision.SCHEMA_VERSION, pending.question().threadId(),
                        fromFile.action(), fromFile.feedback(), who, pending.request().sqlSha256()), waitSeconds);
            }
        }
    }

    /**
     * Sends the decision, then waits a little for the service to record what it made of it, so that the approver hears
     * at once when a decision is refused.
     *
     * @return 0 when accepted (or not yet answered), 1 when refused
     */
    private static int send(SqlassistCli root, ClientSession session, Decision decision, int waitSeconds)
            throws Exception {
        Instant sentAt = Instant.now().minusSeconds(1);
        session.queues().send(session.queueNames().approvalResponse(), Json.write(decision));
        root.out.printf("Sent %s for thread %s (sql_sha256 %s) as %s.%n", decision.action(), decision.threadId(),
                decision.sqlSha256(), decision.approver());
        root.out.flush();
        Optional<AuditEntry> outcome = awaitOutcome(session, decision, sentAt, waitSeconds);
        if (outcome.isEmpty()) {
            if (waitSeconds > 0) {
                root.out.printf("No answer from the service within %d s; it will process the decision when it runs.%n",
                        waitSeconds);
            }
            return 0;
        }
        String result = outcome.get().outcome();
        root.out.printf("%s%n", result.startsWith("refused") ? "Refused: " + result.substring("refused: ".length())
                : "Accepted.");
        if (result.contains("four-eyes rule")) {
            root.out.printf("You decided as %s (--as NAME, or your login name). Another approver decides with"
                    + " --as THEIR_NAME, on their own machine.%n", decision.approver());
        }
        root.out.flush();
        return outcome.get().outcome().startsWith("refused") ? 1 : 0;
    }

    private static Optional<AuditEntry> awaitOutcome(ClientSession session, Decision decision, Instant sentAt,
                                                     int waitSeconds) throws Exception {
        AuditTrail audit = new AuditTrail(session.pendingDataSource());
        Instant deadline = Instant.now().plusSeconds(waitSeconds);
        while (Instant.now().isBefore(deadline)) {
            Optional<AuditEntry> entry = audit.read(decision.threadId(), sentAt).stream()
                    .filter(e -> e.action().equals(decision.action().name()))
                    .filter(e -> Objects.equals(e.actor(), decision.approver()))
                    .filter(e -> e.outcome() != null && (e.outcome().equals("accepted") || e.outcome().startsWith("refused")))
                    .findFirst();
            if (entry.isPresent()) {
                return entry;
            }
            Thread.sleep(100);
        }
        return Optional.empty();
    }
}
