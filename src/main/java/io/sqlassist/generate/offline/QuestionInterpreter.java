package io.sqlassist.generate.offline;

import io.sqlassist.generate.offline.CatalogModel.ColumnInfo;
import io.sqlassist.generate.offline.CatalogModel.Hit;
import io.sqlassist.generate.offline.CatalogModel.TableInfo;
import io.sqlassist.generate.offline.QueryPlan.Agg;
import io.sqlassist.generate.offline.QueryPlan.Condition;
import io.sqlassist.generate.offline.QueryPlan.GroupKey;
import io.sqlassist.generate.offline.QueryPlan.HavingCondition;
import io.sqlassist.generate.offline.QueryPlan.Measure;
import io.sqlassist.generate.offline.QuestionEvents.Event;
import io.sqlassist.generate.offline.QuestionEvents.Kind;
import io.sqlassist.generate.offline.ValueIndex.ValueHit;
import io.sqlassist.wire.Confidence;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/** Turns a question (or feedback on an earlier plan) into a {@link QueryPlan} using only catalog metadata and values. */
final class QuestionInterpreter {
    record Interpretation(QueryPlan plan, String refusal, List<String> unplaced, Confidence confidence) {
    }

    /** Operations the engine does not write; a question that needs one is refused rather than half answered. */
    private static final Set<String> UNSUPPORTED = Set.of("percentage", "percent", "proportion", "ratio", "share",
            "median", "correlation", "growth", "trend", "compare", "comparison", "difference", "versus", "vs",
            "change", "increase", "decrease", "rate", "forecast", "predict", "cumulative", "running");

    private final CatalogModel model;
    private final ValueIndex values;

    QuestionInterpreter(CatalogModel model, ValueIndex values) {
        this.model = model;
        this.values = values;
    }

    /** Per-question working state. */
    private final class Work {
        final QuestionEvents q;
        final QueryPlan plan;
        final Set<TableInfo> ctx = new LinkedHashSet<>();
        final List<Event> plain = new ArrayList<>();
        final List<Event> groupMentions = new ArrayList<>();
        final List<String> timeUnits = new ArrayList<>();
        Event aggEvent;
        Event aggArg;
        Event superEvent;
        Event orderArg;
        Agg orderAgg;
        Event sortArg;
        Integer limit;
        boolean desc = true;
        Boolean dir;
        boolean alpha;
        boolean distinct;
        boolean recent;
        boolean also;
        boolean instead;
        boolean ambiguous;
        boolean rankByAgg;
        final Map<TableInfo, Boolean> nearTable = new java.util.HashMap<>();
        final Set<Event> negated = new HashSet<>();

        Work(QuestionEvents q, QueryPlan plan) {
            this.q = q;
            this.plan = plan;
        }
    }

    Interpretation interpret(String question) {
        Work w = new Work(new QuestionEvents(question, model, values), new QueryPlan());
        assignRoles(w);
        for (Event e : w.q.events) {
            if (e.kind == Kind.MENTION && e.isTable() && e.bestStrength() >= CatalogModel.PART) {
                w.ctx.add((TableInfo) e.hits.get(0).element());
            }
        }
        TableInfo subject = chooseSubject(w);
        List<String> unplaced = w.q.unplaced();
        if (subject == null) {
            return refuse("I could not tell which table the question is about"
                    + (unplaced.isEmpty() ? "" : "; words I could not place: " + String.join(", ", quoted(unplaced))),
                    unplaced);
        }
        w.plan.subject = subject;
        w.ctx.add(subject);
        String problem = build(w);
        if (problem != null) {
            return refuse(problem, unplaced);
        }
        for (String word : unplaced) {
            if (UNSUPPORTED.contains(word.toLowerCase(java.util.Locale.ROOT))) {
                return refuse("I cannot compute \"" + word + "\" yet; words I could not place: "
                        + String.join(", ", quoted(unplaced)), unplaced);
            }
        }
        int content = Math.max(1, w.q.contentWords());
        if (unplaced.size() >= 3 || (unplaced.size() >= 2 && unplaced.size() * 2 >= content)
                || (unplaced.size() == 1 && content <= 2)) {
            return refuse("words I could not place: " + String.join(", ", quoted(unplaced)), unplaced);
        }
        Confidence confidence = !unplaced.isEmpty() ? Confidence.low : w.ambiguous ? Confidence.medium : Confidence.high;
        return new Interpretation(w.plan, null, unplaced, confidence);
    }

    /** Applies feedback ("only 3", "sort by name", "just Germany", "per month instead") to an earlier plan. */
    Interpretation amend(QueryPlan base, String feedback) {
        QuestionEvents q = new QuestionEvents(feedback, model, values);
        Work w = new Work(q, base.copy());
        assignRoles(w);
        w.ctx.add(base.subject);
        w.ctx.addAll(tablesOf(base));
        for (Event e : q.events) {
            if (e.kind == Kind.MENTION && e.isTable() && e.bestStrength() >= CatalogModel.PART) {
                w.ctx.add((TableInfo) e.hits.get(0).element());
            }
        }
        QueryPlan p = w.plan;
        boolean changed = false;
        Integer limit = w.limit != null ? w.limit : bareNumber(q);
        if (limit != null) {
            p.limit = limit;
            changed = true;
        }
        if (!w.groupMentions.isEmpty() || !w.timeUnits.isEmpty()) {
            if (!w.also) {
                p.groups.clear();
            }
            addGroups(w);
            if (p.measure == null && p.orderMeasure == null) {
                p.measure = new Measure(Agg.COUNT, null, null, false);
            }
            changed = true;
        }
        if (w.sortArg != null || w.alpha || w.dir != null || w.superEvent != null) {
            changed |= applyOrdering(w);
        }
        List<Condition> before = new ArrayList<>(p.conditions);
        String problem = addConditions(w, true);
        if (problem != null) {
            return refuse(problem + " (feedback: \"" + feedback + "\")", q.unplaced());
        }
        changed |= !before.equals(p.conditions);
        for (Event e : w.plain) {
            if (e.used || (e.isTable() && e.bestStrength() >= CatalogModel.PART) || !hasColumnHit(e, CatalogModel.PART)) {
                continue;
            }
            ColumnInfo c = resolveColumn(w, e, x -> true);
            if (c == null) {
                continue;
            }
            if (p.measure != null || !p.groups.isEmpty()) {
                p.groups.add(new GroupKey(c, null, null));
            } else if (!p.columns.contains(c)) {
                if (p.columns.isEmpty() && !p.rank) {
                    p.columns.addAll(p.subject.labels);
                }
                p.columns.add(c);
            }
            changed = true;
        }
        if (w.aggEvent != null && w.aggArg != null) {
            Measure m = measureFor(w, w.aggEvent.agg, w.aggArg);
            if (m != null) {
                p.measure = m;
                changed = true;
            }
        }
        if (!changed) {
            return refuse("I could not apply the feedback \"" + feedback + "\"", q.unplaced());
        }
        return new Interpretation(p, null, q.unplaced(), q.unplaced().isEmpty() ? Confidence.medium : Confidence.low);
    }

