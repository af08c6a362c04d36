package io.sqlassist.execute.s3;

import io.sqlassist.execute.ResultPlace;
import java.util.Objects;

/** {@code s3://BUCKET/PREFIX/THREAD_ID/result.csv}, {@code chart.png} and {@code metadata.json}. */
public final class S3ResultPlace implements ResultPlace {
    private final String bucket;
    private final String prefix;

    /** @param prefix the key prefix; a missing trailing {@code /} is added, a leading one dropped */
    public S3ResultPlace(String bucket, String prefix) {
        Objects.requireNonNull(bucket, "bucket");
        Objects.requireNonNull(prefix, "prefix");
        if (bucket.isBlank()) {
            throw new IllegalArgumentException("sqlassist.results.bucket is not set (SQLASSIST_RESULTS_BUCKET)");
        }
        this.bucket = bucket;
        this.prefix = normalisedPrefix(prefix);
    }

    /** The key prefix as results use it: no leading {@code /}, a trailing one unless empty. */
    public static String normalisedPrefix(String prefix) {
        String p = prefix.startsWith("/") ? prefix.substring(1) : prefix;
        return p.isEmpty() || p.endsWith("/") ? p : p + "/";
    }

    @Override
    public String key(String threadId, String fileName) {
        return prefix + ResultPlace.checkedThreadId(threadId) + "/" + ResultPlace.checkedFileName(fileName);
    }

    @Override
    public String location(String threadId) {
        return "s3://" + bucket + "/" + prefix + ResultPlace.checkedThreadId(threadId) + "/";
    }

    @Override
    public String fileLocation(String threadId, String fileName) {
        return "s3://" + bucket + "/" + key(threadId, fileName);
    }
}
