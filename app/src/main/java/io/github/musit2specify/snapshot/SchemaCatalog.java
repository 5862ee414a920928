package io.github.musit2specify.snapshot;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.DeserializationFeature;
import io.github.musit2specify.json.Json;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * One snapshot of the MUSIT catalogue (Oracle's ALL_* views), as stored in {@code schema_catalog.json}.
 * Lists are in a fixed order (owner, table, position) so two snapshots of one schema are byte-equal.
 *
 * @param owners the owners asked for with --owners; empty when every schema the account can see that
 *               Oracle does not maintain was read
 */
public record SchemaCatalog(int catalogVersion, String generatedAtUtc, String oracleEnv, List<String> owners,
                            List<Table> tables, List<Column> columns, List<Constraint> constraints,
                            List<Index> indexes, List<View> views) {
    public static final int VERSION = 1;

    /** snake_case keys like the reports; unknown keys are ignored so a newer snapshot still reads. */
    static final ObjectMapper MAPPER = Json.MAPPER.copy()
            .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    public SchemaCatalog {
        owners = List.copyOf(owners);
        tables = List.copyOf(tables);
        columns = List.copyOf(columns);
        constraints = List.copyOf(constraints);
        indexes = List.copyOf(indexes);
        views = List.copyOf(views);
    }

    /** ALL_TABLES. {@code lastAnalyzed} is ISO local date-time (Oracle DATE), null when never analysed. */
    public record Table(String owner, String tableName, Long numRows, String lastAnalyzed) {
        public String qualified() {
            return owner + "." + tableName;
        }
    }

    /** ALL_TAB_COLUMNS (tables and views). */
    public record Column(String owner, String tableName, String columnName, int columnId, String dataType,
                         Long dataLength, Integer dataPrecision, Integer dataScale, boolean nullable) {
        /** {@code VARCHAR2(4000)}, {@code NUMBER(10,2)}, {@code NUMBER}, {@code DATE}. */
        public String typeText() {
            if (dataPrecision != null) {
                return dataType + "(" + dataPrecision + (dataScale == null || dataScale == 0 ? "" : "," + dataScale) + ")";
            }
            if (dataType.contains("CHAR") || dataType.equals("RAW")) {
                return dataType + "(" + dataLength + ")";
            }
            return dataType;
        }
    }

    /**
     * ALL_CONSTRAINTS with its ALL_CONS_COLUMNS: P, U, R and named C constraints (Oracle's system-named
     * NOT NULL checks are left out: nullability is on the column). For R, the referenced constraint's
     * table and columns when it is in the same catalogue.
     */
    public record Constraint(String owner, String constraintName, String constraintType, String tableName,
                             List<String> columns, String refOwner, String refConstraintName, String refTableName,
                             List<String> refColumns, String status) {
        public Constraint {
            columns = List.copyOf(columns);
            refColumns = refColumns == null ? List.of() : List.copyOf(refColumns);
        }
    }

    /** ALL_INDEXES with its ALL_IND_COLUMNS (LOB indexes left out). */
    public record Index(String owner, String indexName, String indexType, String tableOwner, String tableName,
                        boolean unique, List<String> columns) {
        public Index {
            columns = List.copyOf(columns);
        }
    }

    /** ALL_VIEWS. */
    public record View(String owner, String viewName, String text) {
    }

    /** The snake_case mapper of snapshot files, also for {@code snapshot diff --json}. */
    public static ObjectMapper jsonMapper() {
        return MAPPER;
    }

    public byte[] toJsonBytes() {
        try {
            return MAPPER.writeValueAsBytes(this);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static SchemaCatalog fromJson(byte[] json) throws IOException {
        return MAPPER.readValue(json, SchemaCatalog.class);
    }
}