    private static Integer bareNumber(QuestionEvents q) {
        for (int i = 0; i < q.tokens.size(); i++) {
            if (q.owner[i] == null && q.tokens.get(i).isNumber()) {
                return q.tokens.get(i).number().intValue();
            }
        }
        return null;
    }

    private static List<String> quoted(List<String> words) {
        return words.stream().map(x -> "\"" + x + "\"").toList();
    }

    private static Interpretation refuse(String reason, List<String> unplaced) {
        return new Interpretation(null, reason, unplaced, Confidence.low);
    }

    private void assignRoles(Work w) {
        List<Event> ev = w.q.events;
        boolean pendingGroup = false;
        boolean pendingSort = false;
        Event pendingAgg = null;
        Event pendingSuper = null;
        for (int i = 0; i < ev.size(); i++) {
            Event e = ev.get(i);
            Event next = i + 1 < ev.size() ? ev.get(i + 1) : null;
            String lastWord = w.q.tokens.get(Math.max(e.start, e.end - 1)).lower();
            boolean singular = !lastWord.endsWith("s") || lastWord.endsWith("ss");
            boolean nextAdjacentColumn = singular && next != null && next.kind == Kind.MENTION && next.start == e.end
                    && !next.isTable();
            switch (e.kind) {
                case AGG -> {
                    if (next != null && next.kind == Kind.NUMCOND && next.start == e.end) {
                        // "orders with a total above 1500": a noun, not a sum
                        break;
                    }
                    if (w.aggEvent == null) {
                        w.aggEvent = e;
                        pendingAgg = e;
                        if ((pendingGroup || pendingSort) && (w.superEvent != null || w.limit != null)) {
                            pendingGroup = false;
                            pendingSort = false;
                            pendingSuper = w.superEvent != null ? w.superEvent : e;
                            w.rankByAgg = true;
                        }
                    }
                }
                case GROUP -> pendingGroup = !(next != null && next.kind == Kind.VALUE && next.start == e.end);
                case SORT -> pendingSort = true;
                case SUPER -> {
                    if (w.superEvent == null) {
                        w.superEvent = e;
                        w.desc = e.desc;
                        pendingSuper = e.start == e.end || e.concept != null ? null : e;
                    }
                }
                case TIMEUNIT -> {
                    w.timeUnits.add(e.unit);
                    pendingGroup = false;
                }
                case LIMIT -> w.limit = e.limit;
                case DIR -> w.dir = e.desc;
                case ALPHA -> w.alpha = true;
                case DISTINCT -> w.distinct = true;
                case RECENT -> w.recent = true;
                case ALSO -> w.also = true;
                case INSTEAD -> w.instead = true;
                case NEG -> {
                    for (int k = i + 1; k < ev.size() && k <= i + 2; k++) {
                        Event t = ev.get(k);
                        if (t.kind == Kind.VALUE || t.kind == Kind.MENTION || t.kind == Kind.NUMCOND) {
                            if (t.start - e.end <= 2) {
                                w.negated.add(t);
                            }
                            break;
                        }
                    }
                }
                case MENTION -> {
                    if (pendingGroup && e.isTable() && next != null && next.kind == Kind.MENTION
                            && next.start == e.end) {
                        // "for each product category": the last noun is the group, the first only qualifies it
                        w.ctx.add(table(e));
                        continue;
                    }
                    if (pendingGroup) {
                        boolean numeric = !e.isTable() && e.hits.get(0).element() instanceof ColumnInfo c && c.numeric();
                        if ((w.superEvent != null || w.limit != null) && numeric && w.orderArg == null) {
                            w.orderArg = e;
                        } else {
                            w.groupMentions.add(e);
                        }
                        pendingGroup = e.end < w.q.tokens.size() && w.q.tokens.get(e.end).is("and")
                                && next != null && next.kind == Kind.MENTION;
                    } else if (pendingAgg != null && w.aggArg == null && pendingAgg.agg == Agg.COUNT && !e.isTable()
                            && next != null && next.kind == Kind.MENTION && next.isTable() && next.start == e.end
                            && !(e.hits.get(0).element() instanceof ColumnInfo nc0 && nc0.numeric())) {
                        w.plain.add(e);
                    } else if (pendingAgg != null && w.aggArg == null) {
                        if (e.isTable() && nextAdjacentColumn && pendingAgg.agg != Agg.COUNT
                                && next.hits.get(0).element() instanceof ColumnInfo nc && nc.numeric()) {
                            w.plain.add(e);
                            continue;
                        }
                        w.aggArg = e;
                        pendingAgg = null;
                        if (pendingSuper != null && w.orderArg == null) {
                            w.orderArg = e;
                            w.orderAgg = w.aggEvent.agg;
                            pendingSuper = null;
                            if (w.superEvent == null) {
                                w.superEvent = w.aggEvent;
                            }
                        }
                    } else if (pendingSuper != null && w.orderArg == null) {
                        if (e.isTable() && nextAdjacentColumn) {
                            w.plain.add(e);
                            continue;
                        }
                        w.orderArg = e;
                        pendingSuper = null;
                    } else if (pendingSort) {
                        w.sortArg = e;
                        pendingSort = false;
                    } else {
                        w.plain.add(e);
                    }
                }
                default -> {
                }
            }
        }
        // "show me 5 products", "the 3 cheapest products": a free number before a table or superlative is a limit
        for (int i = 0; i < w.q.tokens.size() - 1 && w.limit == null; i++) {
            if (w.q.owner[i] == null && w.q.tokens.get(i).isNumber() && w.q.tokens.get(i).number().scale() <= 0) {
                Event nextOwner = w.q.owner[i + 1];
                if (nextOwner != null && (nextOwner.kind == Kind.SUPER
                        || (nextOwner.kind == Kind.MENTION && nextOwner.isTable())
                        || nextOwner.kind == Kind.VALUE || nextOwner.kind == Kind.MENTION)) {
                    w.limit = w.q.tokens.get(i).number().intValue();
                    w.q.owner[i] = nextOwner;
                }
            }
        }
    }

