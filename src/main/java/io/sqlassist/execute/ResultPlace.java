package io.sqlassist.execute;

/**
 * Where a thread's result files go and how the requester finds them: a folder locally, a bucket and prefix in S3.
 * The writing itself is the result store's route (routes/results-*.camel.yaml).
 */
public interface ResultPlace {
    /** The key (S3) or relative path (folder) of one file of the thread's result. */
    String key(String threadId, String fileName);

    /** Where the requester finds the thread's result: a folder path, or {@code s3://bucket/prefix/thread/}. */
    String location(String threadId);

    /** Where one file of it is. */
    String fileLocation(String threadId, String fileName);

    /** The thread id becomes one key segment: nothing that could climb out of, or nest under, the place. */
    static String checkedThreadId(String threadId) {
        if (threadId == null || threadId.isBlank() || threadId.equals(".") || threadId.equals("..")
                || threadId.contains("/") || threadId.contains("\\")
                || threadId.chars().anyMatch(Character::isISOControl)) {
            throw new IllegalArgumentException("thread id escapes the results place: " + threadId);
        }
        return threadId;
    }

    /** A file name is one plain segment too. */
    static String checkedFileName(String fileName) {
        if (fileName == null || fileName.isBlank() || fileName.contains("/") || fileName.contains("\\")
                || fileName.startsWith(".") || fileName.chars().anyMatch(Character::isISOControl)) {
            throw new IllegalArgumentException("not a plain file name: " + fileName);
        }
        return fileName;
    }
}
