package io.github.musit2specify.flow.structure;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Which of the optional tables and columns this Specify schema has: Specify 7 versions differ
 * (collectionobjecttype arrived in 7.10; tree definitions gained their DisciplineID back-pointers over time).
 */
record SchemaFacts(Set<String> tables, Set<String> columns) {
    private static final String SQL = "SELECT LOWER(TABLE_NAME), LOWER(COLUMN_NAME) FROM information_schema.COLUMNS "
            + "WHERE TABLE_SCHEMA = DATABASE() AND LOWER(TABLE_NAME) IN ('geographytreedef', 'taxontreedef', "
            + "'geologictimeperiodtreedef', 'geologictimeperiodtreedefitem', 'geologictimeperiod', "
            + "'collectionobjecttype', 'collection')";

    static SchemaFacts read(Connection c) throws SQLException {
        Set<String> tables = new HashSet<>();
        Set<String> columns = new HashSet<>();
        try (PreparedStatement ps = c.prepareStatement(SQL); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                tables.add(rs.getString(1));
                columns.add(rs.getString(1) + "." + rs.getString(2));
            }
        }
        return new SchemaFacts(Set.copyOf(tables), Set.copyOf(columns));
    }

    boolean hasTable(String table) {
        return tables.contains(table.toLowerCase(Locale.ROOT));
    }

    boolean hasColumn(String table, String column) {
        return columns.contains(table.toLowerCase(Locale.ROOT) + "." + column.toLowerCase(Locale.ROOT));
    }

    /** Specify 7 needs one collection object type per collection (since 7.10). */
    boolean hasCollectionObjectTypes() {
        return hasTable("collectionobjecttype") && hasColumn("collection", "CollectionObjectTypeID");
    }
}