    private TableInfo chooseSubject(Work w) {
        if (w.aggEvent != null && w.aggEvent.agg == Agg.COUNT && w.q.tokens.size() > w.aggEvent.end - 1
                && w.q.tokens.get(w.aggEvent.end - 1).is("times", "often")) {
            TableInfo fact = factTable(w);
            if (fact != null) {
                if (w.aggArg != null && w.aggArg.isTable()) {
                    w.plain.add(w.aggArg);
                    w.aggArg = null;
                }
                return fact;
            }
        }
        if (w.aggEvent != null && w.aggEvent.agg == Agg.COUNT && w.aggArg != null && w.aggArg.isTable()
                && w.aggArg != w.orderArg) {
            return table(w.aggArg);
        }
        for (Event e : w.plain) {
            if (e.isTable() && e.bestStrength() >= CatalogModel.PART) {
                return table(e);
            }
        }
        if (w.aggArg != null) {
            if (w.aggArg.isTable()) {
                return table(w.aggArg);
            }
            ColumnInfo c = resolveColumn(w, w.aggArg, x -> true);
            if (c != null) {
                return c.table;
            }
        }
        if (w.orderArg != null && w.orderArg.isTable()) {
            return table(w.orderArg);
        }
        for (Event e : w.plain) {
            ColumnInfo c = resolveColumn(w, e, x -> true);
            if (c != null) {
                return c.table;
            }
        }
        if (w.orderArg != null) {
            ColumnInfo c = resolveColumn(w, w.orderArg, x -> true);
            if (c != null) {
                return c.table;
            }
        }
        for (Event e : w.groupMentions) {
            if (e.isTable()) {
                return table(e);
            }
        }
        for (Event e : w.q.events) {
            if (e.kind == Kind.VALUE) {
                ColumnInfo c = resolveValueColumn(w, e);
                if (c != null) {
                    return c.table;
                }
            }
        }
        for (Event e : w.groupMentions) {
            ColumnInfo c = resolveColumn(w, e, x -> true);
            if (c != null) {
                return c.table;
            }
        }
        return null;
    }

    /** Among the tables a question mentions, the one whose foreign keys point at most of the others. */
    private TableInfo factTable(Work w) {
        Set<TableInfo> mentioned = new LinkedHashSet<>();
        for (Event e : w.q.events) {
            if (e.kind == Kind.MENTION && e.isTable() && e.bestStrength() >= CatalogModel.PART - 1) {
                mentioned.add(table(e));
            }
        }
        TableInfo best = null;
        int bestLinks = 0;
        for (TableInfo t : mentioned) {
            int links = 0;
            for (io.sqlassist.schema.ForeignKey fk : t.schema.foreignKeys()) {
                for (TableInfo o : mentioned) {
                    if (o != t && fk.referencedTable().equalsIgnoreCase(o.name())) {
                        links++;
                    }
                }
            }
            if (links > bestLinks) {
                bestLinks = links;
                best = t;
            }
        }
        return best;
    }

    private static TableInfo table(Event e) {
        return (TableInfo) e.hits.get(0).element();
    }

