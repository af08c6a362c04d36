package io.sqlassist.execute;

import io.sqlassist.wire.Json;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Map;

/** Writes {@code DIR/THREAD_ID/result.csv} and {@code metadata.json}; the local stand-in for S3. */
public final class LocalFolderResultStore implements ResultStore {
    private final Path root;

    public LocalFolderResultStore(Path root) {
        this.root = root.toAbsolutePath().normalize();
    }

    @Override
    public ResultWriter open(String threadId) throws IOException {
        Path folder = root.resolve(threadId).normalize();
        if (!folder.getParent().equals(root)) {
            throw new IllegalArgumentException("thread id escapes the results folder: " + threadId);
        }
        Files.createDirectories(folder);
        return new FolderWriter(folder);
    }

    private static final class FolderWriter implements ResultWriter {
        private final Path folder;
        private final Path partial;
        private final CsvRows csv;
        private boolean finished;

        FolderWriter(Path folder) throws IOException {
            this.folder = folder;
            this.partial = folder.resolve("result.csv.partial");
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
            Path file = folder.resolve(fileName).normalize();
            if (!folder.equals(file.getParent())) {
                throw new IllegalArgumentException("not a plain file name: " + fileName);
            }
            Files.write(file, content);
            return file.toString();
        }

        @Override
        public String finish(Map<String, Object> metadata) throws IOException {
            finished = true;
            close();
            Files.move(partial, folder.resolve("result.csv"), StandardCopyOption.REPLACE_EXISTING,
                    StandardCopyOption.ATOMIC_MOVE);
            Files.writeString(folder.resolve("metadata.json"), Json.pretty(metadata), StandardCharsets.UTF_8);
            return folder.toString();
        }

        @Override
        public void close() throws IOException {
            csv.close();
            if (!finished) {
                Files.deleteIfExists(partial);
            }
        }
    }
}
