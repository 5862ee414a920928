package io.github.musit2specify.specify.setup;

import io.github.musit2specify.specify.setup.SetupDefaults.TreeDefaults;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;

/**
 * One tree as Specify's {@code create_tree} starts it from its default configuration: the
 * definition, its ranks (each the child of the one before) and, for the trees that have one, the
 * root node without node numbers (Specify numbers the tree later). Runs in the caller's transaction.
 */
final class TreeSetup {
    private TreeSetup() {
    }

    /**
     * @param ranks        the ranks to create, root first (the tree's own defaults, or the type's taxon ranks)
     * @param disciplineId the owning discipline, or null when the definition is pointed at it later
     * @return the new definition's id
     */
    static long create(Connection c, SpecifyTree tree, TreeDefaults defaults, List<Map<String, Object>> ranks,
                       Long disciplineId) throws SQLException {
        long defId = Rows.insert(c, tree.defTable, Rows.with(defaults.definition(), "DisciplineID", disciplineId), true);
        Long parent = null;
        Long rootRank = null;
        for (Map<String, Object> rank : ranks) {
            parent = Rows.insert(c, tree.itemTable, Rows.with(rank, "ParentItemID", parent, tree.defIdColumn, defId), true);
            rootRank = rootRank == null ? parent : rootRank;
        }
        if (defaults.root() != null && rootRank != null) {
            Rows.insert(c, tree.nodeTable, Rows.with(defaults.root(), tree.defIdColumn, defId,
                    tree.itemIdColumn, rootRank), true);
        }
        return defId;
    }

    /** Points a definition created before its discipline at it. */
    static void pointAt(Connection c, SpecifyTree tree, long defId, long disciplineId) throws SQLException {
        Rows.update(c, "UPDATE " + tree.defTable + " SET DisciplineID = ? WHERE " + tree.defTable + "id = ?",
                disciplineId, defId);
    }
}