    /** Builds the plan; returns a refusal reason or null. */
    private String build(Work w) {
        QueryPlan p = w.plan;
        String problem = addConditions(w, false);
        if (problem != null) {
            return problem;
        }
        // measure
        if (w.aggEvent != null && !(w.orderArg != null && w.orderArg == w.aggArg)) {
            Agg agg = w.aggEvent.agg;
            if (w.aggArg == null) {
                if (agg != Agg.COUNT) {
                    ColumnInfo m = p.subject.defaultMeasure;
                    if (m == null) {
                        return "I could not tell which number to " + agg.name().toLowerCase() + " in " + p.subject.name();
                    }
                    p.measure = new Measure(agg, m, null, false);
                } else {
                    p.measure = new Measure(Agg.COUNT, null, null, false);
                }
            } else {
                p.measure = measureFor(w, agg, w.aggArg);
                if (p.measure == null) {
                    return "I could not find a number to " + agg.name().toLowerCase() + " for \""
                            + text(w, w.aggArg) + "\"";
                }
            }
        }
        addGroups(w);
        // superlative without an explicit measure: a concept word ("cheapest" → price), or "the newest" → a date
        if (w.superEvent != null || w.recent) {
            p.rank = true;
            if (w.orderArg == null && w.superEvent != null && w.superEvent.concept != null) {
                ColumnInfo c = conceptColumn(w, w.superEvent.concept);
                if (c != null) {
                    applyOrderColumn(w, c, w.orderAgg);
                }
            } else if (w.orderArg != null) {
                problem = applyOrderArg(w);
                if (problem != null) {
                    return problem;
                }
            } else if (w.recent) {
                ColumnInfo d = defaultDate(w);
                if (d != null) {
                    p.orderColumn = d;
                    p.orderDesc = true;
                }
            }
            if (p.orderColumn == null && p.orderMeasure == null && w.orderArg == null && w.superEvent != null
                    && w.superEvent.concept == null && w.superEvent.end > w.superEvent.start
                    && w.q.tokens.get(w.superEvent.start).is("most", "least", "fewest")
                    && (p.measure == null || p.measure.agg() == Agg.COUNT)) {
                Event measureWord = null;
                for (Event e : w.plain) {
                    if (!e.used && !e.isTable() && e.start < w.superEvent.start
                            && resolveColumn(w, e, ColumnInfo::numeric) != null) {
                        measureWord = e;
                    }
                }
                if (measureWord != null && p.measure == null) {
                    // "which customer spent the most": the measure was named before the superlative
                    w.orderArg = measureWord;
                    w.plain.remove(measureWord);
                    String rankProblem = applyOrderArg(w);
                    if (rankProblem != null) {
                        return rankProblem;
                    }
                } else {
                    // "which payment method is used the most": rank by how often
                    p.orderMeasure = p.measure != null ? p.measure : new Measure(Agg.COUNT, null, null, false);
                }
                p.orderDesc = w.desc;
            }
            if (p.orderColumn == null && p.orderMeasure == null) {
                if (p.measure != null && w.superEvent != null && w.superEvent.start <= w.aggEvent.start) {
                    p.orderMeasure = p.measure;
                    p.orderDesc = w.desc;
                } else if (w.superEvent != null && p.measure == null && w.orderArg == null
                        && p.subject.defaultMeasure != null) {
                    p.orderColumn = p.subject.defaultMeasure;
                    p.orderDesc = w.desc;
                } else if (w.superEvent != null && p.measure == null) {
                    return "I could not tell what to rank " + p.subject.name() + " by";
                }
            }
            boolean whenQuestion = w.q.tokens.get(0).is("when");
            boolean entityQuestion = !whenQuestion && (startsWithEntityWord(w) || w.limit != null
                    || !p.groups.isEmpty() || w.plain.stream().anyMatch(e -> e.isTable() && !isModifier(w, e)));
            if (p.orderMeasure != null && p.orderMeasure.column() != null && p.measure == null && !entityQuestion
                    && p.groups.isEmpty()) {
                // "what is the highest price" asks for a value, not a row
                p.measure = new Measure(w.desc ? Agg.MAX : Agg.MIN, p.orderMeasure.column(), null, false);
                p.orderMeasure = null;
                p.rank = false;
            } else if (p.orderColumn != null && p.measure == null && !entityQuestion && p.columns.isEmpty()
                    && ((p.orderColumn.numeric() && w.orderArg != null && !w.orderArg.isTable())
                    || (whenQuestion && p.orderColumn.temporal()))) {
                p.measure = new Measure(w.desc ? Agg.MAX : Agg.MIN, p.orderColumn, null, false);
                p.orderColumn = null;
                p.rank = false;
            }
        }
        // remaining mentions: select columns, or dimensions when aggregating
        for (Event e : w.plain) {
            if (e.used || (e.isTable() && e.bestStrength() >= CatalogModel.PART)) {
                continue;
            }
            List<ColumnInfo> cols;
            if (hasColumnHit(e, CatalogModel.PART)) {
                cols = resolveColumns(w, e);
            } else {
                ColumnInfo m = resolveColumn(w, e, ColumnInfo::numeric);
                boolean measureContext = !p.groups.isEmpty() || p.measure != null || p.orderMeasure != null
                        || !w.timeUnits.isEmpty() || isMeasureWord(e, m);
                cols = m != null && measureContext && p.measure == null ? List.of(m) : List.of();
            }
            cols = cols.stream().filter(c -> p.conditions.stream().noneMatch(k -> k.column() == c)).toList();
            if (cols.stream().anyMatch(c -> p.groups.stream().anyMatch(g -> g.column() == c) || p.columns.contains(c)
                    || c == p.orderColumn)) {
                continue;
            }
            if (cols.isEmpty()) {
                continue;
            }
            boolean aggregated = p.measure != null || p.orderMeasure != null;
            for (ColumnInfo c : cols) {
                if (aggregated && !c.numeric()) {
                    p.groups.add(new GroupKey(c, null, null));
                } else if (aggregated && p.measure == null && c.numeric()) {
                    p.measure = new Measure(c.averaged() ? Agg.AVG : Agg.SUM, c, null, false);
                } else if (!aggregated && !p.groups.isEmpty() && c.numeric()) {
                    p.measure = new Measure(c.averaged() ? Agg.AVG : Agg.SUM, c, null, false);
                } else if (!p.columns.contains(c) && !aggregated) {
                    p.columns.add(c);
                }
            }
        }
        if (!p.groups.isEmpty() && p.measure == null && p.orderMeasure == null) {
            p.measure = new Measure(Agg.COUNT, null, null, false);
        }
        if ((p.orderMeasure != null || !p.having.isEmpty()) && p.groups.isEmpty()) {
            p.groups.add(new GroupKey(null, null, p.subject));
        }
        if (p.measure != null && p.measure.agg() == Agg.COUNT && p.measure.column() == null
                && (p.measure.countTable() == null || p.measure.countTable() == p.subject)
                && !p.having.isEmpty() && p.groups.size() == 1 && p.groups.get(0).entity() == p.subject) {
            p.notes.add("count of groups");
        }
        // ordering
        if (w.sortArg != null || w.alpha || w.dir != null) {
            applyOrdering(w);
        }
        if (p.rank && (p.orderMeasure != null || p.orderColumn != null)) {
            if (w.limit != null) {
                p.limit = w.limit;
            } else {
                p.limit = singularEntity(w) ? 1 : 10;
            }
        } else if (w.limit != null) {
            p.limit = w.limit;
        }
        if (w.distinct || (w.q.tokens.get(0).is("which", "what") && p.measure == null && !p.columns.isEmpty()
                && firstMentionIsColumn(w) && p.columns.stream().noneMatch(c -> p.subject.labels.contains(c)))) {
            p.distinct = true;
        }
        return null;
    }

    /** NOT EXISTS over a table holding a foreign key to the subject; {c} is the subject's key. */
    private static String notExists(TableInfo subject, TableInfo other) {
        for (io.sqlassist.schema.ForeignKey fk : other.schema.foreignKeys()) {
            if (fk.referencedTable().equalsIgnoreCase(subject.name()) && fk.columns().size() == 1) {
                String alias = "x_" + other.alias;
                return "NOT EXISTS (SELECT 1 FROM " + SqlNames.table(other.schema) + " " + alias + " WHERE " + alias
                        + "." + SqlNames.quote(fk.columns().get(0)) + " = {c})";
            }
        }
        return null;
    }

    /** A mention that names a measure through a comment ("revenue") when the question starts with it. */
    private boolean isMeasureWord(Event e, ColumnInfo m) {
        return m != null && e.start == 0;
    }

    /** "order amount": a table word directly before a column word only qualifies the column. */
    private static boolean isModifier(Work w, Event e) {
        int idx = w.q.events.indexOf(e);
        if (idx < 0 || idx + 1 >= w.q.events.size()) {
            return false;
        }
        Event next = w.q.events.get(idx + 1);
        return next.start == e.end && (next.kind == Kind.MENTION && !next.isTable());
    }

    private static boolean hasColumnHit(Event e, int minStrength) {
        for (Hit h : e.hits) {
            if (h.element() instanceof ColumnInfo && Math.abs(h.strength()) >= minStrength) {
                return true;
            }
        }
        return false;
    }

