package io.sqlassist.wire;

/** What a reviewer decided. Lower case on the wire, as in existing approval.json files. */
public enum DecisionAction {
    approve, refine, reject
}
