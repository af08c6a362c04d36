package io.sqlassist.notify;

import java.util.List;
import java.util.Objects;

/**
 * What the approval card shows of a request's validation; mirrors the coming
 * {@code ValidationSummary(String status, int generationAttempts, List<String> reasons, List<String> notes)}.
 */
record ValidationView(String status, int generationAttempts, List<String> reasons, List<String> notes) {
    ValidationView {
        reasons = reasons == null ? List.of() : reasons.stream().filter(Objects::nonNull).toList();
        notes = notes == null ? List.of() : notes.stream().filter(Objects::nonNull).toList();
    }
}