    private boolean applyOrdering(Work w) {
        QueryPlan p = w.plan;
        boolean changed = false;
        if (w.sortArg != null) {
            ColumnInfo c = w.sortArg.isTable() ? table(w.sortArg).labels.get(0) : resolveColumn(w, w.sortArg, x -> true);
            if (c == null && w.sortArg.isTable()) {
                return false;
            }
            if (c != null && p.measure != null && p.measure.column() == c && !p.groups.isEmpty()) {
                // sorting grouped rows by their measure: largest first unless told otherwise
                p.orderColumn = null;
                p.orderMeasure = p.measure;
                p.orderDesc = w.dir == null || w.dir;
                changed = true;
            } else if (c != null) {
                p.orderMeasure = null;
                p.orderColumn = c;
                p.orderDesc = w.dir != null && w.dir;
                changed = true;
            }
        } else if (w.alpha) {
            p.orderMeasure = null;
            p.orderColumn = p.subject.labels.get(0);
            p.orderDesc = false;
            changed = true;
        } else if (w.superEvent != null && w.orderArg != null) {
            QueryPlan saved = p.copy();
            p.orderMeasure = null;
            p.orderColumn = null;
            p.rank = true;
            String problem = applyOrderArg(w);
            if (problem != null) {
                p.orderMeasure = saved.orderMeasure;
                p.orderColumn = saved.orderColumn;
                return false;
            }
            changed = true;
        } else if (w.dir != null) {
            if (p.orderColumn == null && p.orderMeasure == null && p.measure != null && !p.groups.isEmpty()) {
                p.orderMeasure = p.measure;
            }
            if (p.orderColumn == null && p.orderMeasure == null) {
                p.orderColumn = p.subject.labels.get(0);
            }
            changed = p.orderDesc != w.dir || changed;
            p.orderDesc = w.dir;
            changed = true;
        }
        return changed;
    }

    private String applyOrderArg(Work w) {
        QueryPlan p = w.plan;
        Event a = w.orderArg;
        a.used = true;
        boolean countWord = w.superEvent != null && w.superEvent.end > w.superEvent.start
                && w.q.tokens.get(w.superEvent.start).is("most", "least", "fewest");
        boolean hasDimension = w.plain.stream().anyMatch(e -> e != a && !e.used);
        if (a.isTable() && table(a) == p.subject && !countWord && !hasDimension && w.orderAgg == null
                && p.subject.defaultMeasure != null) {
            // "the 10 biggest orders": size of the rows themselves
            applyOrderColumn(w, p.subject.defaultMeasure, null);
            return null;
        }
        if (a.isTable() && (w.orderAgg == null || w.orderAgg == Agg.COUNT)) {
            p.orderMeasure = new Measure(Agg.COUNT, null, table(a) == p.subject ? null : table(a), false);
            p.orderDesc = w.desc;
            return null;
        }
        ColumnInfo c;
        if (a.isTable()) {
            c = table(a).defaultMeasure;
        } else {
            c = resolveColumn(w, a, x -> x.numeric() || x.temporal());
            if (c == null) {
                c = resolveColumn(w, a, x -> true);
            }
        }
        if (c == null) {
            return "I could not find a number to rank by for \"" + text(w, a) + "\"";
        }
        if (c.text() && w.orderAgg == null) {
            // "the most common status": rank the values of a text column by how often they occur
            p.groups.add(new GroupKey(c, null, null));
            p.orderMeasure = new Measure(Agg.COUNT, null, null, false);
            p.orderDesc = w.desc;
            return null;
        }
        applyOrderColumn(w, c, w.orderAgg);
        return null;
    }

    private void applyOrderColumn(Work w, ColumnInfo c, Agg agg) {
        QueryPlan p = w.plan;
        boolean sameRow = c.table == p.subject || !fansOut(p.subject, c.table);
        if (agg != null) {
            p.orderMeasure = new Measure(agg, c, null, false);
        } else if (sameRow && p.groups.isEmpty() && p.measure == null) {
            p.orderColumn = c;
        } else if (p.measure != null && p.measure.column() == c) {
            p.orderMeasure = p.measure;
        } else {
            p.orderMeasure = new Measure(c.numeric() ? (c.averaged() ? Agg.AVG : Agg.SUM) : (w.desc ? Agg.MAX : Agg.MIN),
                    c, null, false);
        }
        p.orderDesc = w.desc;
    }

    private boolean fansOut(TableInfo from, TableInfo to) {
        List<CatalogModel.Edge> path = model.path(from, to);
        if (path == null) {
            return false;
        }
        for (CatalogModel.Edge e : path) {
            if (CatalogModel.fansOut(e)) {
                return true;
            }
        }
        return false;
    }

    private boolean startsWithEntityWord(Work w) {
        return !w.q.tokens.isEmpty() && w.q.tokens.get(0).is("which", "who", "list", "show", "name", "find", "give",
                "display", "get", "top", "rank");
    }

    private boolean firstMentionIsColumn(Work w) {
        for (Event e : w.q.events) {
            if (e.kind == Kind.MENTION) {
                return !e.isTable();
            }
        }
        return false;
    }

    private boolean singularEntity(Work w) {
        for (Event e : w.plain) {
            if (e.isTable() || !e.used) {
                QuestionToken t = w.q.tokens.get(e.end - 1);
                return !t.lower().endsWith("s") || t.lower().endsWith("ss");
            }
        }
        for (GroupKey g : w.plan.groups) {
            if (g.column() != null || g.entity() != null) {
                return true;
            }
        }
        return true;
    }

    private Measure measureFor(Work w, Agg agg, Event arg) {
        arg.used = true;
        if (agg == Agg.COUNT) {
            ColumnInfo counted = arg.isTable() || arg.start != w.aggEvent.end ? null
                    : resolveColumn(w, arg, x -> x.numeric() && arg.hits.stream()
                    .anyMatch(h -> h.element() == x && h.strength() >= CatalogModel.PART));
            if (counted != null) {
                // "how many units" adds up a quantity rather than counting rows
                return new Measure(Agg.SUM, counted, null, false);
            }
            if (arg.isTable()) {
                TableInfo t = table(arg);
                return new Measure(Agg.COUNT, null, t == w.plan.subject ? null : t, false);
            }
            ColumnInfo c = resolveColumn(w, arg, x -> !x.numeric());
            if (c == null) {
                return new Measure(Agg.COUNT, null, null, false);
            }
            return new Measure(Agg.COUNT, c, null, true);
        }
        ColumnInfo c;
        if (arg.isTable()) {
            c = table(arg).defaultMeasure;
            if (c == null) {
                c = resolveColumn(w, arg, ColumnInfo::numeric);
            }
        } else {
            c = resolveColumn(w, arg, ColumnInfo::numeric);
            if (c == null && (agg == Agg.MIN || agg == Agg.MAX)) {
                c = resolveColumn(w, arg, ColumnInfo::temporal);
            }
        }
        return c == null ? null : new Measure(agg, c, null, false);
    }

