package io.github.musit2specify.snapshot;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the catalogue from Oracle's ALL_* views in one query per kind (never one per table): tables,
 * columns, constraints joined with their columns, indexes joined with their columns, views. Results
 * come ordered, so the same schema always gives the same catalogue.
 */
public final class CatalogReader {
    static final int FETCH_SIZE = 1_000;
    /** Every schema the account sees that Oracle does not maintain (SYS, SYSTEM, XDB, ... are left out). */
    private static final String USER_SCHEMAS = "IN (SELECT USERNAME FROM ALL_USERS WHERE ORACLE_MAINTAINED = 'N')";
    /** Dropped tables waiting in the recycle bin. */
    private static final String NOT_RECYCLED = " NOT LIKE 'BIN$%'";

    private final Connection connection;
    private final List<String> owners;

    /** @param owners the schemas to read (upper case, as Oracle stores them); empty for every user schema */
    public CatalogReader(Connection connection, List<String> owners) {
        this.connection = connection;
        this.owners = List.copyOf(owners);
    }

    public SchemaCatalog read(String generatedAtUtc, String oracleEnv) throws SQLException {
        return new SchemaCatalog(SchemaCatalog.VERSION, generatedAtUtc, oracleEnv, owners,
                tables(), columns(), constraints(), indexes(), views());
    }

    List<SchemaCatalog.Table> tables() throws SQLException {
        String sql = "SELECT OWNER, TABLE_NAME, NUM_ROWS, LAST_ANALYZED FROM ALL_TABLES WHERE OWNER " + ownerFilter()
                + " AND TABLE_NAME" + NOT_RECYCLED + " ORDER BY OWNER, TABLE_NAME";
        List<SchemaCatalog.Table> tables = new ArrayList<>();
        query(sql, rs -> {
            long rows = rs.getLong(3);
            Long numRows = rs.wasNull() ? null : rows;
            Timestamp analyzed = rs.getTimestamp(4);
            tables.add(new SchemaCatalog.Table(rs.getString(1), rs.getString(2), numRows,
                    analyzed == null ? null : analyzed.toLocalDateTime().toString()));
        });
        return tables;
    }

    List<SchemaCatalog.Column> columns() throws SQLException {
        String sql = "SELECT OWNER, TABLE_NAME, COLUMN_NAME, COLUMN_ID, DATA_TYPE, DATA_LENGTH, DATA_PRECISION, DATA_SCALE,"
                + " NULLABLE FROM ALL_TAB_COLUMNS WHERE OWNER " + ownerFilter() + " AND TABLE_NAME" + NOT_RECYCLED
                + " ORDER BY OWNER, TABLE_NAME, COLUMN_ID";
        List<SchemaCatalog.Column> columns = new ArrayList<>();
        query(sql, rs -> columns.add(new SchemaCatalog.Column(rs.getString(1), rs.getString(2), rs.getString(3),
                rs.getInt(4), rs.getString(5), nullableLong(rs, 6), nullableInt(rs, 7), nullableInt(rs, 8),
                "Y".equals(rs.getString(9)))));
        return columns;
    }

    List<SchemaCatalog.Constraint> constraints() throws SQLException {
        String sql = "SELECT c.OWNER, c.CONSTRAINT_NAME, c.CONSTRAINT_TYPE, c.TABLE_NAME, c.R_OWNER, c.R_CONSTRAINT_NAME,"
                + " c.STATUS, cc.COLUMN_NAME"
                + " FROM ALL_CONSTRAINTS c LEFT JOIN ALL_CONS_COLUMNS cc"
                + " ON cc.OWNER = c.OWNER AND cc.CONSTRAINT_NAME = c.CONSTRAINT_NAME AND cc.TABLE_NAME = c.TABLE_NAME"
                + " WHERE c.OWNER " + ownerFilter() + " AND c.TABLE_NAME" + NOT_RECYCLED
                + " AND (c.CONSTRAINT_TYPE IN ('P', 'U', 'R') OR (c.CONSTRAINT_TYPE = 'C' AND c.GENERATED = 'USER NAME'))"
                + " ORDER BY c.OWNER, c.TABLE_NAME, c.CONSTRAINT_NAME, cc.POSITION";
        Map<String, Grouped> groups = grouped(sql, 7);
        List<SchemaCatalog.Constraint> result = new ArrayList<>();
        for (Grouped g : groups.values()) {
            String[] h = g.head();
            Grouped ref = h[4] == null || h[5] == null ? null : groups.get(h[4] + "." + h[5]);
            result.add(new SchemaCatalog.Constraint(h[0], h[1], h[2], h[3], g.columns(), h[4], h[5],
                    ref == null ? null : ref.head()[3], ref == null ? List.of() : ref.columns(), h[6]));
        }
        return result;
    }

