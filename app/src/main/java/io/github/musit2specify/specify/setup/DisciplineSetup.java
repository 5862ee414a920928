package io.github.musit2specify.specify.setup;

import io.github.musit2specify.specify.setup.SetupDefaults.DisciplineType;
import io.github.musit2specify.specify.setup.SetupDefaults.TreeDefaults;
import io.github.musit2specify.specify.setup.SetupDefaults.UniquenessRule;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A new discipline as Specify's {@code create_discipline_and_trees_task} makes it, in the caller's
 * transaction: its trees with the type's default ranks, the discipline row, its app resource
 * directory and its default uniqueness rules. Schema localization is left to Specify's start-up.
 */
public final class DisciplineSetup {
    /** The name Specify gives its one data type row; created only when there is none. */
    static final String DEFAULT_DATA_TYPE = "Biota";

    private final SetupDefaults defaults;

    public DisciplineSetup(SetupDefaults defaults) {
        this.defaults = defaults;
    }

    /** What the new discipline is called and which tree names the structure file gives. */
    public record NewDiscipline(long divisionId, String name, String type, String geographyTreeName,
                                String taxonTreeName) {
    }

    public record Created(long disciplineId, long taxonTreeDefId) {
    }

    /** discipline.GeographyTreeDefID/GeologicTimePeriodTreeDefID are NOT NULL, so those trees come first. */
    public Created create(Connection c, NewDiscipline d) throws SQLException {
        DisciplineType type = defaults.requireType(d.type());
        TreeDefaults geography = defaults.tree(SpecifyTree.GEOGRAPHY);
        TreeDefaults chrono = defaults.tree(SpecifyTree.CHRONOSTRATIGRAPHY);
        long geographyId = TreeSetup.create(c, SpecifyTree.GEOGRAPHY, named(geography, d.geographyTreeName()),
                geography.ranks(), null);
        long chronoId = TreeSetup.create(c, SpecifyTree.CHRONOSTRATIGRAPHY, chrono, chrono.ranks(), null);
        long disciplineId = Rows.insert(c, "discipline", Rows.with(type.discipline(), "Name", d.name(),
                "Type", d.type(), "DivisionID", d.divisionId(), "DataTypeID", dataTypeId(c),
                SpecifyTree.GEOGRAPHY.defIdColumn, geographyId, SpecifyTree.CHRONOSTRATIGRAPHY.defIdColumn, chronoId), true);
        TreeSetup.pointAt(c, SpecifyTree.GEOGRAPHY, geographyId, disciplineId);
        TreeSetup.pointAt(c, SpecifyTree.CHRONOSTRATIGRAPHY, chronoId, disciplineId);
        TreeDefaults taxon = defaults.tree(SpecifyTree.TAXON);
        long taxonId = TreeSetup.create(c, SpecifyTree.TAXON, named(taxon, d.taxonTreeName()), type.taxonRanks(),
                disciplineId);
        setTree(c, disciplineId, SpecifyTree.TAXON, taxonId);
        if (type.lithostrat()) {
            for (SpecifyTree tree : List.of(SpecifyTree.LITHOSTRATIGRAPHY, SpecifyTree.TECTONIC_UNIT)) {
                TreeDefaults t = defaults.tree(tree);
                setTree(c, disciplineId, tree, TreeSetup.create(c, tree, t, t.ranks(), disciplineId));
            }
        }
        Rows.insert(c, "spappresourcedir", Rows.with(defaults.appResourceDirectory(), "DisciplineType", d.name(),
                "DisciplineID", disciplineId), true);
        uniquenessRules(c, disciplineId);
        return new Created(disciplineId, taxonId);
    }

    private void uniquenessRules(Connection c, long disciplineId) throws SQLException {
        List<Map<String, Object>> fields = new ArrayList<>();
        for (UniquenessRule rule : defaults.uniquenessRules()) {
            long ruleId = Rows.insert(c, "uniquenessrule", Map.of("modelName", rule.modelName(),
                    "isDatabaseConstraint", rule.isDatabaseConstraint(), "DisciplineID", disciplineId), false);
            for (Map<String, Object> field : rule.fields()) {
                fields.add(Rows.with(field, "uniquenessruleid", ruleId));
            }
        }
        Rows.insertBatch(c, "uniquenessrule_fields", fields, false);
    }

    private static TreeDefaults named(TreeDefaults tree, String name) {
        return name == null ? tree : new TreeDefaults(Rows.with(tree.definition(), "Name", name), tree.ranks(), tree.root());
    }

    private static void setTree(Connection c, long disciplineId, SpecifyTree tree, long defId) throws SQLException {
        Rows.update(c, "UPDATE discipline SET " + tree.defIdColumn + " = ? WHERE usergroupscopeid = ?", defId, disciplineId);
    }

    /** Specify keeps one data type row for all disciplines: its last one, or a new one when there is none. */
    private static long dataTypeId(Connection c) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT MAX(DataTypeID) FROM datatype");
             ResultSet rs = ps.executeQuery()) {
            rs.next();
            long id = rs.getLong(1);
            if (!rs.wasNull()) {
                return id;
            }
        }
        return Rows.insert(c, "datatype", Map.of("Name", DEFAULT_DATA_TYPE), true);
    }
}
