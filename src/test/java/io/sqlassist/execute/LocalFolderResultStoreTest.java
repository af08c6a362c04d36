package io.sqlassist.execute;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LocalFolderResultStoreTest {
    @TempDir
    Path root;

    @Test
    void writes_rfc4180_csv_and_metadata_and_returns_the_folder() throws Exception {
        LocalFolderResultStore store = new LocalFolderResultStore(root);
        String location;
        try (ResultWriter writer = store.open("t-1")) {
            writer.columns(List.of("name", "note", "amount"));
            writer.row(Arrays.asList("Smith, Ann", "said \"hi\"\nthen left", new BigDecimal("12.50")));
            writer.row(Arrays.asList("Bo", null, 3));
            location = writer.finish(Map.of("row_count", 2));
        }

        Path folder = Path.of(location);
        assertThat(folder).isEqualTo(root.resolve("t-1"));
        assertThat(Files.readString(folder.resolve("result.csv")))
                .isEqualTo("name,note,amount\n\"Smith, Ann\",\"said \"\"hi\"\"\nthen left\",12.50\nBo,,3\n");
        assertThat(Files.readString(folder.resolve("metadata.json"))).contains("\"row_count\" : 2");
        assertThat(folder.resolve("result.csv.partial")).doesNotExist();
    }

    @Test
    void a_thread_id_cannot_escape_the_results_folder() {
        LocalFolderResultStore store = new LocalFolderResultStore(root.resolve("results"));
        assertThatThrownBy(() -> store.open("../elsewhere")).isInstanceOf(IllegalArgumentException.class);
    }
}
