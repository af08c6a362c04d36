package io.sqlassist.execute.athena;

import java.util.Locale;
import software.amazon.awssdk.services.athena.model.AthenaError;
import software.amazon.awssdk.services.athena.model.QueryExecutionState;
import software.amazon.awssdk.services.athena.model.QueryExecutionStatus;

/** Turns a FAILED or CANCELLED execution into a message a requester can act on. */
final class AthenaFailureMessages {
    private AthenaFailureMessages() {
    }

    static String describe(String id, QueryExecutionStatus status, Long scanned) {
        String reason = status.stateChangeReason() == null ? "no reason given" : status.stateChangeReason();
        StringBuilder message = new StringBuilder();
        if (isBytesScannedCap(reason)) {
            message.append("Athena cancelled query ").append(id)
                    .append(" because it reached the workgroup's per-query limit on data scanned");
            if (scanned != null) {
                message.append(" (").append(scanned).append(" bytes scanned)");
            }
            message.append(". Narrow it (partition filters, fewer columns, a smaller date range) and ask again."
                    + " Athena said: ").append(reason);
            return message.toString();
        }
        message.append("Athena query ").append(id).append(' ')
                .append(status.state() == QueryExecutionState.CANCELLED ? "was cancelled" : "failed")
                .append(": ").append(reason);
        AthenaError error = status.athenaError();
        if (error != null && (error.errorCategory() != null || error.errorType() != null)) {
            message.append(" (").append(category(error.errorCategory()));
            if (error.errorType() != null) {
                message.append(" error type ").append(error.errorType());
            }
            if (Boolean.TRUE.equals(error.retryable())) {
                message.append(", retryable");
            }
            message.append(')');
        }
        return message.toString();
    }

    static boolean isBytesScannedCap(String reason) {
        String text = reason.toLowerCase(Locale.ROOT);
        return text.contains("bytes scanned limit") || text.contains("data usage limit")
                || text.contains("bytesscannedcutoffperquery") || text.contains("scanned limit was exceeded");
    }

    private static String category(Integer code) {
        if (code == null) {
            return "error";
        }
        return switch (code) {
            case 1 -> "system error";
            case 2 -> "user error";
            default -> "other error";
        };
    }
}