    private void addGroups(Work w) {
        QueryPlan p = w.plan;
        for (Event e : w.groupMentions) {
            e.used = true;
            if (e.isTable() && e.bestStrength() >= CatalogModel.PART) {
                p.groups.add(new GroupKey(null, null, table(e)));
                w.ctx.add(table(e));
                continue;
            }
            ColumnInfo c = resolveColumn(w, e, x -> !x.numeric() || x.name().toLowerCase().contains("year"));
            if (c == null) {
                c = resolveColumn(w, e, x -> true);
            }
            if (c != null) {
                p.groups.add(new GroupKey(c, null, null));
                w.ctx.add(c.table);
            }
        }
        for (String unit : w.timeUnits) {
            ColumnInfo d = explicitDate(w);
            if (d == null) {
                d = defaultDate(w);
            }
            if (d != null) {
                p.groups.add(new GroupKey(d, unit, null));
            }
        }
    }

    private ColumnInfo explicitDate(Work w) {
        for (Event e : w.plain) {
            if (!e.used && !e.isTable()) {
                for (Hit h : e.hits) {
                    if (h.element() instanceof ColumnInfo c && c.temporal() && h.strength() >= CatalogModel.COMMENT) {
                        ColumnInfo best = resolveColumn(w, e, ColumnInfo::temporal);
                        e.used = true;
                        return best;
                    }
                }
            }
        }
        return null;
    }

    private ColumnInfo defaultDate(Work w) {
        if (w.plan.subject.defaultDate != null) {
            return w.plan.subject.defaultDate;
        }
        ColumnInfo best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (TableInfo t : model.tables) {
            if (t.defaultDate == null) {
                continue;
            }
            int d = model.distance(w.plan.subject, t) - (w.ctx.contains(t) ? 1 : 0);
            if (d < bestDistance) {
                bestDistance = d;
                best = t.defaultDate;
            }
        }
        return best;
    }

    private ColumnInfo conceptColumn(Work w, String concept) {
        if (concept.equals("date")) {
            ColumnInfo d = explicitDate(w);
            if (d == null) {
                d = w.plan.subject.defaultDate;
            }
            if (d == null) {
                for (ColumnInfo c : w.plan.subject.columns) {
                    if (c.numeric() && c.nameStems.contains("year")) {
                        return c;
                    }
                }
            }
            return d != null ? d : defaultDate(w);
        }
        List<Hit> hits = model.lookup(WordStemmer.stem(concept));
        Event fake = new Event(Kind.MENTION, 0, 0);
        fake.hits = hits;
        return hits.isEmpty() ? null : resolveColumn(w, fake, ColumnInfo::numeric);
    }

    /** WHERE and HAVING conditions: values, booleans, dates, numbers. */
    private String addConditions(Work w, boolean amending) {
        QueryPlan p = w.plan;
        Map<ColumnInfo, List<String>> valuesByColumn = new LinkedHashMap<>();
        Map<ColumnInfo, Boolean> negatedColumn = new LinkedHashMap<>();
        for (Event e : w.q.events) {
            if (e.kind != Kind.VALUE) {
                continue;
            }
            ColumnInfo c = resolveValueColumn(w, e);
            if (c == null) {
                continue;
            }
            String v = null;
            for (ValueHit h : e.values) {
                if (h.table().equalsIgnoreCase(c.table.name()) && h.column().equalsIgnoreCase(c.name())) {
                    v = h.value();
                    break;
                }
            }
            valuesByColumn.computeIfAbsent(c, k -> new ArrayList<>()).add(v);
            for (Event m : w.plain) {
                if (!m.isTable() && !m.used && resolveColumn(w, m, x -> true) == c) {
                    m.used = true;
                }
            }
            negatedColumn.merge(c, w.negated.contains(e), (a, b) -> a || b);
            w.ctx.add(c.table);
        }
        for (Map.Entry<ColumnInfo, List<String>> en : valuesByColumn.entrySet()) {
            List<String> vs = en.getValue().stream().distinct().toList();
            boolean neg = negatedColumn.get(en.getKey());
            String template;
            if (vs.size() == 1) {
                template = "{c} " + (neg ? "<>" : "=") + " " + SqlNames.literal(vs.get(0));
            } else {
                template = "{c} " + (neg ? "NOT IN" : "IN") + " ("
                        + String.join(", ", vs.stream().map(SqlNames::literal).toList()) + ")";
            }
            replaceCondition(p, new Condition(en.getKey(), template), amending);
        }
        // boolean columns named as adjectives: "active products", "inactive products"
        for (Event e : w.plain) {
            if (e.isTable() || e.used) {
                continue;
            }
            Hit best = e.hits.get(0);
            if (best.element() instanceof ColumnInfo c && c.bool() && Math.abs(best.strength()) >= CatalogModel.PART) {
                boolean value = best.strength() > 0 ^ w.negated.contains(e);
                replaceCondition(p, new Condition(c, "{c} = " + (value ? "TRUE" : "FALSE")), amending);
                e.used = true;
                w.ctx.add(c.table);
            }
        }
        for (Event e : w.q.events) {
            if (e.kind == Kind.MENTION && e.isTable() && w.negated.contains(e) && !e.used
                    && table(e) != p.subject && e.bestStrength() >= CatalogModel.PART) {
                String exists = notExists(p.subject, table(e));
                if (exists != null && p.subject.pk.size() == 1) {
                    replaceCondition(p, new Condition(p.subject.column(p.subject.pk.get(0)), exists), amending);
                    e.used = true;
                    w.plain.remove(e);
                }
            }
        }
        // "not returned", "without a manager": a negated column that is not boolean means it is empty
        for (Event e : w.plain) {
            if (e.isTable() || e.used || !w.negated.contains(e) || !hasColumnHit(e, CatalogModel.PART)) {
                continue;
            }
            ColumnInfo c = resolveColumn(w, e, x -> !x.bool() && !x.key);
            if (c != null) {
                replaceCondition(p, new Condition(c, "{c} IS NULL"), amending);
                e.used = true;
                w.ctx.add(c.table);
            }
        }
        for (Event e : w.q.events) {
            if (e.kind == Kind.DATECOND) {
                String problem = addDateCondition(w, e, amending);
                if (problem != null) {
                    return problem;
                }
            }
        }
        for (int i = 0; i < w.q.tokens.size(); i++) {
            QuestionToken t = w.q.tokens.get(i);
            if (w.q.owner[i] != null || !t.isNumber()) {
                continue;
            }
            int k = i - 1;
            while (k >= 0 && w.q.owner[k] == null && w.q.tokens.get(k).is("of", "is", "was", "equal", "equals", "a", "exactly")) {
                k--;
            }
            Event m = k >= 0 ? w.q.owner[k] : null;
            if ((m == null || m.kind != Kind.MENTION || m.isTable()) && i + 1 < w.q.tokens.size()) {
                m = w.q.owner[i + 1];
            }
            if (m != null && m.kind == Kind.MENTION && !m.isTable() && !m.used) {
                ColumnInfo c = resolveColumn(w, m, ColumnInfo::numeric);
                if (c != null) {
                    m.used = true;
                    w.q.owner[i] = m;
                    replaceCondition(p, new Condition(c, "{c} = " + plain(t.number())), amending);
                    w.ctx.add(c.table);
                }
            }
        }
        for (Event e : w.q.events) {
            if (e.kind == Kind.NUMCOND) {
                String problem = addNumberCondition(w, e, amending);
                if (problem != null) {
                    return problem;
                }
            }
        }
        return null;
    }

