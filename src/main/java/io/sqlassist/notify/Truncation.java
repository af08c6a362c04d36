package io.sqlassist.notify;

import java.util.Locale;

/** Cutting text to a length with an explicit note, so a reader knows something was left out. */
final class Truncation {
    static final String ELLIPSIS = "…";

    private Truncation() {
    }

    static boolean exceeds(String text, int maxChars) {
        return text != null && text.length() > maxChars;
    }

    /** The first {@code maxChars} characters, never splitting a surrogate pair; unchanged when short enough. */
    static String head(String text, int maxChars) {
        if (!exceeds(text, maxChars)) {
            return text;
        }
        int end = Math.max(0, maxChars);
        if (end > 0 && Character.isHighSurrogate(text.charAt(end - 1))) {
            end--;
        }
        return text.substring(0, end);
    }

    /** Short text unchanged; long text cut with "… (truncated, 4,512 characters in all)". */
    static String withNote(String text, int maxChars) {
        if (!exceeds(text, maxChars)) {
            return text;
        }
        return head(text, maxChars) + note(text.length());
    }

    /** Cut with a bare ellipsis: for table cells, where a note per cell would drown the values. */
    static String withEllipsis(String text, int maxChars) {
        if (!exceeds(text, maxChars)) {
            return text;
        }
        return head(text, Math.max(0, maxChars - 1)) + ELLIPSIS;
    }

    static String note(long totalChars) {
        return ELLIPSIS + " (truncated, " + count(totalChars) + " characters in all)";
    }

    /** 4512 → "4,512", whatever the JVM's default locale. */
    static String count(long n) {
        return String.format(Locale.ROOT, "%,d", n);
    }
}
