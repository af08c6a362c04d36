package io.sqlassist.execute.s3;

import io.sqlassist.execute.CsvRows;
import io.sqlassist.execute.ResultStore;
import io.sqlassist.execute.ResultWriter;
import io.sqlassist.wire.Json;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * Writes {@code s3://BUCKET/PREFIX/THREAD_ID/result.csv} and {@code metadata.json}, encrypted at rest.
 *
 * <p>The CSV is written to a local temp file as rows stream in and uploaded on {@link ResultWriter#finish}, so
 * memory stays flat and a writer closed without finishing leaves nothing in S3.
 */
public final class S3ResultStore implements ResultStore {

    private final S3ObjectUploader uploader;
    private final S3ResultSettings settings;

    public S3ResultStore(S3Client s3, S3ResultSettings settings) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.uploader = new S3ObjectUploader(s3, settings);
    }

    @Override
    public ResultWriter open(String threadId) throws IOException {
        return new S3Writer(settings.prefix() + checked(threadId) + "/");
    }

    /** The thread id becomes one key segment: nothing that could climb out of, or nest under, the prefix. */
    static String checked(String threadId) {
        if (threadId == null || threadId.isBlank() || threadId.equals(".") || threadId.equals("..")
                || threadId.contains("/") || threadId.contains("\\")
                || threadId.chars().anyMatch(Character::isISOControl)) {
            throw new IllegalArgumentException("thread id escapes the results prefix: " + threadId);
        }
        return threadId;
    }

    private final class S3Writer implements ResultWriter {
        private final String folder;
        private final Path partial;
        private final CsvRows csv;
        private boolean closed;

        S3Writer(String folder) throws IOException {
            this.folder = folder;
            this.partial = Files.createTempFile("sqlassist-result-", ".csv");
            this.csv = new CsvRows(Files.newBufferedWriter(partial, StandardCharsets.UTF_8));
        }

        @Override
        public void columns(List<String> names) throws IOException {
            csv.columns(names);
        }

        @Override
        public void row(List<Object> values) throws IOException {
            csv.row(values);
        }

        @Override
        public String attach(String fileName, byte[] content, String contentType) throws IOException {
            if (fileName.isBlank() || fileName.contains("/") || fileName.contains("\\") || fileName.startsWith(".")) {
                throw new IllegalArgumentException("not a plain file name: " + fileName);
            }
            uploader.upload(folder + fileName, content, contentType);
            return "s3://" + settings.bucket() + "/" + folder + fileName;
        }

        @Override
        public String finish(Map<String, Object> metadata) throws IOException {
            try {
                closeCsv();
                uploader.upload(folder + "result.csv", partial, "text/csv; charset=utf-8");
                uploader.upload(folder + "metadata.json", Json.pretty(metadata).getBytes(StandardCharsets.UTF_8),
                        "application/json");
                return "s3://" + settings.bucket() + "/" + folder;
            } finally {
                close();
            }
        }

        @Override
        public void close() throws IOException {
            if (closed) {
                return;
            }
            closed = true;
            try {
                closeCsv();
            } finally {
                Files.deleteIfExists(partial);
            }
        }

        private void closeCsv() throws IOException {
            csv.close();
        }
    }
}
