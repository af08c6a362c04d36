package io.sqlassist.generate.offline;

import io.sqlassist.generate.offline.CatalogModel.ColumnInfo;
import io.sqlassist.generate.offline.CatalogModel.Edge;
import io.sqlassist.generate.offline.CatalogModel.TableInfo;
import io.sqlassist.generate.offline.QueryPlan.Agg;
import io.sqlassist.generate.offline.QueryPlan.Condition;
import io.sqlassist.generate.offline.QueryPlan.GroupKey;
import io.sqlassist.generate.offline.QueryPlan.HavingCondition;
import io.sqlassist.generate.offline.QueryPlan.Measure;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Writes a {@link QueryPlan} as readable SQL that runs on DuckDB and parses as Trino. */
final class SqlWriter {
    record Written(String sql, List<String> tables, String explanation) {
    }

    private final CatalogModel model;
    private final int defaultLimit;

    SqlWriter(CatalogModel model, int defaultLimit) {
        this.model = model;
        this.defaultLimit = defaultLimit;
    }

    /** Returns null when the tables cannot be joined. */
    Written write(QueryPlan p) {
        TableInfo root = p.subject;
        Set<TableInfo> needed = new LinkedHashSet<>();
        p.columns.forEach(c -> needed.add(c.table));
        p.conditions.forEach(c -> needed.add(c.column().table));
        for (GroupKey g : p.groups) {
            needed.add(g.entity() != null ? g.entity() : g.column().table);
        }
        addMeasureTables(p.measure, needed);
        addMeasureTables(p.orderMeasure, needed);
        p.having.forEach(h -> addMeasureTables(h.measure(), needed));
        if (p.orderColumn != null) {
            needed.add(p.orderColumn.table);
        }
        needed.addAll(p.extraTables);
        List<Edge> joins = model.joinTree(root, needed);
        if (joins == null) {
            return null;
        }
        boolean fanOut = joins.stream().anyMatch(CatalogModel::fansOut);
        boolean aggregated = p.measure != null || p.orderMeasure != null || !p.having.isEmpty();

        List<String> select = new ArrayList<>();
        List<String> groupBy = new ArrayList<>();
        List<String> explain = new ArrayList<>();
        String timeOrder = null;
        for (GroupKey g : p.groups) {
            if (g.entity() != null) {
                for (String k : g.entity().pk) {
                    add(groupBy, g.entity().alias + "." + SqlNames.quote(k));
                }
                for (ColumnInfo l : g.entity().labels) {
                    add(select, l.sql());
                    add(groupBy, l.sql());
                }
                explain.add("per " + g.entity().name());
            } else if (g.timeUnit() != null) {
                String expr = bucket(g.timeUnit(), g.column().sql());
                add(select, expr + " AS " + SqlNames.quote(g.timeUnit()));
                add(groupBy, expr);
                timeOrder = expr;
                explain.add("per " + g.timeUnit() + " of " + g.column());
            } else {
                add(select, g.column().sql());
                add(groupBy, g.column().sql());
                explain.add("per " + g.column());
            }
        }
        boolean wrapCount = false;
        String measureAlias = null;
        if (aggregated) {
            if (p.measure != null) {
                if (!p.having.isEmpty() && p.measure.agg() == Agg.COUNT && p.measure.column() == null
                        && (p.measure.countTable() == null || p.measure.countTable() == root)
                        && p.groups.size() == 1 && p.groups.get(0).entity() == root) {
                    wrapCount = true;
                } else {
                    measureAlias = alias(p.measure, root);
                    select.add(measure(p.measure, root, fanOut) + " AS " + measureAlias);
                    explain.add(0, describe(p.measure, root));
                }
            }
            if (p.orderMeasure != null && !p.orderMeasure.equals(p.measure)) {
                String a = alias(p.orderMeasure, root);
                if (!a.equals(measureAlias)) {
                    select.add(measure(p.orderMeasure, root, fanOut) + " AS " + a);
                }
            }
            if (groupBy.isEmpty() && !p.columns.isEmpty()) {
                for (ColumnInfo c : p.columns) {
                    add(select, c.sql());
                    add(groupBy, c.sql());
                }
            }
        } else {
            List<ColumnInfo> cols = new ArrayList<>();
            if (p.rank && p.orderColumn != null) {
                cols.addAll(root.labels);
            }
            for (ColumnInfo c : p.columns) {
                if (!cols.contains(c)) {
                    cols.add(c);
                }
            }
            if (p.rank && p.orderColumn != null && !cols.contains(p.orderColumn)) {
                cols.add(p.orderColumn);
            }
            for (ColumnInfo c : cols) {
                add(select, c.derived ? c.sql() + " AS " + c.name() : c.sql());
            }
            if (select.isEmpty()) {
                select.add(joins.isEmpty() ? "*" : root.alias + ".*");
            }
            explain.add("lists " + (p.columns.isEmpty() ? root.name() : String.join(", ",
                    p.columns.stream().map(ColumnInfo::toString).toList())));
        }

        StringBuilder sql = new StringBuilder("SELECT");
        if ((p.distinct || (fanOut && select.stream().allMatch(s -> s.startsWith(root.alias + "."))))
                && !aggregated) {
            sql.append(" DISTINCT");
        }
        sql.append("\n    ").append(String.join(",\n    ", select));
        sql.append("\nFROM ").append(root.ref());
        for (Edge e : joins) {
            sql.append("\nJOIN ").append(e.to().ref()).append(" ON ").append(e.onSql());
        }
        if (!p.conditions.isEmpty()) {
            List<String> conds = p.conditions.stream().map(c -> wrap(c.sql())).toList();
            sql.append("\nWHERE ").append(String.join("\n  AND ", conds));
            for (Condition c : p.conditions) {
                explain.add("where " + c.sql());
            }
        }
        if (aggregated && !groupBy.isEmpty()) {
            sql.append("\nGROUP BY ").append(String.join(", ", groupBy));
        }
        if (!p.having.isEmpty()) {
            List<String> hs = new ArrayList<>();
            for (HavingCondition h : p.having) {
                hs.add(measure(h.measure(), root, fanOut) + " " + h.op());
                explain.add("having " + describe(h.measure(), root) + " " + h.op());
            }
            sql.append("\nHAVING ").append(String.join("\n  AND ", hs));
        }
        String order = null;
        if (p.orderMeasure != null) {
            order = alias(p.orderMeasure, root) + (p.orderDesc ? " DESC" : " ASC");
            // ties broken by the first selected label so that top-N answers are repeatable
            if (!select.isEmpty() && !select.get(0).contains(" AS ")) {
                order += ", " + select.get(0);
            }
        } else if (p.orderColumn != null && aggregated && !groupBy.contains(p.orderColumn.sql())) {
            // a plain column cannot order grouped rows; fall back to the measure
            order = measureAlias != null ? measureAlias + (p.orderDesc ? " DESC" : " ASC") : null;
        } else if (p.orderColumn != null) {
            boolean selected = select.contains(p.orderColumn.sql()) || !aggregated;
            if (selected || !p.distinct) {
                order = (p.orderColumn.derived ? p.orderColumn.name() : p.orderColumn.sql())
                        + (p.orderDesc ? " DESC" : " ASC");
            }
        } else if (timeOrder != null) {
            order = timeOrder;
        } else if (aggregated && !groupBy.isEmpty() && measureAlias != null && p.limit != null) {
            order = measureAlias + " DESC";
        }
        if (order != null && !wrapCount) {
            sql.append("\nORDER BY ").append(order);
            explain.add("ordered by " + order.toLowerCase(Locale.ROOT));
        }
        Integer limit = p.limit;
        if (limit == null && !aggregated) {
            limit = defaultLimit;
        }
        if (limit != null && !wrapCount) {
            sql.append("\nLIMIT ").append(limit);
        }
        String text = sql.toString();
        if (wrapCount) {
            String inner = text.replace("\n", "\n    ");
            text = "SELECT\n    COUNT(*) AS number_of_" + root.name() + "\nFROM (\n    " + inner + "\n) t";
            explain.add(0, "counts " + root.name());
        }
        List<String> tables = new ArrayList<>();
        tables.add(root.name());
        joins.forEach(e -> tables.add(e.to().name()));
        return new Written(text, tables, capitalise(String.join(", ", explain)) + ".");
    }

