package io.github.musit2specify.specify.setup;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Inserts rows given as column name to value, the form the setup defaults are kept in. Column
 * names come from the bundled data and the setup classes, never from user input; they are still
 * checked to be plain identifiers. "Stamped" rows get Specify's TimestampCreated/TimestampModified
 * and version 0, as its ORM writes them.
 */
final class Rows {
    private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z][A-Za-z0-9_]*");
    /** The value of a GUID column in the data where Specify writes a new random UUID. */
    static final String GENERATED_GUID = "generated";

    private Rows() {
    }

    /** Inserts one row and returns its generated id. */
    static long insert(Connection c, String table, Map<String, Object> columns, boolean stamped) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql(table, columns.keySet(), stamped),
                Statement.RETURN_GENERATED_KEYS)) {
            bind(ps, columns);
            ps.executeUpdate();
            try (ResultSet keys = ps.getGeneratedKeys()) {
                if (!keys.next()) {
                    throw new SQLException("the database returned no generated id for the new " + table + " row");
                }
                return keys.getLong(1);
            }
        }
    }

    /** Inserts rows that all have the same columns in one JDBC batch. */
    static void insertBatch(Connection c, String table, List<Map<String, Object>> rows, boolean stamped)
            throws SQLException {
        if (rows.isEmpty()) {
            return;
        }
        try (PreparedStatement ps = c.prepareStatement(sql(table, rows.get(0).keySet(), stamped))) {
            for (Map<String, Object> row : rows) {
                bind(ps, row);
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    /** {@code base} with the extra columns added (later keys win), keeping the column order. */
    static Map<String, Object> with(Map<String, Object> base, Object... keysAndValues) {
        Map<String, Object> row = new LinkedHashMap<>(base);
        for (int i = 0; i < keysAndValues.length; i += 2) {
            row.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return row;
    }

    static void update(Connection c, String sql, Object... values) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < values.length; i++) {
                ps.setObject(i + 1, values[i]);
            }
            ps.executeUpdate();
        }
    }

    private static String sql(String table, Iterable<String> columns, boolean stamped) {
        List<String> names = new ArrayList<>();
        List<String> values = new ArrayList<>();
        for (String column : columns) {
            names.add(identifier(column));
            values.add("?");
        }
        if (stamped) {
            names.addAll(List.of("TimestampCreated", "TimestampModified", "version"));
            values.addAll(List.of("NOW(6)", "NOW(6)", "0"));
        }
        return "INSERT INTO " + identifier(table) + " (" + String.join(", ", names) + ") VALUES ("
                + String.join(", ", values) + ")";
    }

    private static void bind(PreparedStatement ps, Map<String, Object> row) throws SQLException {
        int i = 1;
        for (Map.Entry<String, Object> e : row.entrySet()) {
            boolean newGuid = "GUID".equalsIgnoreCase(e.getKey()) && GENERATED_GUID.equals(e.getValue());
            ps.setObject(i++, newGuid ? UUID.randomUUID().toString() : e.getValue());
        }
    }

    private static String identifier(String name) {
        if (!IDENTIFIER.matcher(name).matches()) {
            throw new IllegalArgumentException("not a column or table name: " + name);
        }
        return name;
    }
}
