package io.sqlassist.schema;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.similarities.BM25Similarity;
import org.apache.lucene.store.ByteBuffersDirectory;

/**
 * Picks the few tables of a large catalog that a question needs, so that the prompt stays small.
 *
 * <p>Each table is one Lucene document (in memory, BM25) with three fields: the table name, the column names
 * (identifiers split on {@code _} and camelCase, English stemming) and the free text (table description and
 * column comments). A question is matched against all three, the name weighing most. The best hits are then
 * joined by the tables one hop away ({@link TableLinks}), so that a dimension the question only implies
 * (orders → regions) is in the prompt too. Derived copies of a table already chosen ({@code sales_orders_history}
 * after {@code sales_orders}, same columns and more) are skipped, so that one table's snapshots and staging copies
 * cannot fill the top hits; a copy the question matches better than its base (… "daily snapshot") still wins.
 *
 * <p>Thread-safe. Build with {@link #of(Catalog)}, which reuses the index of the same catalog instance.
 */
public final class TableSelector {
    private static final String ID = "id";
    private static final String NAME = "name";
    private static final String COLUMNS = "columns";
    private static final String TEXT = "text";
    private static final Map<String, Float> BOOSTS = Map.of(NAME, 3.0f, COLUMNS, 1.5f, TEXT, 1.0f);
    private static final int MAX_QUERY_TERMS = 64;
    /** Scores beyond the best 2,000 matter only as a linked table's own score, where they are near 0 anyway. */
    private static final int MAX_SCORED = 2_000;
    private static final int CACHED_INDEXES = 8;
    private static final Map<CatalogIdentity, TableSelector> INDEXES = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<CatalogIdentity, TableSelector> eldest) {
            return size() > CACHED_INDEXES;
        }
    };

    private final Catalog catalog;
    private final Analyzer analyzer = new EnglishAnalyzer();
    private final IndexSearcher searcher;
    private final TableLinks links;
    private final int[] copyOf;

    private TableSelector(Catalog catalog) {
        this.catalog = catalog;
        this.links = new TableLinks(catalog.tables());
        this.copyOf = copies(catalog.tables());
        var directory = new ByteBuffersDirectory();
        var config = new IndexWriterConfig(analyzer).setSimilarity(new BM25Similarity());
        try (var writer = new IndexWriter(directory, config)) {
            List<TableSchema> tables = catalog.tables();
            for (int i = 0; i < tables.size(); i++) {
                writer.addDocument(document(i, tables.get(i)));
            }
            writer.commit();
            searcher = new IndexSearcher(DirectoryReader.open(directory));
            searcher.setSimilarity(new BM25Similarity());
        } catch (IOException e) {
            throw new UncheckedIOException("in-memory index failed", e);
        }
    }

    /** The selector for this catalog instance; built once and kept while the catalog is among the recent. */
    public static TableSelector of(Catalog catalog) {
        requireNonNull(catalog, "catalog is null");
        var key = new CatalogIdentity(catalog);
        synchronized (INDEXES) {
            TableSelector cached = INDEXES.get(key);
            if (cached != null) {
                return cached;
            }
        }
        // Built outside the lock: indexing a large catalog takes a while and other catalogs need not wait.
        TableSelector built = new TableSelector(catalog);
        synchronized (INDEXES) {
            return INDEXES.computeIfAbsent(key, k -> built);
        }
    }

    /** The top {@code maxTables} hits plus linked tables, {@code 2 * maxTables} tables at most. */
    public TableSelection select(String question, int maxTables) {
        return select(question, maxTables, 2 * maxTables);
    }

    /**
     * @param maxTables       how many tables to take by score
     * @param maxWithLinks    how many tables in all, linked ones included ({@code >= maxTables})
     */
    public TableSelection select(String question, int maxTables, int maxWithLinks) {
        requireNonNull(question, "question is null");
        if (maxTables < 1 || maxWithLinks < maxTables) {
            throw new IllegalArgumentException("need 1 <= maxTables <= maxWithLinks, got "
                    + maxTables + " and " + maxWithLinks);
        }
        Map<Integer, Double> scores = score(question);
        List<Integer> hits = new ArrayList<>();
        for (int table : scores.keySet()) {
            if (hits.size() == maxTables) {
                break;
            }
            if (!isCopyOfAny(table, hits)) {
                hits.add(table);
            }
        }

        // A linked table's weight: its own score plus, per hit linking to it, the hit's score scaled by how
        // useful the link kind usually is (a dimension the hit points at beats a table pointing at the hit).
        Map<Integer, Double> candidates = new HashMap<>();
        for (int hit : hits) {
            for (TableLinks.Link link : links.of(hit)) {
                double own = scores.getOrDefault(link.table(), 0.0);
                if (hits.contains(link.table()) || isCopyOfAny(link.table(), hits)
                        || (link.kind() == TableLinks.Kind.SIBLING && own == 0.0)) {
                    continue;
                }
                double via = scores.get(hit) * link.kind().weight;
                candidates.merge(link.table(), own + via, (a, b) -> a + via);
            }
        }
        List<Integer> ranked = candidates.entrySet().stream()
                .sorted(Map.Entry.<Integer, Double>comparingByValue().reversed()
                        .thenComparing(Map.Entry.comparingByKey()))
                .map(Map.Entry::getKey)
                .toList();
        List<Integer> added = new ArrayList<>();
        for (int table : ranked) {
            if (hits.size() + added.size() >= maxWithLinks) {
                break;
            }
            if (!isCopyOfAny(table, added)) {
                added.add(table);
            }
        }

        List<TableSchema> chosen = new ArrayList<>();
        Map<String, Double> chosenScores = new LinkedHashMap<>();
        Set<String> linked = new LinkedHashSet<>();
        for (int i : hits) {
            chosen.add(catalog.tables().get(i));
            chosenScores.put(SchemaText.qualifiedName(catalog.tables().get(i)), scores.get(i));
        }
        for (int i : added) {
            TableSchema t = catalog.tables().get(i);
            chosen.add(t);
            chosenScores.put(SchemaText.qualifiedName(t), scores.getOrDefault(i, 0.0));
            linked.add(SchemaText.qualifiedName(t));
        }
        Catalog subset = new Catalog(catalog.name(), chosen);
        return new TableSelection(subset, catalog.tables().size(), chosenScores, linked,
                SchemaText.estimateTokens(SchemaText.render(subset)));
    }

    private boolean isCopyOfAny(int table, List<Integer> chosen) {
        for (int base = copyOf[table]; base >= 0; base = copyOf[base]) {
            if (chosen.contains(base)) {
                return true;
            }
        }
        return false;
    }

    /**
     * For each table the table it is a derived copy of, or -1: {@code sales_orders_history} is a copy of
     * {@code sales_orders} when it has all of its columns. Lakes keep many such copies (history, snapshots,
     * staging); they match the same words as their base and would fill the top hits with one table.
     */
    private static int[] copies(List<TableSchema> tables) {
        Map<String, Integer> byName = new HashMap<>();
        for (int i = 0; i < tables.size(); i++) {
            byName.putIfAbsent(tables.get(i).name().toLowerCase(Locale.ROOT), i);
        }
        List<Set<String>> columns = tables.stream().map(TableSelector::columnNames).toList();
        int[] copyOf = new int[tables.size()];
        for (int i = 0; i < tables.size(); i++) {
            copyOf[i] = -1;
            String name = tables.get(i).name().toLowerCase(Locale.ROOT);
            // Longest base first; a base name is strictly shorter, so chains cannot loop.
            for (int cut = name.lastIndexOf('_'); cut > 0; cut = name.lastIndexOf('_', cut - 1)) {
                Integer base = byName.get(name.substring(0, cut));
                if (base != null && base != i && columns.get(i).containsAll(columns.get(base))) {
                    copyOf[i] = base;
                    break;
                }
            }
        }
        return copyOf;
    }

    private static Set<String> columnNames(TableSchema table) {
        return table.columns().stream().map(c -> c.name().toLowerCase(Locale.ROOT))
                .collect(Collectors.toSet());
    }

    /** BM25 score of every matching table, best first (ties: catalog order). */
    private Map<Integer, Double> score(String question) {
        List<String> terms = analyze(question);
        Map<Integer, Double> scores = new LinkedHashMap<>();
        if (terms.isEmpty() || catalog.tables().isEmpty()) {
            return scores;
        }
        var query = new BooleanQuery.Builder();
        for (String term : terms.stream().distinct().limit(MAX_QUERY_TERMS).toList()) {
            BOOSTS.forEach((field, boost) -> query.add(
                    new BoostQuery(new TermQuery(new Term(field, term)), boost), BooleanClause.Occur.SHOULD));
        }
        try {
            for (ScoreDoc hit : searcher.search(query.build(), Math.min(catalog.tables().size(), MAX_SCORED)).scoreDocs) {
                int table = searcher.storedFields().document(hit.doc).getField(ID).numericValue().intValue();
                scores.put(table, (double) hit.score);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("in-memory search failed", e);
        }
        return scores;
    }

    private Document document(int index, TableSchema table) {
        var doc = new Document();
        doc.add(new StoredField(ID, index));
        doc.add(new TextField(NAME, splitIdentifiers(table.name()), Field.Store.NO));
        doc.add(new TextField(COLUMNS, table.columns().stream().map(c -> splitIdentifiers(c.name()))
                .collect(Collectors.joining(" ")), Field.Store.NO));
        StringBuilder text = new StringBuilder(table.comment() == null ? "" : table.comment());
        table.columns().stream().filter(c -> c.comment() != null).forEach(c -> text.append(". ").append(c.comment()));
        doc.add(new TextField(TEXT, text.toString(), Field.Store.NO));
        return doc;
    }

    private List<String> analyze(String text) {
        List<String> terms = new ArrayList<>();
        try (TokenStream tokens = analyzer.tokenStream(TEXT, splitIdentifiers(text))) {
            CharTermAttribute term = tokens.addAttribute(CharTermAttribute.class);
            tokens.reset();
            while (tokens.incrementToken()) {
                terms.add(term.toString());
            }
            tokens.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return terms;
    }

    /** {@code sales_orders} → {@code sales orders}; {@code orderDate} → {@code order Date}. */
    static String splitIdentifiers(String text) {
        return text.replaceAll("([a-z0-9])([A-Z])", "$1 $2").replace('_', ' ');
    }

    private record CatalogIdentity(Catalog catalog) {
        @Override
        public boolean equals(Object o) {
            return o instanceof CatalogIdentity other && other.catalog == catalog;
        }

        @Override
        public int hashCode() {
            return System.identityHashCode(catalog);
        }
    }
}
