package io.sqlassist.cli;

import io.sqlassist.audit.AuditEntry;
import io.sqlassist.audit.AuditTrail;
import io.sqlassist.wire.Json;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "audit", mixinStandardHelpOptions = true,
        description = "The audit trail: every request, decision (accepted or refused) and outcome, oldest first.")
final class AuditCommand implements Callable<Integer> {
    private final SqlassistCli root;

    @Option(names = "--thread", paramLabel = "THREAD",
            description = "Only this thread; a prefix of thread ids (as approvals take) shows every thread it starts.")
    String thread;

    @Option(names = "--since", paramLabel = "WHEN",
            description = "Only entries since WHEN: an ISO date or time (2026-11-01, 2026-11-01T08:00:00Z) or an age (90m, 24h, 7d).")
    String since;

    @Option(names = "--json", description = "Print JSON.")
    boolean json;

    AuditCommand(SqlassistCli root) {
        this.root = root;
    }

    @Override
    public Integer call() throws Exception {
        Instant from = since == null ? null : parseSince(since);
        try (ClientSession session = ClientSession.open(root)) {
            AuditTrail trail = new AuditTrail(session.pendingDataSource());
            List<AuditEntry> entries = thread == null ? trail.read(null, from) : trail.readThreadsStartingWith(thread, from);
            if (json) {
                root.out.println(Json.pretty(entries));
            } else if (entries.isEmpty()) {
                root.out.println("No audit entries.");
            } else {
                List<List<Object>> rows = new ArrayList<>();
                for (AuditEntry e : entries) {
                    rows.add(java.util.Arrays.asList(e.recordedAt().toString(), e.threadId(), e.attempt(), e.action(),
                            e.actor(), e.sqlSha256() == null ? null : e.sqlSha256().substring(0, 12), e.feedback(),
                            e.outcome()));
                }
                root.out.print(TableFormatter.format(List.of("time", "thread", "attempt", "action", "actor", "sql_sha256",
                        "feedback", "outcome"), rows));
            }
            root.out.flush();
            return 0;
        }
    }

    private Instant parseSince(String text) {
        String value = text.trim().toLowerCase(Locale.ROOT);
        try {
            if (value.matches("\\d+[mhd]")) {
                long amount = Long.parseLong(value.substring(0, value.length() - 1));
                Duration age = switch (value.charAt(value.length() - 1)) {
                    case 'm' -> Duration.ofMinutes(amount);
                    case 'h' -> Duration.ofHours(amount);
                    default -> Duration.ofDays(amount);
                };
                return Instant.now().minus(age);
            }
            return value.length() == 10 ? LocalDate.parse(value).atStartOfDay().toInstant(ZoneOffset.UTC)
                    : Instant.parse(text.trim());
        } catch (DateTimeParseException | NumberFormatException e) {
            throw new CommandLine.ParameterException(new CommandLine(this),
                    "--since takes an ISO date or time, or an age like 24h or 7d: " + text);
        }
    }
}
