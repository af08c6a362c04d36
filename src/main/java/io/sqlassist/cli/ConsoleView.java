package io.sqlassist.cli;

import com.github.difflib.DiffUtils;
import com.github.difflib.UnifiedDiffUtils;
import io.sqlassist.wire.ApprovalRequest;
import io.sqlassist.wire.Attempt;
import io.sqlassist.wire.PendingThread;
import io.sqlassist.wire.Result;
import io.sqlassist.wire.ResultStatus;
import java.io.PrintWriter;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/** How requests, threads and results look on a terminal. */
final class ConsoleView {
    private final PrintWriter out;

    ConsoleView(PrintWriter out) {
        this.out = out;
    }

    void request(ApprovalRequest request) {
        out.printf("%nThread %s, attempt %d — asked by %s%n", request.threadId(), request.attempt(), request.requestedBy());
        out.printf("Question: %s%n", request.question());
        if (request.hasSql()) {
            out.printf("%nSQL (confidence %s):%n%s%n%n", request.confidence(), indent(request.sql()));
        } else {
            out.printf("%nNo SQL.%n");
        }
        out.printf("%s%n", request.explanation());
        out.flush();
    }

    void thread(PendingThread thread, Instant now) {
        request(thread.request());
        out.printf("Pending for %s. sql_sha256 %s%n", age(thread.askedAt(), now), thread.request().sqlSha256());
        for (Attempt attempt : thread.earlierAttempts()) {
            out.printf("%nEarlier attempt %d:%n%s%nFeedback: %s%n", attempt.number(),
                    attempt.sql() == null ? "    (no SQL)" : indent(attempt.sql()), attempt.feedback());
        }
        if (!thread.earlierAttempts().isEmpty()) {
            Attempt previous = thread.earlierAttempts().get(thread.earlierAttempts().size() - 1);
            out.printf("%nChanges from attempt %d to attempt %d:%n%s", previous.number(), thread.request().attempt(),
                    diff(previous, thread.request()));
        }
        out.flush();
    }

    static String diff(Attempt previous, ApprovalRequest current) {
        List<String> before = previous.sql() == null ? List.of() : previous.sql().lines().toList();
        List<String> after = current.sql() == null ? List.of() : current.sql().lines().toList();
        List<String> unified = UnifiedDiffUtils.generateUnifiedDiff("attempt " + previous.number(),
                "attempt " + current.attempt(), before, DiffUtils.diff(before, after), 3);
        return unified.isEmpty() ? "    (same SQL)\n" : String.join("\n", unified) + "\n";
    }

    void result(Result result) {
        out.printf("%nResult for thread %s: %s%n", result.threadId(), result.status());
        if (result.status() == ResultStatus.succeeded) {
            out.print(TableFormatter.format(result.columns(), result.rows()));
            long more = result.rowCount() - result.rows().size();
            out.printf("%d row%s%s%n", result.rowCount(), result.rowCount() == 1 ? "" : "s",
                    more > 0 ? " (" + more + " more not shown)" : "");
            out.printf("Full result: %s%n", result.location());
            if (result.chart() != null) {
                out.printf(result.chart().location() != null ? "Chart (%s): %s%n" : "No chart: %3$s%n",
                        result.chart().type(), result.chart().location(), result.chart().note());
            }
        }
        if (result.message() != null) {
            out.printf("%s%n", result.message());
        }
        out.flush();
    }

    static String age(Instant since, Instant now) {
        Duration d = Duration.between(since, now);
        if (d.toDays() > 0) {
            return d.toDays() + "d" + d.toHoursPart() + "h";
        }
        if (d.toHours() > 0) {
            return d.toHours() + "h" + d.toMinutesPart() + "m";
        }
        return d.toMinutes() > 0 ? d.toMinutes() + "m" : d.toSeconds() + "s";
    }

    private static String indent(String sql) {
        return "    " + sql.replace("\n", "\n    ");
    }
}
