package io.sqlassist.wire;

/** How a thread ended. Lower case on the wire. */
public enum ResultStatus {
    succeeded, failed, rejected, expired, no_sql
}