    List<SchemaCatalog.Index> indexes() throws SQLException {
        String sql = "SELECT i.OWNER, i.INDEX_NAME, i.INDEX_TYPE, i.TABLE_OWNER, i.TABLE_NAME, i.UNIQUENESS, ic.COLUMN_NAME"
                + " FROM ALL_INDEXES i LEFT JOIN ALL_IND_COLUMNS ic"
                + " ON ic.INDEX_OWNER = i.OWNER AND ic.INDEX_NAME = i.INDEX_NAME"
                + " WHERE i.TABLE_OWNER " + ownerFilter() + " AND i.TABLE_NAME" + NOT_RECYCLED + " AND i.INDEX_TYPE <> 'LOB'"
                + " ORDER BY i.TABLE_OWNER, i.TABLE_NAME, i.INDEX_NAME, ic.COLUMN_POSITION";
        Map<String, Grouped> groups = grouped(sql, 6);
        List<SchemaCatalog.Index> result = new ArrayList<>();
        for (Grouped g : groups.values()) {
            String[] h = g.head();
            result.add(new SchemaCatalog.Index(h[0], h[1], h[2], h[3], h[4], "UNIQUE".equals(h[5]), g.columns()));
        }
        return result;
    }

    List<SchemaCatalog.View> views() throws SQLException {
        String sql = "SELECT OWNER, VIEW_NAME, TEXT FROM ALL_VIEWS WHERE OWNER " + ownerFilter() + " ORDER BY OWNER, VIEW_NAME";
        List<SchemaCatalog.View> views = new ArrayList<>();
        query(sql, rs -> views.add(new SchemaCatalog.View(rs.getString(1), rs.getString(2), rs.getString(3))));
        return views;
    }

    /** The owner condition: bound placeholders for --owners (never the names themselves in the SQL). */
    private String ownerFilter() {
        return owners.isEmpty() ? USER_SCHEMAS : "IN (" + String.join(", ", Collections.nCopies(owners.size(), "?")) + ")";
    }

    /** One constraint or index: its own columns (the first {@code width} of the row) and its column list. */
    private record Grouped(String[] head, List<String> columns) {
    }

    /**
     * Rows of "object joined with its columns", one object per OWNER.NAME (columns 1 and 2), the column
     * name in column {@code width + 1} (null when the object has none), in query order.
     */
    private Map<String, Grouped> grouped(String sql, int width) throws SQLException {
        Map<String, Grouped> groups = new LinkedHashMap<>();
        query(sql, rs -> {
            Grouped g = groups.get(rs.getString(1) + "." + rs.getString(2));
            if (g == null) {
                String[] head = new String[width];
                for (int i = 0; i < width; i++) {
                    head[i] = rs.getString(i + 1);
                }
                g = new Grouped(head, new ArrayList<>());
                groups.put(rs.getString(1) + "." + rs.getString(2), g);
            }
            String column = rs.getString(width + 1);
            if (column != null) {
                g.columns().add(column);
            }
        });
        return groups;
    }

    private interface RowConsumer {
        void accept(ResultSet rs) throws SQLException;
    }

    private void query(String sql, RowConsumer row) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement(sql)) {
            ps.setFetchSize(FETCH_SIZE);
            for (int i = 0; i < owners.size(); i++) {
                ps.setString(i + 1, owners.get(i));
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    row.accept(rs);
                }
            }
        }
    }

    private static Long nullableLong(ResultSet rs, int column) throws SQLException {
        long value = rs.getLong(column);
        return rs.wasNull() ? null : value;
    }

    private static Integer nullableInt(ResultSet rs, int column) throws SQLException {
        int value = rs.getInt(column);
        return rs.wasNull() ? null : value;
    }
}
