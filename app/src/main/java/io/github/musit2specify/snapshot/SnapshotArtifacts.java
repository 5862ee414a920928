package io.github.musit2specify.snapshot;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;

import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The files of one snapshot, by name, in upload order: {@code schema_catalog.json} (the whole
 * catalogue; what {@code snapshot diff} reads), one CSV per kind (header line, RFC 4180 quoting,
 * lists joined with ", ") and {@code schema.dbml} (a diagram source for dbdiagram.io and friends).
 */
public final class SnapshotArtifacts {
    public static final String CATALOG = "schema_catalog.json";
    public static final String TABLES = "tables.csv";
    public static final String COLUMNS = "columns.csv";
    public static final String CONSTRAINTS = "constraints.csv";
    public static final String INDEXES = "indexes.csv";
    public static final String VIEWS = "views.csv";
    public static final String DBML = "schema.dbml";
    public static final List<String> FILE_NAMES = List.of(CATALOG, TABLES, COLUMNS, CONSTRAINTS, INDEXES, VIEWS, DBML);

    private static final CsvMapper CSV = new CsvMapper();

    private SnapshotArtifacts() {
    }

    public static Map<String, byte[]> of(SchemaCatalog catalog) {
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put(CATALOG, catalog.toJsonBytes());
        files.put(TABLES, csv(catalog.tables(), List.of("owner", "table_name", "num_rows", "last_analyzed"),
                t -> row(t.owner(), t.tableName(), t.numRows(), t.lastAnalyzed())));
        files.put(COLUMNS, csv(catalog.columns(), List.of("owner", "table_name", "column_id", "column_name", "data_type",
                        "data_length", "data_precision", "data_scale", "nullable"),
                c -> row(c.owner(), c.tableName(), c.columnId(), c.columnName(), c.dataType(), c.dataLength(),
                        c.dataPrecision(), c.dataScale(), c.nullable() ? "Y" : "N")));
        files.put(CONSTRAINTS, csv(catalog.constraints(), List.of("owner", "table_name", "constraint_name", "constraint_type",
                        "columns", "r_owner", "r_constraint_name", "r_table_name", "r_columns", "status"),
                c -> row(c.owner(), c.tableName(), c.constraintName(), c.constraintType(), joined(c.columns()),
                        c.refOwner(), c.refConstraintName(), c.refTableName(), joined(c.refColumns()), c.status())));
        files.put(INDEXES, csv(catalog.indexes(), List.of("owner", "index_name", "index_type", "table_owner", "table_name",
                        "uniqueness", "columns"),
                i -> row(i.owner(), i.indexName(), i.indexType(), i.tableOwner(), i.tableName(),
                        i.unique() ? "UNIQUE" : "NONUNIQUE", joined(i.columns()))));
        files.put(VIEWS, csv(catalog.views(), List.of("owner", "view_name", "text"),
                v -> row(v.owner(), v.viewName(), v.text())));
        files.put(DBML, DbmlWriter.write(catalog).getBytes(StandardCharsets.UTF_8));
        return files;
    }

    private static <T> byte[] csv(List<T> items, List<String> header, Function<T, List<Object>> toRow) {
        CsvSchema.Builder schema = CsvSchema.builder().setUseHeader(true);
        header.forEach(schema::addColumn);
        List<List<Object>> rows = new ArrayList<>(items.size());
        items.forEach(item -> rows.add(toRow.apply(item)));
        try {
            return CSV.writer(schema.build()).writeValueAsBytes(rows);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<Object> row(Object... values) {
        return Arrays.asList(values);
    }

    private static String joined(List<String> values) {
        return String.join(", ", values);
    }
}
