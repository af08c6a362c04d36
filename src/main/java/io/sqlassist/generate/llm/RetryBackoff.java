package io.sqlassist.generate.llm;

import static java.util.Objects.requireNonNull;

import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

/**
 * Delays between attempts: {@code base · 2^(retry-1)} capped at {@code max}; a server's Retry-After (seconds or an
 * HTTP date) replaces it, also capped, so that a server cannot park a generator for minutes.
 */
record RetryBackoff(Duration base, Duration max) {
    RetryBackoff {
        requireNonNull(base, "base is null");
        requireNonNull(max, "max is null");
    }

    /**
     * @param retry      1 for the delay before the second attempt
     * @param retryAfter the response's Retry-After header, null if none
     * @param now        for HTTP-date values
     */
    Duration delay(int retry, String retryAfter, Instant now) {
        Duration wanted = fromRetryAfter(retryAfter, now);
        if (wanted == null) {
            wanted = base.multipliedBy(1L << Math.min(Math.max(retry - 1, 0), 30));
        }
        return wanted.compareTo(max) > 0 ? max : wanted;
    }

    private static Duration fromRetryAfter(String value, Instant now) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String text = value.strip();
        try {
            long seconds = Long.parseLong(text);
            return seconds < 0 ? null : Duration.ofSeconds(seconds);
        } catch (NumberFormatException notSeconds) {
            try {
                Duration until = Duration.between(now, ZonedDateTime.parse(text, DateTimeFormatter.RFC_1123_DATE_TIME));
                return until.isNegative() ? Duration.ZERO : until;
            } catch (DateTimeParseException notDate) {
                return null;
            }
        }
    }
}
