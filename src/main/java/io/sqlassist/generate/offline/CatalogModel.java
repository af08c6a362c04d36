package io.sqlassist.generate.offline;

import io.sqlassist.schema.Catalog;
import io.sqlassist.schema.Column;
import io.sqlassist.schema.ForeignKey;
import io.sqlassist.schema.TableSchema;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** Everything precomputed about one catalog: vocabulary of tables and columns, aliases, the FK graph. */
final class CatalogModel {
    /** How strongly a phrase names an element: full name, part of the name, comment word, synonym. */
    static final int FULL = 4;
    static final int PART = 3;
    static final int COMMENT = 1;
    /** A word in a comment's first clause (before ';' or ':') describes the column itself, not a side note. */
    static final int COMMENT_LEAD = 2;

    private static final Set<String> COMMENT_STOP = Set.of("the", "a", "an", "of", "in", "on", "for", "to", "and",
            "or", "is", "are", "be", "by", "at", "as", "with", "this", "that", "it", "its", "from", "when", "which",
            "e", "g", "eg", "i", "incl", "includ", "etc", "one", "per", "each", "row", "column", "tabl", "valu", "id",
            "identifi", "uniqu", "key", "primari", "foreign", "refer", "null", "not", "if", "was", "were", "has", "have");
    private static final Set<String> WEAK_NAME_PARTS = Set.of("id", "is", "has", "at", "on", "num", "no", "code");
    private static final Set<String> LABEL_NAMES = Set.of("name", "full_name", "fullname", "label", "display_name");
    static final List<String> MEASURE_WORDS = List.of("revenu", "total", "amount", "price", "valu", "cost", "salari",
            "sale", "fee", "balanc", "spend");
    private static final Set<String> AVERAGED_WORDS = Set.of("rate", "rating", "score", "percent", "percentag",
            "ratio", "age", "star");

    record Hit(Object element, int strength) {
    }

    final class TableInfo {
        final TableSchema schema;
        final String alias;
        final List<String> nameStems;
        final List<ColumnInfo> columns = new ArrayList<>();
        final List<String> pk;
        ColumnInfo defaultDate;
        ColumnInfo defaultMeasure;
        List<ColumnInfo> labels = List.of();

        TableInfo(TableSchema schema, String alias) {
            this.schema = schema;
            this.alias = alias;
            this.nameStems = WordStemmer.stems(schema.name());
            this.pk = schema.primaryKey();
        }

        String name() {
            return schema.name();
        }

        String ref() {
            return SqlNames.table(schema) + " " + alias;
        }

        ColumnInfo column(String name) {
            for (ColumnInfo c : columns) {
                if (c.column.name().equalsIgnoreCase(name)) {
                    return c;
                }
            }
            return null;
        }

        @Override
        public String toString() {
            return schema.name();
        }
    }

    final class ColumnInfo {
        final TableInfo table;
        final Column column;
        final String expression; // without alias; a derived measure has an expression over several columns
        final List<String> nameStems;
        final Set<String> commentStems;
        final Set<String> leadStems;
        final boolean key;
        final boolean derived;

        ColumnInfo(TableInfo table, Column column, String expression, boolean key, boolean derived) {
            this.table = table;
            this.column = column;
            this.expression = expression;
            this.nameStems = WordStemmer.stems(column.name());
            this.commentStems = new LinkedHashSet<>();
            this.leadStems = new LinkedHashSet<>();
            for (String s : WordStemmer.stems(column.comment())) {
                if (!COMMENT_STOP.contains(s) && s.length() > 1 && !s.chars().allMatch(Character::isDigit)) {
                    commentStems.add(s);
                }
            }
            String comment = column.comment() == null ? "" : column.comment();
            String lead = comment.split("[;:]", 2)[0];
            for (String s : WordStemmer.stems(lead)) {
                if (commentStems.contains(s)) {
                    leadStems.add(s);
                }
            }
            this.key = key;
            this.derived = derived;
        }

        String sql() {
            return derived ? expression.replace("{a}", table.alias + ".") : table.alias + "." + SqlNames.quote(column.name());
        }

        String name() {
            return column.name();
        }

        boolean numeric() {
            return column.isNumeric() && !key;
        }

        boolean temporal() {
            return column.isTemporal();
        }

        boolean text() {
            return column.isText();
        }

        boolean bool() {
            return column.type().toUpperCase(Locale.ROOT).startsWith("BOOL");
        }

