package io.sqlassist.generate.offline;

import static java.util.Objects.requireNonNull;

import io.sqlassist.schema.Catalog;
import io.sqlassist.schema.Column;
import io.sqlassist.schema.TableSchema;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Distinct values of low-cardinality text columns, so a question's "Germany" can be traced to the column
 * holding it. Keyed by the value's normalised words (lower case, '_' and '-' as spaces). Immutable.
 */
public final class ValueIndex {
    public static final int DEFAULT_MAX_DISTINCT = 200;
    private static final int MAX_VALUE_LENGTH = 80;

    /** One value found in one column. */
    public record ValueHit(String table, String column, String value) {
        public ValueHit {
            requireNonNull(table, "table is null");
            requireNonNull(column, "column is null");
            requireNonNull(value, "value is null");
        }
    }

    private final Map<String, List<ValueHit>> byKey;
    private final Map<String, List<ValueHit>> byStem;
    private final int longestKeyWords;

    private ValueIndex(Map<String, List<ValueHit>> byKey) {
        this.byKey = byKey;
        Map<String, List<ValueHit>> stems = new HashMap<>();
        byKey.forEach((k, hits) -> {
            if (k.split(" ").length <= 3) {
                stems.computeIfAbsent(WordStemmer.stemPhrase(k), x -> new ArrayList<>()).addAll(hits);
            }
        });
        stems.replaceAll((k, v) -> List.copyOf(v));
        this.byStem = Map.copyOf(stems);
        this.longestKeyWords = byKey.keySet().stream().mapToInt(k -> k.split(" ").length).max().orElse(0);
    }

    public static ValueIndex empty() {
        return new ValueIndex(Map.of());
    }

    public static ValueIndex of(List<ValueHit> hits) {
        Map<String, List<ValueHit>> map = new HashMap<>();
        for (ValueHit hit : hits) {
            String key = normalise(hit.value());
            if (!key.isEmpty()) {
                map.computeIfAbsent(key, k -> new ArrayList<>()).add(hit);
            }
        }
        map.replaceAll((k, v) -> List.copyOf(v));
        return new ValueIndex(Map.copyOf(map));
    }

    public static ValueIndex build(Connection connection, Catalog catalog) throws SQLException {
        return build(connection, catalog, DEFAULT_MAX_DISTINCT);
    }

    /** Reads at most {@code maxDistinct} values per text column; columns with more are skipped as free text. */
    public static ValueIndex build(Connection connection, Catalog catalog, int maxDistinct) throws SQLException {
        List<ValueHit> hits = new ArrayList<>();
        for (TableSchema table : catalog.tables()) {
            for (Column column : table.columns()) {
                if (!column.isText()) {
                    continue;
                }
                String sql = "SELECT DISTINCT " + SqlNames.quote(column.name()) + " FROM " + SqlNames.table(table)
                        + " WHERE " + SqlNames.quote(column.name()) + " IS NOT NULL LIMIT " + (maxDistinct + 1);
                List<String> values = new ArrayList<>();
                try (Statement st = connection.createStatement(); ResultSet rs = st.executeQuery(sql)) {
                    while (rs.next() && values.size() <= maxDistinct) {
                        values.add(rs.getString(1));
                    }
                }
                if (values.size() > maxDistinct) {
                    continue;
                }
                for (String v : values) {
                    if (v != null && !v.isBlank() && v.length() <= MAX_VALUE_LENGTH) {
                        hits.add(new ValueHit(table.name(), column.name(), v));
                    }
                }
            }
        }
        return of(hits);
    }

    static String normalise(String value) {
        return String.join(" ", WordStemmer.words(value.toLowerCase(Locale.ROOT)));
    }

    List<ValueHit> lookup(String normalisedWords) {
        return byKey.getOrDefault(normalisedWords, List.of());
    }

    /** Values whose stemmed words equal the given stems ("cats" finds "cat"). */
    List<ValueHit> lookupStemmed(String stemPhrase) {
        return byStem.getOrDefault(stemPhrase, List.of());
    }

    int longestKeyWords() {
        return longestKeyWords;
    }

    public int size() {
        return byKey.size();
    }
}
