package io.sqlassist.notify;

import static java.util.Objects.requireNonNull;

import java.time.Duration;
import software.amazon.awssdk.services.s3.presigner.S3Presigner;

/**
 * Presigned HTTPS links to results in S3, so that a Chat reader opens the result without the AWS console. A result
 * folder links to its result.csv. A link opens for whoever holds it until it expires: after the configured time, or
 * earlier when the credentials that signed it do (a task role's last hours, not days), and only while the signer may
 * still read the object (terraform grants GetObject on the results prefix only when links are on).
 */
public final class PresignedResultLinks implements ResultLinks {
    /** SigV4's own limit on a presigned URL's lifetime. */
    public static final Duration MAX_VALIDITY = Duration.ofDays(7);

    private final S3Presigner presigner;
    private final Duration validity;

    public PresignedResultLinks(S3Presigner presigner, Duration validity) {
        this.presigner = requireNonNull(presigner, "presigner is null");
        if (validity.isNegative() || validity.isZero() || validity.compareTo(MAX_VALIDITY) > 0) {
            throw new IllegalArgumentException("a presigned link is valid for more than 0 and at most 7 days: " + validity);
        }
        this.validity = validity;
    }

    @Override
    public String open(String location) {
        if (!location.startsWith("s3://")) {
            return location;
        }
        String path = location.substring("s3://".length());
        int slash = path.indexOf('/');
        if (slash < 0) {
            return ResultLinks.console().open(location);
        }
        String bucket = path.substring(0, slash);
        String key = path.substring(slash + 1);
        String object = key.isEmpty() || key.endsWith("/") ? key + "result.csv" : key;
        return presigner.presignGetObject(r -> r.signatureDuration(validity)
                .getObjectRequest(g -> g.bucket(bucket).key(object))).url().toString();
    }
}
