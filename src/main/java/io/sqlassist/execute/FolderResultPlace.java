package io.sqlassist.execute;

import java.nio.file.Path;

/** {@code DIR/THREAD_ID/result.csv}, {@code chart.png} and {@code metadata.json}: the local stand-in for S3. */
public final class FolderResultPlace implements ResultPlace {
    private final Path root;

    public FolderResultPlace(Path root) {
        this.root = root.toAbsolutePath().normalize();
    }

    @Override
    public String key(String threadId, String fileName) {
        return ResultPlace.checkedThreadId(threadId) + "/" + ResultPlace.checkedFileName(fileName);
    }

    @Override
    public String location(String threadId) {
        return root.resolve(ResultPlace.checkedThreadId(threadId)).toString();
    }

    @Override
    public String fileLocation(String threadId, String fileName) {
        return root.resolve(key(threadId, fileName)).toString();
    }
}