        boolean averaged() {
            for (String s : nameStems) {
                if (AVERAGED_WORDS.contains(s)) {
                    return true;
                }
            }
            return false;
        }

        /** All stems describing this column: its name, its comment. */
        Set<String> vocabulary() {
            Set<String> all = new HashSet<>(nameStems);
            all.addAll(commentStems);
            return all;
        }

        @Override
        public String toString() {
            return table.name() + "." + column.name();
        }
    }

    record Edge(TableInfo from, TableInfo to, String onSql) {
    }

    final Catalog catalog;
    final Synonyms synonyms;
    final List<TableInfo> tables = new ArrayList<>();
    final Map<String, List<Hit>> phraseIndex = new HashMap<>();
    final Map<TableInfo, List<Edge>> edges = new LinkedHashMap<>();
    int longestPhrase = 1;

    CatalogModel(Catalog catalog, Synonyms synonyms) {
        this.catalog = catalog;
        this.synonyms = synonyms;
        Set<String> usedAliases = new HashSet<>();
        for (TableSchema t : catalog.tables()) {
            TableInfo info = new TableInfo(t, alias(t.name(), usedAliases));
            Set<String> keyColumns = new HashSet<>();
            t.primaryKey().forEach(k -> keyColumns.add(k.toLowerCase(Locale.ROOT)));
            t.foreignKeys().forEach(fk -> fk.columns().forEach(c -> keyColumns.add(c.toLowerCase(Locale.ROOT))));
            for (Column c : t.columns()) {
                boolean key = keyColumns.contains(c.name().toLowerCase(Locale.ROOT))
                        || c.name().toLowerCase(Locale.ROOT).endsWith("_id") || c.name().equalsIgnoreCase("id");
                info.columns.add(new ColumnInfo(info, c, null, key, false));
            }
            addDerivedLineTotal(info);
            tables.add(info);
        }
        for (TableInfo t : tables) {
            t.defaultDate = pickDefaultDate(t);
            t.defaultMeasure = pickDefaultMeasure(t);
            t.labels = pickLabels(t);
            indexTable(t);
        }
        buildEdges();
    }

    private static String alias(String tableName, Set<String> used) {
        StringBuilder sb = new StringBuilder();
        for (String w : WordStemmer.words(tableName)) {
            sb.append(w.charAt(0));
        }
        String base = sb.length() == 0 ? "t" : sb.toString();
        if (SqlNames.quote(base).startsWith("\"")) {
            base = base + "_";
        }
        String candidate = base;
        int n = 2;
        while (!used.add(candidate)) {
            candidate = base + n++;
        }
        return candidate;
    }

    /** A table with a quantity and a unit price implies a line total; it answers "revenue"/"sales" there. */
    private void addDerivedLineTotal(TableInfo t) {
        ColumnInfo qty = null;
        ColumnInfo price = null;
        ColumnInfo discount = null;
        boolean hasOwnTotal = false;
        for (ColumnInfo c : t.columns) {
            if (!c.numeric()) {
                continue;
            }
            if (c.nameStems.equals(List.of("quantiti")) || c.nameStems.equals(List.of("qty"))) {
                qty = c;
            } else if (c.nameStems.contains("discount")) {
                discount = c;
            } else if (c.nameStems.contains("price")) {
                price = c;
            } else if (c.nameStems.contains("total") || c.nameStems.contains("revenu") || c.nameStems.contains("amount")) {
                hasOwnTotal = true;
            }
        }
        if (qty != null && price != null && !hasOwnTotal) {
            Column virtual = new Column("line_total", "DECIMAL",
                    "revenue sales total amount: " + qty.name() + " times " + price.name());
            String expr = "{a}" + SqlNames.quote(qty.name()) + " * {a}" + SqlNames.quote(price.name());
            // a discount stated as an amount (not a rate or percentage) is taken off the line
            if (discount != null && !discount.vocabulary().stream().anyMatch(s -> s.startsWith("percent")
                    || s.equals("rate") || s.equals("pct") || s.equals("ratio") || s.equals("factor"))) {
                expr += " - {a}" + SqlNames.quote(discount.name());
            }
            t.columns.add(new ColumnInfo(t, virtual, expr, false, true));
        }
    }

