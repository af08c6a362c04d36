package io.sqlassist.guard;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import java.util.Optional;

/**
 * Reads DuckDB's plan estimates ({@code EXPLAIN (FORMAT json)}) for joins that multiply rows: a join of keys keeps
 * about as many rows as its largest table, while joins on a low-cardinality column or an inequality, chained, make
 * powers of them. The guard cannot see cardinalities; the engine's estimate can, roughly — DuckDB overestimates
 * key joins by a few hundred times — so a join is judged against the largest table scanned beneath it, with a
 * wide factor.
 *
 * @param factor how many times the largest table beneath it a join's estimated rows may be
 * @param floor  estimated rows a join may always make, however small its tables
 */
record JoinGrowth(long factor, long floor) {
    private static final ObjectMapper JSON = new ObjectMapper();

    /** Why the plan is refused; empty when every join stays within bounds or the plan cannot be read. */
    Optional<String> refusal(String planJson) {
        JsonNode plan;
        try {
            plan = JSON.readTree(planJson);
        } catch (IOException e) {
            return Optional.empty(); // the plan's shape is DuckDB's business; only its estimates are judged
        }
        Deque<JsonNode> pending = new ArrayDeque<>();
        pending.push(plan);
        while (!pending.isEmpty()) {
            JsonNode node = pending.pop();
            if (node.isArray()) {
                node.forEach(pending::push);
                continue;
            }
            String name = node.path("name").asText("").toUpperCase(Locale.ROOT);
            if (name.contains("JOIN") || name.contains("PRODUCT") || name.contains("UNNEST")) {
                long rows = estimate(node);
                long largestTable = largestScan(node);
                long allowed = Math.max(floor, multiply(factor, Math.max(largestTable, 1)));
                if (rows > allowed) {
                    return Optional.of(String.format(Locale.ROOT, "the engine estimates %,d rows at a %s over tables of"
                            + " at most %,d rows: the join multiplies rows; join on keys, or aggregate a side first",
                            rows, name.replace('_', ' ').toLowerCase(Locale.ROOT), largestTable));
                }
            }
            node.path("children").forEach(pending::push);
        }
        return Optional.empty();
    }

    private static long largestScan(JsonNode root) {
        long largest = 0;
        Deque<JsonNode> pending = new ArrayDeque<>();
        root.path("children").forEach(pending::push);
        while (!pending.isEmpty()) {
            JsonNode node = pending.pop();
            if (node.path("name").asText("").toUpperCase(Locale.ROOT).contains("SCAN")) {
                largest = Math.max(largest, estimate(node));
            }
            node.path("children").forEach(pending::push);
        }
        return largest;
    }

    private static long estimate(JsonNode node) {
        String text = node.path("extra_info").path("Estimated Cardinality").asText("").replace(",", "").trim();
        try {
            return text.isEmpty() ? 0 : Long.parseLong(text);
        } catch (NumberFormatException e) {
            return Long.MAX_VALUE; // beyond a long: as large as it gets
        }
    }

    private static long multiply(long a, long b) {
        long product = a * b;
        return a != 0 && product / a != b ? Long.MAX_VALUE : product;
    }
}
