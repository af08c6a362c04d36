package io.sqlassist.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sqlassist.wire.InvalidMessageException;
import io.sqlassist.wire.Question;
import io.sqlassist.wire.ThreadIds;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class QuestionIntakeTest {
    private final QuestionIntake intake = new QuestionIntake(4000, 1000);

    @Test
    void questions_without_a_thread_id_get_unique_ones_even_in_the_same_millisecond() {
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < 10_000; i++) {
            ids.add(intake.validate(new Question(1, null, "q", "a", null, null)).threadId());
        }
        assertThat(ids).hasSize(10_000).allMatch(ThreadIds::isValid);
    }

    @Test
    void a_given_thread_id_is_kept_and_a_missing_requester_is_anonymous() {
        Question q = intake.validate(new Question(1, "mine-1", "q", null, null, null));
        assertThat(q.threadId()).isEqualTo("mine-1");
        assertThat(q.requestedBy()).isEqualTo("anonymous");
    }

    @Test
    void without_a_thread_id_the_queue_message_id_names_the_thread_so_a_redelivery_is_the_same_thread() {
        assertThat(ThreadIds.forMessage("m-1")).isEqualTo(ThreadIds.forMessage("m-1")).isNotEqualTo(ThreadIds.forMessage("m-2"))
                .matches(ThreadIds::isValid);
    }

    @Test
    void the_length_limit_is_inclusive() {
        assertThat(intake.validate(new Question(1, null, "x".repeat(4000), "a", null, null)).question()).hasSize(4000);
        assertThatThrownBy(() -> intake.validate(new Question(1, null, "x".repeat(4001), "a", null, null)))
                .isInstanceOf(InvalidMessageException.class).hasMessageContaining("4001");
    }

    @Test
    void thread_ids_cannot_name_other_folders() {
        assertThat(ThreadIds.isValid("a/b")).isFalse();
        assertThat(ThreadIds.isValid("..")).isFalse();
        assertThat(ThreadIds.isValid("a..b")).isFalse();
        assertThat(ThreadIds.isValid(".hidden")).isFalse();
        assertThat(ThreadIds.isValid("x".repeat(65))).isFalse();
        assertThat(ThreadIds.isValid("ok-1.2_3")).isTrue();
    }
}
