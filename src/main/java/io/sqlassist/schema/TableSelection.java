package io.sqlassist.schema;

import static java.util.Objects.requireNonNull;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The tables chosen for one question.
 *
 * @param catalog          the chosen tables: search hits best first, then linked tables
 * @param tablesConsidered how many tables the whole catalog had
 * @param scores           BM25 score per chosen table ({@code db.table}), in catalog order; 0 for a linked
 *                         table the question did not match
 * @param linked           chosen tables that came in one hop from a hit rather than by score
 * @param estimatedTokens  {@link SchemaText#estimateTokens} of {@link SchemaText#render} of {@code catalog}
 */
public record TableSelection(Catalog catalog, int tablesConsidered, Map<String, Double> scores,
                             Set<String> linked, int estimatedTokens) {
    public TableSelection {
        requireNonNull(catalog, "catalog is null");
        scores = Collections.unmodifiableMap(new LinkedHashMap<>(requireNonNull(scores, "scores is null")));
        linked = Collections.unmodifiableSet(new LinkedHashSet<>(requireNonNull(linked, "linked is null")));
    }

    /** Chosen table names (no database), in order. */
    public List<String> tableNames() {
        return catalog.tables().stream().map(TableSchema::name).toList();
    }
}
