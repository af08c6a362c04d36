package io.sqlassist.generate.llm;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class RetryBackoffTest {
    private static final Instant NOW = Instant.parse("2026-01-05T10:00:00Z");
    private final RetryBackoff backoff = new RetryBackoff(Duration.ofMillis(100), Duration.ofSeconds(1));

    @Test
    void doublesPerRetryUpToTheCap() {
        assertThat(backoff.delay(1, null, NOW)).isEqualTo(Duration.ofMillis(100));
        assertThat(backoff.delay(2, null, NOW)).isEqualTo(Duration.ofMillis(200));
        assertThat(backoff.delay(4, null, NOW)).isEqualTo(Duration.ofMillis(800));
        assertThat(backoff.delay(5, null, NOW)).isEqualTo(Duration.ofSeconds(1));
        assertThat(backoff.delay(100, null, NOW)).isEqualTo(Duration.ofSeconds(1));
    }

    @Test
    void honoursRetryAfterInSecondsOrAsADateCapped() {
        assertThat(backoff.delay(1, "0", NOW)).isEqualTo(Duration.ZERO);
        assertThat(backoff.delay(1, "1", NOW)).isEqualTo(Duration.ofSeconds(1));
        assertThat(backoff.delay(1, "3600", NOW)).isEqualTo(Duration.ofSeconds(1));
        assertThat(new RetryBackoff(Duration.ofMillis(1), Duration.ofMinutes(5))
                .delay(1, "Mon, 05 Jan 2026 10:00:30 GMT", NOW)).isEqualTo(Duration.ofSeconds(30));
    }

    @Test
    void ignoresAnUnreadableRetryAfter() {
        assertThat(backoff.delay(2, "soon", NOW)).isEqualTo(Duration.ofMillis(200));
    }
}
