package io.github.musit2specify.flow.structure;

import io.github.musit2specify.flow.structure.StructureConfig.CollectionConfig;
import io.github.musit2specify.flow.structure.StructureConfig.DisciplineConfig;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * Writes new divisions, disciplines and collections, each in its own transaction. Specify fills in
 * what else it wants (pick lists, schema configuration, ...) at its next start-up.
 */
final class StructureWriter {
    /** The name Specify's setup gives its one data type row; created only when the table is empty. */
    static final String DEFAULT_DATA_TYPE = "Biota";
    static final int CATALOG_FORMAT_NAME_MAX = 64;

    private final SchemaFacts facts;

    StructureWriter(SchemaFacts facts) {
        this.facts = facts;
    }

    record CreatedDiscipline(long id, long taxonTreeDefId) {
    }

    long createDivision(Connection c, long institutionId, String name) throws SQLException {
        return Sql.inTransaction(c, tx -> {
            try (PreparedStatement ps = tx.prepareStatement("INSERT INTO division (Name, InstitutionID, "
                    + "TimestampCreated, Version) VALUES (?, ?, NOW(), 0)", PreparedStatement.RETURN_GENERATED_KEYS)) {
                ps.setString(1, name);
                ps.setLong(2, institutionId);
                return Sql.insert(ps);
            }
        });
    }

    /**
     * The discipline with its data type and three trees, in one transaction. Order matters:
     * discipline.GeographyTreeDefID/GeologicTimePeriodTreeDefID are NOT NULL, and so is
     * taxontreedef.DisciplineID, so those two trees come first, then the discipline, then the taxon
     * tree, then the back-pointers.
     */
    CreatedDiscipline createDiscipline(Connection c, long divisionId, DisciplineConfig d) throws SQLException {
        return Sql.inTransaction(c, tx -> {
            long dataTypeId = dataTypeId(tx);
            long geographyDefId = TreeWriter.create(tx, TreeKind.GEOGRAPHY, d.geographyTree().name(), null, true);
            TreeKind gtp = TreeKind.GEOLOGIC_TIME_PERIOD;
            long gtpDefId = TreeWriter.create(tx, gtp, TreeKind.GEOLOGIC_TIME_PERIOD_TREE_NAME, null,
                    facts.hasTable(gtp.itemTable) && facts.hasTable(gtp.nodeTable));
            long disciplineId;
            try (PreparedStatement ps = tx.prepareStatement("INSERT INTO discipline (Name, Type, DivisionID, "
                    + "DataTypeID, GeographyTreeDefID, GeologicTimePeriodTreeDefID, IsPaleoContextEmbedded, "
                    + "PaleoContextChildTable, TimestampCreated, Version) VALUES (?, ?, ?, ?, ?, ?, ?, ?, NOW(), 0)",
                    PreparedStatement.RETURN_GENERATED_KEYS)) {
                ps.setString(1, d.name());
                ps.setString(2, d.type());
                ps.setLong(3, divisionId);
                ps.setLong(4, dataTypeId);
                ps.setLong(5, geographyDefId);
                ps.setLong(6, gtpDefId);
                // Specify's own defaults for a new discipline; its code reads the child table when embedded
                ps.setBoolean(7, true);
                ps.setString(8, "collectionobject");
                disciplineId = Sql.insert(ps);
            }
            boolean taxonHasDiscipline = facts.hasColumn(TreeKind.TAXON.defTable, "DisciplineID");
            long taxonDefId = TreeWriter.create(tx, TreeKind.TAXON, d.taxonTree().name(),
                    taxonHasDiscipline ? disciplineId : null, true);
            try (PreparedStatement ps = tx.prepareStatement(
                    "UPDATE discipline SET TaxonTreeDefID = ? WHERE UserGroupScopeId = ?")) {
                ps.setLong(1, taxonDefId);
                ps.setLong(2, disciplineId);
                ps.executeUpdate();
            }
            pointBack(tx, TreeKind.GEOGRAPHY, geographyDefId, disciplineId);
            pointBack(tx, gtp, gtpDefId, disciplineId);
            return new CreatedDiscipline(disciplineId, taxonDefId);
        });
    }

    /**
     * The collection and, where the schema has them, its collection object type (named after the
     * discipline and tied to its taxon tree, as Specify 7 makes its default ones).
     *
     * @param taxonTreeDefId the discipline's taxon tree; null means no collection object type is made
     */
    long createCollection(Connection c, long disciplineId, String disciplineName, Long taxonTreeDefId,
                          CollectionConfig collection) throws SQLException {
        return Sql.inTransaction(c, tx -> {
            long collectionId;
            try (PreparedStatement ps = tx.prepareStatement("INSERT INTO collection (CatalogFormatNumName, Code, "
                    + "CollectionName, IsEmbeddedCollectingEvent, DisciplineID, TimestampCreated, Version) "
                    + "VALUES (?, ?, ?, ?, ?, NOW(), 0)", PreparedStatement.RETURN_GENERATED_KEYS)) {
                ps.setString(1, catalogFormatNumName(collection));
                ps.setString(2, collection.code());
                ps.setString(3, collection.name());
                ps.setBoolean(4, false);
                ps.setLong(5, disciplineId);
                collectionId = Sql.insert(ps);
            }
            if (taxonTreeDefId != null && facts.hasCollectionObjectTypes()) {
                long typeId;
                try (PreparedStatement ps = tx.prepareStatement("INSERT INTO collectionobjecttype (Name, "
                        + "CollectionID, TaxonTreeDefID, TimestampCreated, Version) VALUES (?, ?, ?, NOW(), 0)",
                        PreparedStatement.RETURN_GENERATED_KEYS)) {
                    ps.setString(1, disciplineName);
                    ps.setLong(2, collectionId);
                    ps.setLong(3, taxonTreeDefId);
                    typeId = Sql.insert(ps);
                }
                try (PreparedStatement ps = tx.prepareStatement(
                        "UPDATE collection SET CollectionObjectTypeID = ? WHERE UserGroupScopeId = ?")) {
                    ps.setLong(1, typeId);
                    ps.setLong(2, collectionId);
                    ps.executeUpdate();
                }
            }
            return collectionId;
        });
    }

    /** flows.md: catalognumberformatname, else the code, cut to the column's 64 characters. */
    static String catalogFormatNumName(CollectionConfig collection) {
        String name = collection.catalogNumberFormatName() == null ? collection.code() : collection.catalogNumberFormatName();
        return name.length() <= CATALOG_FORMAT_NAME_MAX ? name : name.substring(0, CATALOG_FORMAT_NAME_MAX);
    }

    private void pointBack(Connection tx, TreeKind kind, long defId, long disciplineId) throws SQLException {
        if (facts.hasColumn(kind.defTable, "DisciplineID")) {
            TreeWriter.pointAtDiscipline(tx, kind, defId, disciplineId);
        }
    }

    /** Specify keeps one data type row for all disciplines: reuse it, create it only when there is none. */
    private static long dataTypeId(Connection tx) throws SQLException {
        try (PreparedStatement ps = tx.prepareStatement("SELECT MIN(DataTypeID) FROM datatype");
             ResultSet rs = ps.executeQuery()) {
            rs.next();
            long id = rs.getLong(1);
            if (!rs.wasNull()) {
                return id;
            }
        }
        try (PreparedStatement ps = tx.prepareStatement("INSERT INTO datatype (Name, TimestampCreated, Version) "
                + "VALUES (?, NOW(), 0)", PreparedStatement.RETURN_GENERATED_KEYS)) {
            ps.setString(1, DEFAULT_DATA_TYPE);
            return Sql.insert(ps);
        }
    }
}
