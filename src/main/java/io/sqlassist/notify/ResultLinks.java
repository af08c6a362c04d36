package io.sqlassist.notify;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * What a card links for a result's location. An s3:// URI is no link a browser follows: by default a result folder or
 * file in S3 links to the S3 console's page for it, which opens with the reader's own AWS access; with
 * {@link PresignedResultLinks} it is a presigned HTTPS link that opens for anyone holding it until it expires.
 */
@FunctionalInterface
public interface ResultLinks {
    /** @param location where the result is (s3://, http(s):// or a local folder) */
    String open(String location);

    /** The S3 console's page for an s3:// location; any other location as it is. */
    static ResultLinks console() {
        return location -> {
            if (!location.startsWith("s3://")) {
                return location;
            }
            String path = location.substring("s3://".length());
            int slash = path.indexOf('/');
            String bucket = slash < 0 ? path : path.substring(0, slash);
            String key = slash < 0 ? "" : path.substring(slash + 1);
            String prefix = URLEncoder.encode(key, StandardCharsets.UTF_8).replace("+", "%20").replace("%2F", "/");
            return key.isEmpty() || key.endsWith("/")
                    ? "https://s3.console.aws.amazon.com/s3/buckets/" + bucket + "?prefix=" + prefix
                    : "https://s3.console.aws.amazon.com/s3/object/" + bucket + "?prefix=" + prefix;
        };
    }
}
