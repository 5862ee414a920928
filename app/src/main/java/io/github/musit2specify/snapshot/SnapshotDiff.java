package io.github.musit2specify.snapshot;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * What changed from catalogue {@code before} to {@code after}. Constraints and indexes are matched by
 * what they do (table, type or uniqueness, columns, referenced table), not by name: Oracle's
 * system-generated names (SYS_C…) change whenever a table is re-created. Columns are compared only
 * for tables and views present in both (a new table's columns are part of "table added").
 *
 * @param rowThresholdPercent NUM_ROWS changes smaller than this (relative to {@code before}) are left out
 */
public record SnapshotDiff(String before, String after, double rowThresholdPercent,
                           List<String> tablesAdded, List<String> tablesRemoved,
                           List<String> viewsAdded, List<String> viewsRemoved,
                           List<String> columnsAdded, List<String> columnsRemoved, List<ColumnChange> columnsChanged,
                           List<String> constraintsAdded, List<String> constraintsRemoved,
                           List<String> indexesAdded, List<String> indexesRemoved,
                           List<RowCountChange> rowCounts) {
    public static final double DEFAULT_ROW_THRESHOLD_PERCENT = 10.0;

    /** A column whose type, length or nullability differs; {@code before}/{@code after} as {@code VARCHAR2(10) NOT NULL}. */
    public record ColumnChange(String column, String before, String after) {
    }

    /** {@code percent} relative to {@code before}; null when {@code before} was 0. */
    public record RowCountChange(String table, long before, long after, Double percent) {
    }

    public static SnapshotDiff between(SchemaCatalog before, SchemaCatalog after, double rowThresholdPercent) {
        Map<String, SchemaCatalog.Table> tablesBefore = byKey(before.tables(), SchemaCatalog.Table::qualified);
        Map<String, SchemaCatalog.Table> tablesAfter = byKey(after.tables(), SchemaCatalog.Table::qualified);
        Map<String, SchemaCatalog.View> viewsBefore = byKey(before.views(), v -> v.owner() + "." + v.viewName());
        Map<String, SchemaCatalog.View> viewsAfter = byKey(after.views(), v -> v.owner() + "." + v.viewName());
        Set<String> inBoth = new HashSet<>(tablesBefore.keySet());
        inBoth.addAll(viewsBefore.keySet());
        Set<String> containersAfter = new HashSet<>(tablesAfter.keySet());
        containersAfter.addAll(viewsAfter.keySet());
        inBoth.retainAll(containersAfter);

        Map<String, SchemaCatalog.Column> colsBefore = columns(before, inBoth);
        Map<String, SchemaCatalog.Column> colsAfter = columns(after, inBoth);
        List<ColumnChange> changed = new ArrayList<>();
        colsBefore.forEach((name, b) -> {
            SchemaCatalog.Column a = colsAfter.get(name);
            if (a != null && !describe(a).equals(describe(b))) {
                changed.add(new ColumnChange(name, describe(b), describe(a)));
            }
        });

        Map<String, SchemaCatalog.Constraint> consBefore = byKey(before.constraints(), SnapshotDiff::describe);
        Map<String, SchemaCatalog.Constraint> consAfter = byKey(after.constraints(), SnapshotDiff::describe);
        Map<String, SchemaCatalog.Index> idxBefore = byKey(before.indexes(), SnapshotDiff::describe);
        Map<String, SchemaCatalog.Index> idxAfter = byKey(after.indexes(), SnapshotDiff::describe);

        List<RowCountChange> rows = new ArrayList<>();
        tablesBefore.forEach((name, b) -> {
            SchemaCatalog.Table a = tablesAfter.get(name);
            if (a == null || a.numRows() == null || b.numRows() == null || a.numRows().equals(b.numRows())) {
                return;
            }
            Double percent = b.numRows() == 0 ? null : 100.0 * (a.numRows() - b.numRows()) / b.numRows();
            if (percent == null || Math.abs(percent) >= rowThresholdPercent) {
                rows.add(new RowCountChange(name, b.numRows(), a.numRows(), percent));
            }
        });

        return new SnapshotDiff(before.generatedAtUtc(), after.generatedAtUtc(), rowThresholdPercent,
                minus(tablesAfter.keySet(), tablesBefore.keySet()), minus(tablesBefore.keySet(), tablesAfter.keySet()),
                minus(viewsAfter.keySet(), viewsBefore.keySet()), minus(viewsBefore.keySet(), viewsAfter.keySet()),
                minus(colsAfter.keySet(), colsBefore.keySet()), minus(colsBefore.keySet(), colsAfter.keySet()), changed,
                named(consAfter, consBefore, SchemaCatalog.Constraint::constraintName),
                named(consBefore, consAfter, SchemaCatalog.Constraint::constraintName),
                named(idxAfter, idxBefore, SchemaCatalog.Index::indexName),
                named(idxBefore, idxAfter, SchemaCatalog.Index::indexName), rows);
    }

    public boolean isEmpty() {
        return tablesAdded.isEmpty() && tablesRemoved.isEmpty() && viewsAdded.isEmpty() && viewsRemoved.isEmpty()
                && columnsAdded.isEmpty() && columnsRemoved.isEmpty() && columnsChanged.isEmpty()
                && constraintsAdded.isEmpty() && constraintsRemoved.isEmpty()
                && indexesAdded.isEmpty() && indexesRemoved.isEmpty() && rowCounts.isEmpty();
    }

    /** {@code VARCHAR2(10) NOT NULL} or {@code NUMBER(10,2) NULL}: type with length or precision, and nullability. */
    static String describe(SchemaCatalog.Column c) {
        return c.typeText() + (c.nullable() ? " NULL" : " NOT NULL");
    }

    /** {@code OWNER.TABLE P (A, B)}, {@code OWNER.TABLE R (X) -> ROWNER.RTABLE (Y)}. */
    static String describe(SchemaCatalog.Constraint c) {
        String text = c.owner() + "." + c.tableName() + " " + c.constraintType() + " (" + String.join(", ", c.columns()) + ")";
        if ("R".equals(c.constraintType())) {
            text += " -> " + c.refOwner() + "." + (c.refTableName() == null ? c.refConstraintName() : c.refTableName())
                    + " (" + String.join(", ", c.refColumns()) + ")";
        }
        return text;
    }

    /** {@code OWNER.TABLE UNIQUE (A)} or {@code OWNER.TABLE INDEX (A, B)}. */
    static String describe(SchemaCatalog.Index i) {
        return i.tableOwner() + "." + i.tableName() + (i.unique() ? " UNIQUE" : " INDEX") + " (" + String.join(", ", i.columns()) + ")";
    }

    private static Map<String, SchemaCatalog.Column> columns(SchemaCatalog catalog, Set<String> containers) {
        Map<String, SchemaCatalog.Column> columns = new LinkedHashMap<>();
        for (SchemaCatalog.Column c : catalog.columns()) {
            if (containers.contains(c.owner() + "." + c.tableName())) {
                columns.put(c.owner() + "." + c.tableName() + "." + c.columnName(), c);
            }
        }
        return columns;
    }

    private static <T> Map<String, T> byKey(List<T> items, Function<T, String> key) {
        Map<String, T> map = new TreeMap<>();
        items.forEach(i -> map.putIfAbsent(key.apply(i), i));
        return map;
    }

    /** The entries of {@code a} not in {@code b}, each as "description [NAME]". */
    private static <T> List<String> named(Map<String, T> a, Map<String, T> b, Function<T, String> name) {
        return minus(a.keySet(), b.keySet()).stream().map(k -> k + " [" + name.apply(a.get(k)) + "]").toList();
    }

    private static List<String> minus(Set<String> a, Set<String> b) {
        return a.stream().filter(x -> !b.contains(x)).sorted().toList();
    }

    /** The diff for people: a heading, then one line per change, grouped by kind. */
    public String toText() {
        StringBuilder out = new StringBuilder("MUSIT schema " + before + " -> " + after + "\n");
        if (isEmpty()) {
            return out.append("  no differences (row counts within ").append(rowThresholdPercent).append("%)\n").toString();
        }
        section(out, "tables added", tablesAdded);
        section(out, "tables removed", tablesRemoved);
        section(out, "views added", viewsAdded);
        section(out, "views removed", viewsRemoved);
        section(out, "columns added", columnsAdded);
        section(out, "columns removed", columnsRemoved);
        section(out, "columns changed", columnsChanged.stream().map(c -> c.column() + ": " + c.before() + " -> " + c.after()).toList());
        section(out, "constraints added", constraintsAdded);
        section(out, "constraints removed", constraintsRemoved);
        section(out, "indexes added", indexesAdded);
        section(out, "indexes removed", indexesRemoved);
        section(out, "row counts (NUM_ROWS) changed by " + rowThresholdPercent + "% or more", rowCounts.stream()
                .map(r -> r.table() + ": " + r.before() + " -> " + r.after()
                        + (r.percent() == null ? "" : String.format(java.util.Locale.ROOT, " (%+.1f%%)", r.percent()))).toList());
        return out.toString();
    }

    private static void section(StringBuilder out, String title, List<String> lines) {
        if (!lines.isEmpty()) {
            out.append("  ").append(title).append(" (").append(lines.size()).append("):\n");
            lines.forEach(l -> out.append("    ").append(l).append('\n'));
        }
    }
}