    private static void replaceCondition(QueryPlan p, Condition c, boolean amending) {
        if (amending) {
            p.conditions.removeIf(old -> old.column() == c.column());
        }
        p.conditions.add(c);
    }

    private String addDateCondition(Work w, Event e, boolean amending) {
        DatePhrase d = e.date;
        ColumnInfo target = explicitDate(w);
        if (target == null && d.yearTemplate() != null) {
            for (Event m : w.plain) {
                ColumnInfo c = m.used || m.isTable() ? null : resolveColumn(w, m, x -> x.numeric()
                        && x.nameStems.contains("year"));
                if (c != null) {
                    m.used = true;
                    replaceCondition(w.plan, new Condition(c, d.yearTemplate()), amending);
                    return null;
                }
            }
        }
        if (target == null) {
            target = w.plan.subject.defaultDate;
        }
        if (target == null && d.yearTemplate() != null) {
            for (ColumnInfo c : w.plan.subject.columns) {
                if (c.numeric() && c.nameStems.contains("year")) {
                    replaceCondition(w.plan, new Condition(c, d.yearTemplate()), amending);
                    return null;
                }
            }
        }
        if (target == null) {
            target = defaultDate(w);
        }
        if (target == null) {
            return "I found no date column for \"" + text(w, e) + "\"";
        }
        replaceCondition(w.plan, new Condition(target, d.template()), amending);
        return null;
    }

    private String addNumberCondition(Work w, Event e, boolean amending) {
        QueryPlan p = w.plan;
        String op = e.op;
        if (w.negated.contains(e)) {
            op = switch (op) {
                case ">" -> "<=";
                case ">=" -> "<";
                case "<" -> ">=";
                case "<=" -> ">";
                case "=" -> "<>";
                default -> op;
            };
        }
        String rhs = op.equals("BETWEEN") ? "BETWEEN " + plain(e.number) + " AND " + plain(e.number2)
                : op + " " + plain(e.number);
        Event prev = neighbour(w, e, -1);
        Event next = neighbour(w, e, 1);
        if (next != null && next.kind == Kind.MENTION && next.isTable() && table(next) != p.subject
                && next.start - e.end <= 1) {
            next.used = true;
            p.having.add(new HavingCondition(new Measure(Agg.COUNT, null, table(next), false), rhs));
            return null;
        }
        ColumnInfo c = null;
        if (prev != null && prev.kind == Kind.MENTION && !prev.used && !prev.isTable()) {
            c = resolveColumn(w, prev, ColumnInfo::numeric);
            if (c != null) {
                prev.used = true;
            }
        }
        if (c == null && next != null && next.kind == Kind.MENTION && !next.used && !next.isTable()
                && next.start - e.end <= 2) {
            c = resolveColumn(w, next, ColumnInfo::numeric);
            if (c != null) {
                next.used = true;
            }
        }
        if (c == null && prev != null && prev.kind == Kind.MENTION && prev.isTable()) {
            c = table(prev).defaultMeasure;
        }
        if (c == null && prev != null && prev.kind == Kind.VALUE) {
            c = p.subject.defaultMeasure;
        }
        if (c == null) {
            c = p.subject.defaultMeasure;
        }
        if (c == null) {
            return "I could not tell which number \"" + text(w, e) + "\" applies to";
        }
        w.ctx.add(c.table);
        if (c.table != p.subject && fansOut(p.subject, c.table)) {
            Agg agg = w.aggEvent != null && w.aggArg == prev && prev != null && w.aggEvent.agg != Agg.COUNT
                    ? w.aggEvent.agg : c.averaged() ? Agg.AVG : Agg.SUM;
            p.having.add(new HavingCondition(new Measure(agg, c, null, false), rhs));
        } else {
            replaceCondition(p, new Condition(c, "{c} " + rhs), amending);
        }
        return null;
    }

    private static String plain(BigDecimal n) {
        return n.stripTrailingZeros().toPlainString();
    }

    private static Event neighbour(Work w, Event e, int direction) {
        int idx = w.q.events.indexOf(e);
        int k = idx + direction;
        while (k >= 0 && k < w.q.events.size()) {
            Event o = w.q.events.get(k);
            if (o.kind == Kind.MENTION || o.kind == Kind.VALUE) {
                return o;
            }
            if (o.kind != Kind.NEG && o.kind != Kind.DISTINCT) {
                return null;
            }
            k += direction;
        }
        return null;
    }

    private static String text(Work w, Event e) {
        StringBuilder sb = new StringBuilder();
        for (int i = e.start; i < e.end; i++) {
            if (sb.length() > 0) {
                sb.append(' ');
            }
            sb.append(w.q.tokens.get(i).raw());
        }
        return sb.toString();
    }

