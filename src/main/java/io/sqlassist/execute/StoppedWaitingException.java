package io.sqlassist.execute;

import io.sqlassist.wire.Result;

/**
 * The service stopped waiting for a query because it is stopping, and left the query running: the thread is not
 * closed (no Result goes out), and the run that takes it up again after the restart finds the same query.
 */
public final class StoppedWaitingException extends RuntimeException {
    public StoppedWaitingException(String message, Throwable cause) {
        super(message, cause);
    }
}
