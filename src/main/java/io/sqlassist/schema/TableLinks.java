package io.sqlassist.schema;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Which tables of a catalog join one hop apart: declared foreign keys in both directions, and, for catalogs
 * without keys (Glue), key-like column names. A table <em>owns</em> key {@code customer_id} when its name ends
 * in {@code customer}/{@code customers} and it has a column {@code customer_id} or {@code id}; any table with a
 * column {@code customer_id} then links to it. Tables sharing a key nobody owns are siblings.
 */
final class TableLinks {
    enum Kind {
        /** this table references the other (declared foreign key, or a key column the other owns) */
        PARENT(1.0),
        /** the other table references this one */
        CHILD(0.5),
        /** both carry the same key column and neither owns it */
        SIBLING(0.25);

        final double weight;

        Kind(double weight) {
            this.weight = weight;
        }
    }

    record Link(int table, Kind kind) {
    }

    private final List<List<Link>> links;

    TableLinks(List<TableSchema> tables) {
        Map<String, List<Integer>> owners = new HashMap<>();
        Map<String, List<Integer>> users = new HashMap<>();
        Map<String, Integer> byName = new HashMap<>();
        List<Set<String>> owned = new ArrayList<>();
        for (int i = 0; i < tables.size(); i++) {
            TableSchema t = tables.get(i);
            byName.putIfAbsent(lower(t.name()), i);
            Set<String> columns = new HashSet<>();
            t.columns().forEach(c -> columns.add(lower(c.name())));
            Set<String> own = new HashSet<>();
            for (String key : keysNamedAfter(t.name())) {
                if (columns.contains(key) || columns.contains("id")) {
                    own.add(key);
                    owners.computeIfAbsent(key, k -> new ArrayList<>()).add(i);
                }
            }
            owned.add(own);
            for (String c : columns) {
                if (c.endsWith("_id") && !own.contains(c)) {
                    users.computeIfAbsent(c, k -> new ArrayList<>()).add(i);
                }
            }
        }
        List<Map<Integer, Kind>> found = new ArrayList<>();
        tables.forEach(t -> found.add(new LinkedHashMap<>()));
        for (int i = 0; i < tables.size(); i++) {
            for (ForeignKey fk : tables.get(i).foreignKeys()) {
                Integer j = byName.get(lower(unqualified(fk.referencedTable())));
                if (j != null && j != i) {
                    put(found.get(i), j, Kind.PARENT);
                    put(found.get(j), i, Kind.CHILD);
                }
            }
        }
        for (Map.Entry<String, List<Integer>> e : users.entrySet()) {
            List<Integer> keyOwners = owners.getOrDefault(e.getKey(), List.of());
            for (int user : e.getValue()) {
                for (int owner : keyOwners) {
                    if (owner != user) {
                        put(found.get(user), owner, Kind.PARENT);
                        put(found.get(owner), user, Kind.CHILD);
                    }
                }
                if (keyOwners.isEmpty()) {
                    for (int other : e.getValue()) {
                        if (other != user) {
                            put(found.get(user), other, Kind.SIBLING);
                        }
                    }
                }
            }
        }
        links = found.stream()
                .map(m -> m.entrySet().stream().map(x -> new Link(x.getKey(), x.getValue())).toList())
                .toList();
    }

    List<Link> of(int table) {
        return links.get(table);
    }

    /**
     * Key columns a table may own by its name: {@code sales_order_items} → {@code item_id},
     * {@code order_item_id}, {@code sales_order_item_id}.
     */
    static List<String> keysNamedAfter(String tableName) {
        String[] parts = lower(unqualified(tableName)).split("_+");
        List<String> keys = new ArrayList<>();
        String last = singular(parts[parts.length - 1]);
        StringBuilder suffix = new StringBuilder(last);
        keys.add(suffix + "_id");
        for (int i = parts.length - 2; i >= 0; i--) {
            if (parts[i].isEmpty()) {
                continue;
            }
            suffix.insert(0, parts[i] + "_");
            keys.add(suffix + "_id");
        }
        return keys;
    }

    static String singular(String word) {
        if (word.endsWith("ies") && word.length() > 4) {
            return word.substring(0, word.length() - 3) + "y";
        }
        if (word.endsWith("sses") || word.endsWith("xes") || word.endsWith("ches") || word.endsWith("shes")) {
            return word.substring(0, word.length() - 2);
        }
        if (word.endsWith("s") && !word.endsWith("ss") && !word.endsWith("us") && word.length() > 3) {
            return word.substring(0, word.length() - 1);
        }
        return word;
    }

    private static void put(Map<Integer, Kind> map, int table, Kind kind) {
        map.merge(table, kind, (a, b) -> a.ordinal() <= b.ordinal() ? a : b);
    }

    private static String unqualified(String name) {
        return name.substring(name.lastIndexOf('.') + 1);
    }

    private static String lower(String s) {
        return s.toLowerCase(Locale.ROOT);
    }
}