    private static ColumnInfo pickDefaultDate(TableInfo t) {
        ColumnInfo best = null;
        int bestScore = Integer.MIN_VALUE;
        for (ColumnInfo c : t.columns) {
            if (!c.temporal()) {
                continue;
            }
            int score = 0;
            for (String s : c.nameStems) {
                if (t.nameStems.contains(s)) {
                    score += 3;
                }
            }
            if (c.nameStems.contains("creat") || c.nameStems.contains("updat") || c.nameStems.contains("modifi")) {
                score -= 2;
            }
            if (c.nameStems.contains("due") || c.nameStems.contains("end") || c.nameStems.contains("return")) {
                score -= 1;
            }
            if (score > bestScore) {
                bestScore = score;
                best = c;
            }
        }
        return best;
    }

    private static ColumnInfo pickDefaultMeasure(TableInfo t) {
        for (String word : MEASURE_WORDS) {
            for (ColumnInfo c : t.columns) {
                if (c.numeric() && !c.derived && (c.nameStems.contains(word))) {
                    return c;
                }
            }
        }
        for (String word : MEASURE_WORDS) {
            for (ColumnInfo c : t.columns) {
                if (c.numeric() && c.commentStems.contains(word)) {
                    return c;
                }
            }
        }
        return null;
    }

    private static List<ColumnInfo> pickLabels(TableInfo t) {
        for (ColumnInfo c : t.columns) {
            if (LABEL_NAMES.contains(c.name().toLowerCase(Locale.ROOT))) {
                return List.of(c);
            }
        }
        ColumnInfo first = null;
        ColumnInfo last = null;
        for (ColumnInfo c : t.columns) {
            String n = c.name().toLowerCase(Locale.ROOT);
            if (n.equals("first_name") || n.equals("firstname") || n.equals("given_name")) {
                first = c;
            } else if (n.equals("last_name") || n.equals("lastname") || n.equals("surname") || n.equals("family_name")) {
                last = c;
            }
        }
        if (first != null && last != null) {
            return List.of(first, last);
        }
        for (ColumnInfo c : t.columns) {
            if (c.text() && (c.name().toLowerCase(Locale.ROOT).endsWith("name") || c.name().toLowerCase(Locale.ROOT).endsWith("title"))) {
                return List.of(c);
            }
        }
        List<ColumnInfo> pk = new ArrayList<>();
        for (String k : t.pk) {
            ColumnInfo c = t.column(k);
            if (c != null) {
                pk.add(c);
            }
        }
        return pk.isEmpty() ? List.of(t.columns.get(0)) : pk;
    }

    private void indexTable(TableInfo t) {
        String full = String.join(" ", t.nameStems);
        add(full, t, FULL);
        if (t.nameStems.size() > 1) {
            add(t.nameStems.get(t.nameStems.size() - 1), t, PART);
        }
        for (String s : WordStemmer.stems(t.schema.comment())) {
            if (!COMMENT_STOP.contains(s)) {
                add(s, t, COMMENT);
            }
        }
        for (ColumnInfo c : t.columns) {
            add(String.join(" ", c.nameStems), c, FULL);
            List<String> parts = c.nameStems.stream().filter(p -> !WEAK_NAME_PARTS.contains(p)).toList();
            if (!parts.isEmpty() && parts.size() < c.nameStems.size()) {
                add(String.join(" ", parts), c, c.key ? 0 : FULL);
            }
            for (String p : parts) {
                add(p, c, c.key ? 0 : PART);
            }
            // "customer name" for customers.name: table word + column word
            for (int i = 0; i < t.nameStems.size(); i++) {
                add(t.nameStems.get(i) + " " + String.join(" ", c.nameStems), c, FULL);
            }
            for (String s : c.commentStems) {
                add(s, c, c.key ? 0 : c.leadStems.contains(s) ? COMMENT_LEAD : COMMENT);
            }
        }
    }

    private void add(String phrase, Object element, int strength) {
        if (phrase.isBlank()) {
            return;
        }
        List<Hit> hits = phraseIndex.computeIfAbsent(phrase, k -> new ArrayList<>());
        for (int i = 0; i < hits.size(); i++) {
            if (hits.get(i).element() == element) {
                if (hits.get(i).strength() < strength) {
                    hits.set(i, new Hit(element, strength));
                }
                return;
            }
        }
        hits.add(new Hit(element, strength));
        longestPhrase = Math.max(longestPhrase, phrase.split(" ").length);
    }

