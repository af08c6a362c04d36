package io.sqlassist.wire;

/** A message that can never be processed as sent; it goes to the dead-letter queue with this reason. */
public class InvalidMessageException extends RuntimeException {
    public InvalidMessageException(String reason) {
        super(reason);
    }
}
