package io.sqlassist.intake;

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

    public static boolean isValid(String id) {
        return id != null && SAFE.matcher(id).matches() && !id.contains("..");
    }
}
