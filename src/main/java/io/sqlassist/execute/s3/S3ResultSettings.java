package io.sqlassist.execute.s3;

import java.net.URI;
import java.util.Objects;

/**
 * Where results go in S3 and how they are uploaded.
 *
 * @param bucket             the results bucket
 * @param prefix             the key prefix, empty or ending in {@code /}
 * @param kmsKeyId           the KMS key for {@code aws:kms} encryption; null for S3-managed keys (AES256)
 * @param multipartThreshold a CSV larger than this is sent as a multipart upload rather than one PutObject
 * @param partSize           the multipart part size (S3's minimum, 5 MiB, is enforced)
 */
public record S3ResultSettings(String bucket, String prefix, String kmsKeyId, long multipartThreshold,
                               long partSize) {
    public static final long MIN_PART_SIZE = 5L * 1024 * 1024;
    public static final long DEFAULT_MULTIPART_THRESHOLD = 64L * 1024 * 1024;
    public static final long DEFAULT_PART_SIZE = 16L * 1024 * 1024;

    public S3ResultSettings {
        Objects.requireNonNull(bucket, "bucket");
        Objects.requireNonNull(prefix, "prefix");
        if (bucket.isBlank()) {
            throw new IllegalArgumentException("bucket must not be blank");
        }
        if (prefix.startsWith("/")) {
            prefix = prefix.substring(1);
        }
        if (!prefix.isEmpty() && !prefix.endsWith("/")) {
            prefix = prefix + "/";
        }
        if (kmsKeyId != null && kmsKeyId.isBlank()) {
            kmsKeyId = null;
        }
        if (partSize < MIN_PART_SIZE) {
            throw new IllegalArgumentException("partSize must be at least 5 MiB");
        }
        if (multipartThreshold < 0) {
            throw new IllegalArgumentException("multipartThreshold must not be negative");
        }
    }

    /** @param location {@code s3://bucket/prefix/} */
    public static S3ResultSettings of(String location, String kmsKeyId) {
        URI uri = URI.create(location);
        if (!"s3".equals(uri.getScheme()) || uri.getHost() == null) {
            throw new IllegalArgumentException("not an s3://bucket/prefix/ location: " + location);
        }
        return new S3ResultSettings(uri.getHost(), uri.getPath() == null ? "" : uri.getPath(), kmsKeyId,
                DEFAULT_MULTIPART_THRESHOLD, DEFAULT_PART_SIZE);
    }
}
