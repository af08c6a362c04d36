package io.sqlassist.execute;

/** The engine could not run the query (syntax, permissions, timeout, FAILED or CANCELLED state); the message says why. */
public class QueryFailedException extends Exception {
    public QueryFailedException(String message) {
        super(message);
    }

    public QueryFailedException(String message, Throwable cause) {
        super(message, cause);
    }
}
