package io.sqlassist.wire;

/** How sure a generator is that its SQL answers the question. Serialised lower case. */
public enum Confidence {
    high, medium, low
}
