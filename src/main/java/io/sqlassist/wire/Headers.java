package io.sqlassist.wire;

/**
 * Exchange headers the routes rely on. Plain names: the SQS component sends non-Camel headers as message
 * attributes, so they are also what an operator sees on a queued message.
 */
public final class Headers {
    /** Correlates questions, approval requests and decisions into one thread. */
    public static final String THREAD_ID = "thread_id";
    /** {@code request} or {@code decision}: what is entering the pending-thread aggregator. */
    public static final String MESSAGE_KIND = "message_kind";
    /** Why a message went to a dead-letter queue. */
    public static final String ERROR_REASON = "error_reason";
    /** approve | refine | reject | not_pending: where a decided thread goes next. */
    public static final String DECISION_ROUTE = "decision_route";

    private Headers() {
    }
}