    /** Elements named by a stemmed phrase, directly or (one strength lower) through a synonym. */
    List<Hit> lookup(String stemPhrase) {
        List<Hit> direct = phraseIndex.get(stemPhrase);
        List<Hit> out = new ArrayList<>();
        if (direct != null) {
            out.addAll(direct);
        }
        int rank = 0;
        for (String canonical : synonyms.canonical(stemPhrase)) {
            // the first term a synonym line names is the likelier meaning
            int penalty = rank++ == 0 ? 1 : 2;
            List<Hit> viaSynonym = phraseIndex.get(canonical);
            if (viaSynonym == null) {
                continue;
            }
            for (Hit h : viaSynonym) {
                if (h.strength() <= 0) {
                    continue;
                }
                Hit mapped = new Hit(h.element(), Math.max(COMMENT, h.strength() - penalty));
                boolean replaced = false;
                for (int i = 0; i < out.size(); i++) {
                    if (out.get(i).element() == h.element()) {
                        if (out.get(i).strength() < mapped.strength()) {
                            out.set(i, mapped);
                        }
                        replaced = true;
                    }
                }
                if (!replaced) {
                    out.add(mapped);
                }
            }
        }
        return out;
    }

    TableInfo table(String name) {
        for (TableInfo t : tables) {
            if (t.name().equalsIgnoreCase(name)) {
                return t;
            }
        }
        return null;
    }

    private void buildEdges() {
        for (TableInfo t : tables) {
            edges.put(t, new ArrayList<>());
        }
        for (TableInfo t : tables) {
            for (ForeignKey fk : t.schema.foreignKeys()) {
                TableInfo target = table(fk.referencedTable());
                if (target == null) {
                    continue;
                }
                StringBuilder on = new StringBuilder();
                for (int i = 0; i < fk.columns().size(); i++) {
                    if (i > 0) {
                        on.append(" AND ");
                    }
                    on.append(t.alias).append('.').append(SqlNames.quote(fk.columns().get(i))).append(" = ")
                            .append(target.alias).append('.').append(SqlNames.quote(fk.referencedColumns().get(i)));
                }
                edges.get(t).add(new Edge(t, target, on.toString()));
                edges.get(target).add(new Edge(target, t, on.toString()));
            }
        }
    }

    /** Shortest FK path from {@code from} to {@code to} (both directions), or null when unreachable. */
    List<Edge> path(TableInfo from, TableInfo to) {
        if (from == to) {
            return List.of();
        }
        Map<TableInfo, Edge> via = new HashMap<>();
        ArrayDeque<TableInfo> queue = new ArrayDeque<>();
        queue.add(from);
        Set<TableInfo> seen = new HashSet<>(Set.of(from));
        while (!queue.isEmpty()) {
            TableInfo cur = queue.poll();
            for (Edge e : edges.get(cur)) {
                if (seen.add(e.to())) {
                    via.put(e.to(), e);
                    if (e.to() == to) {
                        List<Edge> path = new ArrayList<>();
                        TableInfo step = to;
                        while (step != from) {
                            Edge back = via.get(step);
                            path.add(0, back);
                            step = back.from();
                        }
                        return path;
                    }
                    queue.add(e.to());
                }
            }
        }
        return null;
    }

    int distance(TableInfo from, TableInfo to) {
        List<Edge> p = path(from, to);
        return p == null ? 99 : p.size();
    }

    /** Join steps that connect every needed table to the tree grown from the root, shortest paths first. */
    List<Edge> joinTree(TableInfo root, Collection<TableInfo> needed) {
        List<Edge> joins = new ArrayList<>();
        Set<TableInfo> inTree = new LinkedHashSet<>(List.of(root));
        List<TableInfo> pending = new ArrayList<>(needed);
        pending.removeIf(inTree::contains);
        while (!pending.isEmpty()) {
            List<Edge> best = null;
            TableInfo bestTarget = null;
            for (TableInfo target : pending) {
                for (TableInfo source : inTree) {
                    List<Edge> p = path(source, target);
                    if (p != null && (best == null || p.size() < best.size())) {
                        best = p;
                        bestTarget = target;
                    }
                }
            }
            if (best == null) {
                return null;
            }
            for (Edge e : best) {
                if (inTree.add(e.to())) {
                    joins.add(e);
                }
            }
            pending.remove(bestTarget);
            pending.removeIf(inTree::contains);
        }
        return joins;
    }

    /** True when joining along the edge can repeat rows of the side it starts from (it goes to a child table). */
    static boolean fansOut(Edge e) {
        for (ForeignKey fk : e.to().schema.foreignKeys()) {
            if (fk.referencedTable().equalsIgnoreCase(e.from().name())) {
                return true;
            }
        }
        return false;
    }
}
