package io.github.musit2specify.snapshot;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * {@code schema.dbml}: the catalogue as DBML (https://dbml.dbdiagram.io/docs), one {@code Table} per
 * table with its columns ({@code pk}, {@code not null}, {@code unique}), its indexes, and one
 * {@code Ref} per foreign key whose referenced table is in the catalogue. DBML has no views: they are
 * listed in comments.
 */
final class DbmlWriter {
    private DbmlWriter() {
    }

    static String write(SchemaCatalog catalog) {
        Map<String, List<SchemaCatalog.Column>> columnsByTable = new LinkedHashMap<>();
        catalog.columns().forEach(c -> columnsByTable.computeIfAbsent(c.owner() + "." + c.tableName(), k -> new ArrayList<>()).add(c));
        StringBuilder out = new StringBuilder();
        out.append("// MUSIT schema snapshot ").append(catalog.generatedAtUtc());
        if (catalog.oracleEnv() != null) {
            out.append(" (Oracle profile ").append(catalog.oracleEnv()).append(')');
        }
        out.append('\n');
        for (SchemaCatalog.Table t : catalog.tables()) {
            out.append('\n');
            table(out, t, columnsByTable.getOrDefault(t.qualified(), List.of()), catalog);
        }
        for (SchemaCatalog.Constraint fk : catalog.constraints()) {
            if ("R".equals(fk.constraintType()) && fk.refTableName() != null) {
                out.append("\nRef ").append(quote(fk.constraintName())).append(": ")
                        .append(endpoint(fk.owner(), fk.tableName(), fk.columns())).append(" > ")
                        .append(endpoint(fk.refOwner(), fk.refTableName(), fk.refColumns())).append('\n');
            }
        }
        if (!catalog.views().isEmpty()) {
            out.append('\n');
            catalog.views().forEach(v -> out.append("// view ").append(v.owner()).append('.').append(v.viewName()).append('\n'));
        }
        return out.toString();
    }

    private static void table(StringBuilder out, SchemaCatalog.Table t, List<SchemaCatalog.Column> columns,
                              SchemaCatalog catalog) {
        List<SchemaCatalog.Constraint> own = catalog.constraints().stream()
                .filter(c -> c.owner().equals(t.owner()) && c.tableName().equals(t.tableName())).toList();
        List<String> pk = own.stream().filter(c -> "P".equals(c.constraintType())).findFirst()
                .map(SchemaCatalog.Constraint::columns).orElse(List.of());
        List<String> singleUnique = own.stream().filter(c -> "U".equals(c.constraintType()) && c.columns().size() == 1)
                .map(c -> c.columns().get(0)).toList();
        out.append("Table ").append(quote(t.owner())).append('.').append(quote(t.tableName())).append(" {\n");
        for (SchemaCatalog.Column c : columns) {
            List<String> settings = new ArrayList<>();
            if (pk.size() == 1 && pk.get(0).equals(c.columnName())) {
                settings.add("pk");
            }
            if (!c.nullable()) {
                settings.add("not null");
            }
            if (singleUnique.contains(c.columnName())) {
                settings.add("unique");
            }
            String type = c.typeText();
            out.append("  ").append(quote(c.columnName())).append(' ')
                    .append(type.contains(" ") ? quote(type) : type)
                    .append(settings.isEmpty() ? "" : " [" + String.join(", ", settings) + "]").append('\n');
        }
        List<SchemaCatalog.Index> indexes = catalog.indexes().stream()
                .filter(i -> i.tableOwner().equals(t.owner()) && i.tableName().equals(t.tableName()) && !i.columns().isEmpty())
                .toList();
        if (pk.size() > 1 || !indexes.isEmpty()) {
            out.append("\n  Indexes {\n");
            if (pk.size() > 1) {
                out.append("    ").append(columnList(pk)).append(" [pk]\n");
            }
            for (SchemaCatalog.Index i : indexes) {
                out.append("    ").append(columnList(i.columns())).append(" [")
                        .append(i.unique() ? "unique, " : "").append("name: '").append(i.indexName().replace("'", "\\'"))
                        .append("']\n");
            }
            out.append("  }\n");
        }
        if (t.numRows() != null) {
            out.append("\n  Note: 'NUM_ROWS ").append(t.numRows())
                    .append(t.lastAnalyzed() == null ? "" : ", analysed " + t.lastAnalyzed()).append("'\n");
        }
        out.append("}\n");
    }

    private static String endpoint(String owner, String table, List<String> columns) {
        String prefix = quote(owner) + "." + quote(table) + ".";
        return columns.size() == 1 ? prefix + quote(columns.get(0)) : prefix + columnList(columns);
    }

    private static String columnList(List<String> columns) {
        return "(" + columns.stream().map(DbmlWriter::quote).collect(Collectors.joining(", ")) + ")";
    }

    private static String quote(String name) {
        return "\"" + name.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
}
