package io.sqlassist.generate.offline;

import static org.assertj.core.api.Assertions.assertThat;

import io.sqlassist.generate.GeneratedSql;
import io.sqlassist.generate.GenerationRequest;
import io.sqlassist.schema.Catalog;
import io.sqlassist.schema.JdbcCatalogReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SynonymsAndValuesTest {
    @TempDir
    Path dir;

    @Test
    void defaultsAreStemmedSoPluralsMatch() {
        Synonyms s = Synonyms.defaults();
        assertThat(s.canonical(WordStemmer.stem("clients"))).contains(WordStemmer.stem("customer"));
    }

    @Test
    void aUserFileIsMergedOverTheDefaults() throws Exception {
        Path file = dir.resolve("syn.txt");
        Files.writeString(file, "# mine\ntome: volume, opus\n");
        Synonyms s = Synonyms.load(file);
        assertThat(s.canonical(WordStemmer.stem("opus"))).containsExactly(WordStemmer.stem("tome"));
        assertThat(s.canonical(WordStemmer.stem("client"))).isNotEmpty();
    }

    @Test
    void valueIndexKeepsLowCardinalityTextOnlyAndTheGeneratorUsesIt() throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:"); Statement st = c.createStatement()) {
            st.execute("CREATE TABLE pets (pet_id INTEGER PRIMARY KEY, nickname VARCHAR, species VARCHAR, weight_kg DOUBLE)");
            st.execute("INSERT INTO pets SELECT i, 'pet' || i, CASE WHEN i % 2 = 0 THEN 'dog' ELSE 'cat' END, i "
                    + "FROM range(1, 301) t(i)");
            Catalog catalog = JdbcCatalogReader.read(c, null);
            ValueIndex values = ValueIndex.build(c, catalog, 200);
            assertThat(values.lookup("dog")).singleElement().satisfies(h -> assertThat(h.column()).isEqualTo("species"));
            assertThat(values.lookup("pet7")).isEmpty();

            OfflineSqlGenerator generator = new OfflineSqlGenerator(values, Synonyms.defaults());
            GeneratedSql sql = generator.generate(GenerationRequest.first("How many cats weigh over 250 kg?", catalog));
            assertThat(sql.sql()).contains("species = 'cat'").contains("weight_kg > 250");
        }
    }
}
