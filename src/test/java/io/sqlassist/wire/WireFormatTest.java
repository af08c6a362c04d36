package io.sqlassist.wire;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class WireFormatTest {
    @Test
    void an_existing_approval_file_reads_as_a_decision() {
        Decision decision = Json.read("{\"thread_id\": \"t-1\", \"action\": \"refine\", \"feedback\": \"per month\"}",
                Decision.class);

        assertThat(decision.schemaVersion()).isEqualTo(1);
        assertThat(decision.threadId()).isEqualTo("t-1");
        assertThat(decision.action()).isEqualTo(DecisionAction.refine);
        assertThat(decision.feedback()).isEqualTo("per month");
        assertThat(decision.sqlSha256()).isNull();
    }

    @Test
    void messages_are_snake_case_with_a_schema_version_and_iso_times() {
        ApprovalRequest request = new ApprovalRequest(1, "t-1", 2, "SELECT 1", Sha256.hex("SELECT 1"), "one",
                Confidence.high, List.of("t"), "q?", "ann", Instant.parse("2026-11-24T10:15:30Z"),
                new ValidationSummary("passed", 2, List.of(), List.of("LIMIT 1000 appended")));

        String json = Json.write(request);

        assertThat(json).contains("\"schema_version\":1", "\"thread_id\":\"t-1\"", "\"sql_sha256\":\"",
                "\"requested_by\":\"ann\"", "\"created_at\":\"2026-11-24T10:15:30Z\"", "\"confidence\":\"high\"",
                "\"validation\":{\"status\":\"passed\",\"generation_attempts\":2");
        assertThat(Json.read(json, ApprovalRequest.class)).isEqualTo(request);
        assertThat(Json.write(new Question(null, null, "q", null, null, 5, null))).contains("\"schema_version\":1", "\"max_rows\":5");
    }

    @Test
    void an_unknown_action_is_refused_with_a_readable_reason() {
        assertThatThrownBy(() -> Json.read("{\"thread_id\": \"t\", \"action\": \"approved\"}", Decision.class))
                .isInstanceOf(InvalidMessageException.class).hasMessageContaining("approved");
    }

    @Test
    void the_hash_is_of_the_exact_text() {
        assertThat(Sha256.hex("SELECT 1")).hasSize(64).isNotEqualTo(Sha256.hex("SELECT 1 "));
    }
}
