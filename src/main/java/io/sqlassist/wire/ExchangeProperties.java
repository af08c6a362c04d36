package io.sqlassist.wire;

/** Exchange properties that carry a message, read once at its queue, to the steps after it. */
public final class ExchangeProperties {
    /** The {@link Decision} as the response queue delivered it, read and checked once by the decision intake. */
    public static final String DECISION = "decision";

    private ExchangeProperties() {
    }
}
