package io.sqlassist.wire;

import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Thread ids name folders and object keys, so they are restricted to a safe alphabet. Generated ids are random
 * UUIDs: unique across processes and within the same millisecond.
 */
public final class ThreadIds {
    private static final Pattern SAFE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,63}");

    private ThreadIds() {
    }

    public static String next() {
        return UUID.randomUUID().toString();
    }

    /** A thread id derived from a queue message id: the same message always names the same thread. */
    public static String forMessage(String messageId) {
        return UUID.nameUUIDFromBytes(("sqs:" + messageId).getBytes(java.nio.charset.StandardCharsets.UTF_8)).toString();
    }

    public static boolean isValid(String id) {
        return id != null && SAFE.matcher(id).matches() && !id.contains("..");
    }
}
