package io.sqlassist.execute.s3;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.CompletedPart;
import software.amazon.awssdk.services.s3.model.ServerSideEncryption;

/** Puts objects with server-side encryption always requested; large files go up in parts. */
final class S3ObjectUploader {
    private final S3Client s3;
    private final S3ResultSettings settings;
    private final ServerSideEncryption encryption;

    S3ObjectUploader(S3Client s3, S3ResultSettings settings) {
        this.s3 = Objects.requireNonNull(s3, "s3");
        this.settings = Objects.requireNonNull(settings, "settings");
        this.encryption = settings.kmsKeyId() == null ? ServerSideEncryption.AES256 : ServerSideEncryption.AWS_KMS;
    }

    void upload(String key, byte[] content, String contentType) throws IOException {
        try {
            s3.putObject(r -> r.bucket(settings.bucket()).key(key).contentType(contentType)
                    .serverSideEncryption(encryption).ssekmsKeyId(settings.kmsKeyId()), RequestBody.fromBytes(content));
        } catch (SdkException e) {
            throw new IOException("cannot write s3://" + settings.bucket() + "/" + key + ": " + e.getMessage(), e);
        }
    }

    void upload(String key, Path file, String contentType) throws IOException {
        long size = Files.size(file);
        try {
            if (size <= settings.multipartThreshold()) {
                s3.putObject(r -> r.bucket(settings.bucket()).key(key).contentType(contentType)
                        .serverSideEncryption(encryption).ssekmsKeyId(settings.kmsKeyId()), RequestBody.fromFile(file));
            } else {
                multipart(key, file, size, contentType);
            }
        } catch (SdkException e) {
            throw new IOException("cannot write s3://" + settings.bucket() + "/" + key + ": " + e.getMessage(), e);
        }
    }

    private void multipart(String key, Path file, long size, String contentType) {
        // Encryption is set when the upload is created; S3 applies it to every part.
        String uploadId = s3.createMultipartUpload(r -> r.bucket(settings.bucket()).key(key).contentType(contentType)
                .serverSideEncryption(encryption).ssekmsKeyId(settings.kmsKeyId())).uploadId();
        boolean completed = false;
        try {
            List<CompletedPart> parts = new ArrayList<>();
            long offset = 0;
            for (int number = 1; offset < size; number++) {
                long start = offset;
                long length = Math.min(settings.partSize(), size - offset);
                int partNumber = number;
                // A provider, not a stream: the SDK opens the part afresh for each retry.
                RequestBody part = RequestBody.fromContentProvider(() -> window(file, start, length), length,
                        "application/octet-stream");
                String etag = s3.uploadPart(r -> r.bucket(settings.bucket()).key(key).uploadId(uploadId)
                        .partNumber(partNumber).contentLength(length), part).eTag();
                parts.add(CompletedPart.builder().partNumber(partNumber).eTag(etag).build());
                offset += length;
            }
            s3.completeMultipartUpload(r -> r.bucket(settings.bucket()).key(key).uploadId(uploadId)
                    .multipartUpload(m -> m.parts(parts)));
            completed = true;
        } finally {
            if (!completed) {
                // Parts of an abandoned upload are stored (and billed) until aborted.
                try {
                    s3.abortMultipartUpload(r -> r.bucket(settings.bucket()).key(key).uploadId(uploadId));
                } catch (SdkException ignored) {
                    // the bucket's lifecycle rule for incomplete uploads is the backstop
                }
            }
        }
    }

    private static InputStream window(Path file, long start, long length) {
        try {
            InputStream in = Files.newInputStream(file);
            in.skipNBytes(start);
            return new BoundedInput(in, length);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One part's window on the file. */
    private static final class BoundedInput extends InputStream {
        private final InputStream in;
        private long left;

        BoundedInput(InputStream in, long length) {
            this.in = in;
            this.left = length;
        }

        @Override
        public int read() throws IOException {
            if (left <= 0) {
                return -1;
            }
            int b = in.read();
            if (b >= 0) {
                left--;
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            if (left <= 0) {
                return -1;
            }
            int n = in.read(buffer, offset, (int) Math.min(length, left));
            if (n > 0) {
                left -= n;
            }
            return n;
        }

        @Override
        public void close() throws IOException {
            in.close();
        }
    }
}