    private static String wrap(String condition) {
        return condition.contains(" AND ") && !condition.contains("BETWEEN") ? "(" + condition + ")" : condition;
    }

    private static void add(List<String> list, String item) {
        if (!list.contains(item)) {
            list.add(item);
        }
    }

    private static void addMeasureTables(Measure m, Set<TableInfo> into) {
        if (m == null) {
            return;
        }
        if (m.column() != null) {
            into.add(m.column().table);
        }
        if (m.countTable() != null) {
            into.add(m.countTable());
        }
    }

    static String bucket(String unit, String column) {
        return switch (unit) {
            case "year" -> "EXTRACT(YEAR FROM " + column + ")";
            case "day" -> "CAST(" + column + " AS DATE)";
            default -> "date_trunc('" + unit + "', " + column + ")";
        };
    }

    private static String measure(Measure m, TableInfo root, boolean fanOut) {
        if (m.agg() == Agg.COUNT || m.column() == null) {
            if (m.column() != null) {
                return "COUNT(DISTINCT " + m.column().sql() + ")";
            }
            TableInfo t = m.countTable() != null ? m.countTable() : root;
            if ((m.countTable() != null && m.countTable() != root) || fanOut) {
                if (t.pk.size() == 1) {
                    return "COUNT(DISTINCT " + t.alias + "." + SqlNames.quote(t.pk.get(0)) + ")";
                }
            }
            return "COUNT(*)";
        }
        return m.agg().name() + "(" + m.column().sql() + ")";
    }

    private static String alias(Measure m, TableInfo root) {
        String base = m.column() == null ? (m.countTable() != null ? m.countTable() : root).name()
                : m.column().derived ? "revenue" : m.column().name();
        String prefix = m.column() == null ? "number_of_" : switch (m.agg()) {
            case COUNT -> "number_of_";
            case SUM -> "total_";
            case AVG -> "average_";
            case MIN -> "min_";
            case MAX -> "max_";
        };
        String a = (prefix + base).toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9_]", "_");
        return a.replace("total_total_", "total_");
    }

    private static String describe(Measure m, TableInfo root) {
        if (m.agg() == Agg.COUNT) {
            return m.column() != null ? "counts distinct " + m.column()
                    : "counts " + (m.countTable() != null ? m.countTable() : root).name();
        }
        return m.agg().name().toLowerCase(Locale.ROOT) + " of " + m.column();
    }

    private static String capitalise(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
