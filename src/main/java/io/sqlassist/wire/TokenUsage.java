package io.sqlassist.wire;

/** Tokens an LLM call consumed; recorded on the thread so that cost is visible. */
public record TokenUsage(long inputTokens, long outputTokens) {
    public TokenUsage plus(TokenUsage other) {
        return other == null ? this : new TokenUsage(inputTokens + other.inputTokens, outputTokens + other.outputTokens);
    }
}