    private static Set<TableInfo> tablesOf(QueryPlan p) {
        Set<TableInfo> out = new LinkedHashSet<>();
        p.columns.forEach(c -> out.add(c.table));
        p.conditions.forEach(c -> out.add(c.column().table));
        p.groups.forEach(g -> out.add(g.entity() != null ? g.entity() : g.column().table));
        return out;
    }

    private ColumnInfo resolveValueColumn(Work w, Event e) {
        w.nearTable.clear();
        int idx = w.q.events.indexOf(e);
        for (int k = idx - 1; k >= 0 && k >= idx - 2; k--) {
            Event prev = w.q.events.get(k);
            if (prev.kind == Kind.MENTION && e.start - prev.end <= 2) {
                if (prev.isTable()) {
                    w.nearTable.put(table(prev), true);
                }
                break;
            }
        }
        try {
            return resolveValueColumnScored(w, e);
        } finally {
            w.nearTable.clear();
        }
    }

    private ColumnInfo resolveValueColumnScored(Work w, Event e) {
        ColumnInfo best = null;
        double bestScore = Double.NEGATIVE_INFINITY;
        double second = Double.NEGATIVE_INFINITY;
        List<String> others = w.q.otherStems(e);
        for (ValueHit h : e.values) {
            TableInfo t = model.table(h.table());
            ColumnInfo c = t == null ? null : t.column(h.column());
            if (c == null) {
                continue;
            }
            double s = score(w, c, CatalogModel.FULL, others);
            if (s > bestScore) {
                second = bestScore;
                bestScore = s;
                best = c;
            } else if (s > second) {
                second = s;
            }
        }
        if (bestScore - second < 3) {
            w.ambiguous = true;
        }
        return best;
    }

    private ColumnInfo resolveColumn(Work w, Event e, Predicate<ColumnInfo> filter) {
        List<ColumnInfo> all = rankColumns(w, e, filter);
        return all.isEmpty() ? null : all.get(0);
    }

    /** The best column, plus columns of the same table that tie with it ("names" → first and last name). */
    private List<ColumnInfo> resolveColumns(Work w, Event e) {
        List<String> others = w.q.otherStems(e);
        List<ColumnInfo> ranked = rankColumns(w, e, x -> e.hits.stream()
                .anyMatch(h -> h.element() == x && Math.abs(h.strength()) >= CatalogModel.PART));
        if (ranked.isEmpty()) {
            return List.of();
        }
        ColumnInfo best = ranked.get(0);
        double top = scoreOf(w, e, best, others);
        List<ColumnInfo> out = new ArrayList<>(List.of(best));
        for (int i = 1; i < ranked.size(); i++) {
            ColumnInfo c = ranked.get(i);
            if (c.table == best.table && Math.abs(scoreOf(w, e, c, others) - top) < 0.01 && !c.key && !c.derived) {
                out.add(c);
            }
        }
        return out;
    }

    /** The table a column mention belongs to by wording: "names of members", "member names". */
    private TableInfo owner(Work w, Event e) {
        int idx = w.q.events.indexOf(e);
        if (idx < 0) {
            return null;
        }
        if (idx + 1 < w.q.events.size()) {
            Event next = w.q.events.get(idx + 1);
            if (next.kind == Kind.MENTION && next.isTable() && next.bestStrength() >= CatalogModel.PART) {
                boolean linked = true;
                boolean sawOf = false;
                for (int i = e.end; i < next.start; i++) {
                    QuestionToken t = w.q.tokens.get(i);
                    sawOf |= t.is("of", "for");
                    linked &= t.is("of", "for", "the", "all", "our", "each", "every", "a", "an");
                }
                if (linked && sawOf) {
                    return table(next);
                }
            }
        }
        if (idx > 0) {
            Event prev = w.q.events.get(idx - 1);
            if (prev.kind == Kind.MENTION && prev.isTable() && prev.end == e.start && prev.bestStrength() >= CatalogModel.PART) {
                return table(prev);
            }
        }
        return null;
    }

    private List<ColumnInfo> rankColumns(Work w, Event e, Predicate<ColumnInfo> filter) {
        List<String> others = w.q.otherStems(e);
        List<ColumnInfo> candidates = new ArrayList<>();
        TableInfo owner = owner(w, e);
        for (Hit h : e.hits) {
            if (h.element() instanceof ColumnInfo c && h.strength() != 0 && filter.test(c)
                    && (owner == null || c.table == owner)) {
                candidates.add(c);
            }
        }
        if (candidates.isEmpty() && owner != null) {
            for (Hit h : e.hits) {
                if (h.element() instanceof ColumnInfo c && h.strength() != 0 && filter.test(c)) {
                    candidates.add(c);
                }
            }
        }
        if (candidates.isEmpty() && e.isTable()) {
            return candidates;
        }
        candidates.sort((a, b) -> Double.compare(scoreOf(w, e, b, others), scoreOf(w, e, a, others)));
        if (candidates.size() > 1 && scoreOf(w, e, candidates.get(0), others)
                - scoreOf(w, e, candidates.get(1), others) < 3 && candidates.get(0).table != candidates.get(1).table) {
            w.ambiguous = true;
        }
        return candidates;
    }

    private double scoreOf(Work w, Event e, ColumnInfo c, List<String> others) {
        int strength = 0;
        for (Hit h : e.hits) {
            if (h.element() == c) {
                strength = Math.abs(h.strength());
            }
        }
        return score(w, c, strength, others);
    }

    private double score(Work w, ColumnInfo c, int strength, List<String> others) {
        double s = strength * 12 + (strength >= CatalogModel.FULL ? 4 : 0);
        if (w.ctx.contains(c.table)) {
            s += 10;
        }
        if (w.nearTable.containsKey(c.table)) {
            s += 5;
        }
        if (c.table == w.plan.subject) {
            s += 3;
        }
        if (!w.ctx.isEmpty()) {
            int min = 99;
            for (TableInfo t : w.ctx) {
                min = Math.min(min, model.distance(t, c.table));
            }
            s -= 3 * Math.min(min, 5);
        }
        if (c.derived) {
            s -= 2;
        }
        if (c.key) {
            s -= 5;
        }
        Set<String> vocab = c.vocabulary();
        Set<String> seen = new HashSet<>();
        for (String o : others) {
            if (vocab.contains(o) && seen.add(o) && !c.table.nameStems.contains(o)) {
                s += 6;
            }
        }
        return s;
    }
}
