package io.github.musit2specify.flow.structure;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;

/**
 * Creates a tree definition with its root rank (RankID 0) and its root node, numbered as Specify's
 * tree code expects of a tree holding only its root (NodeNumber 1, HighestChildNodeNumber 1).
 * Runs inside the caller's transaction.
 */
final class TreeWriter {
    private TreeWriter() {
    }

    /**
     * @param disciplineId written to the definition's DisciplineID when not null (the taxon tree must
     *                     have it; the others are pointed back at the discipline afterwards)
     * @param withRoot     false only for a schema without the rank and node tables of this tree
     * @return the new tree definition's id
     */
    static long create(Connection c, TreeKind kind, String name, Long disciplineId, boolean withRoot)
            throws SQLException {
        long defId;
        String defSql = "INSERT INTO " + kind.defTable + " (Name, FullNameDirection, TimestampCreated, Version"
                + (disciplineId == null ? "" : ", DisciplineID") + ") VALUES (?, ?, NOW(), 0"
                + (disciplineId == null ? "" : ", ?") + ")";
        try (PreparedStatement ps = c.prepareStatement(defSql, PreparedStatement.RETURN_GENERATED_KEYS)) {
            ps.setString(1, name);
            ps.setInt(2, kind.fullNameDirection);
            if (disciplineId != null) {
                ps.setLong(3, disciplineId);
            }
            defId = Sql.insert(ps);
        }
        if (!withRoot) {
            return defId;
        }
        long itemId;
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO " + kind.itemTable + " (Name, Title, RankID, "
                + "IsEnforced, IsInFullName, FullNameSeparator, TimestampCreated, Version, " + kind.defIdColumn
                + ") VALUES (?, ?, ?, ?, ?, ?, NOW(), 0, ?)", PreparedStatement.RETURN_GENERATED_KEYS)) {
            ps.setString(1, kind.rootName);
            ps.setString(2, kind.rootName);
            ps.setInt(3, TreeKind.ROOT_RANK_ID);
            ps.setBoolean(4, true);
            ps.setBoolean(5, false);
            ps.setString(6, kind.fullNameSeparator);
            ps.setLong(7, defId);
            itemId = Sql.insert(ps);
        }
        String hybrid = kind == TreeKind.TAXON ? ", IsHybrid" : "";
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO " + kind.nodeTable + " (Name, FullName, RankID, "
                + "NodeNumber, HighestChildNodeNumber, IsAccepted" + hybrid + ", TimestampCreated, Version, "
                + kind.defIdColumn + ", " + kind.itemIdColumn + ") VALUES (?, ?, ?, 1, 1, ?"
                + (hybrid.isEmpty() ? "" : ", ?") + ", NOW(), 0, ?, ?)")) {
            int i = 1;
            ps.setString(i++, kind.rootName);
            ps.setString(i++, kind.rootName);
            ps.setInt(i++, TreeKind.ROOT_RANK_ID);
            ps.setBoolean(i++, true);
            if (!hybrid.isEmpty()) {
                ps.setBoolean(i++, false);
            }
            ps.setLong(i++, defId);
            ps.setLong(i, itemId);
            ps.executeUpdate();
        }
        return defId;
    }

    /** Points a definition created before its discipline back at it. */
    static void pointAtDiscipline(Connection c, TreeKind kind, long defId, long disciplineId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE " + kind.defTable + " SET DisciplineID = ? WHERE "
                + kind.defIdColumn + " = ?")) {
            ps.setLong(1, disciplineId);
            ps.setLong(2, defId);
            ps.executeUpdate();
        }
    }
}
