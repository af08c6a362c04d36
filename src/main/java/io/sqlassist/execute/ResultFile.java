package io.sqlassist.execute;

import static java.util.Objects.requireNonNull;

import java.nio.file.Path;

/**
 * One file of a result on its way to the result store's route (routes/results-*.camel.yaml): result.csv, chart.png or
 * metadata.json.
 *
 * @param key         where it goes: the object key in S3, or the path under the results folder
 * @param content     a {@link java.io.File} (the spooled CSV, uploaded in parts when large) or a {@code byte[]}
 * @param contentType its media type, for S3 and for a browser that opens it
 */
public record ResultFile(String key, Object content, String contentType) {
    public ResultFile {
        requireNonNull(key, "key is null");
        requireNonNull(content, "content is null");
        requireNonNull(contentType, "contentType is null");
        if (!(content instanceof java.io.File) && !(content instanceof byte[])) {
            throw new IllegalArgumentException("content must be a File or bytes, not " + content.getClass());
        }
    }

    static ResultFile of(String key, Path file, String contentType) {
        return new ResultFile(key, file.toFile(), contentType);
    }

    static ResultFile of(String key, byte[] bytes, String contentType) {
        return new ResultFile(key, bytes, contentType);
    }
}
