package io.sqlassist.generate.offline;

import io.sqlassist.generate.offline.CatalogModel.ColumnInfo;
import io.sqlassist.generate.offline.CatalogModel.TableInfo;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** What a question asks for, before it is written as SQL. Mutable while a question is interpreted. */
final class QueryPlan {
    enum Agg { COUNT, SUM, AVG, MIN, MAX }

    /** A measure: an aggregate over a column, or a count of a table's rows (column null). */
    record Measure(Agg agg, ColumnInfo column, TableInfo countTable, boolean distinct) {
    }

    /** A grouping key: a column, a time bucket of a column, or a whole entity (its key and label columns). */
    record GroupKey(ColumnInfo column, String timeUnit, TableInfo entity) {
    }

    /** A condition written with {c} standing for the column expression. */
    record Condition(ColumnInfo column, String template) {
        String sql() {
            return template.replace("{c}", column.sql());
        }
    }

    record HavingCondition(Measure measure, String op) {
    }

    TableInfo subject;
    final List<ColumnInfo> columns = new ArrayList<>();
    Measure measure;
    final List<GroupKey> groups = new ArrayList<>();
    final List<Condition> conditions = new ArrayList<>();
    final List<HavingCondition> having = new ArrayList<>();
    Measure orderMeasure;
    ColumnInfo orderColumn;
    boolean orderDesc;
    Integer limit;
    boolean distinct;
    boolean rank;
    final Set<TableInfo> extraTables = new LinkedHashSet<>();
    final List<String> notes = new ArrayList<>();

    QueryPlan copy() {
        QueryPlan p = new QueryPlan();
        p.subject = subject;
        p.columns.addAll(columns);
        p.measure = measure;
        p.groups.addAll(groups);
        p.conditions.addAll(conditions);
        p.having.addAll(having);
        p.orderMeasure = orderMeasure;
        p.orderColumn = orderColumn;
        p.orderDesc = orderDesc;
        p.limit = limit;
        p.distinct = distinct;
        p.rank = rank;
        p.extraTables.addAll(extraTables);
        p.notes.addAll(notes);
        return p;
    }
}
