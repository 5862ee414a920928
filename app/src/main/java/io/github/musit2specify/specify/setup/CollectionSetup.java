package io.github.musit2specify.specify.setup;

import io.github.musit2specify.specify.setup.SetupDefaults.DisciplineType;
import io.github.musit2specify.specify.setup.SetupDefaults.PickList;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A new collection as Specify's {@code create_collection} makes it, in the caller's transaction:
 * the collection row, the type's default prep types and pick lists with their items, and its
 * collection object type (named after the discipline, on the discipline's taxon tree).
 */
public final class CollectionSetup {
    static final String COG_TYPES_PICK_LIST = "COGTypes";

    private final SetupDefaults defaults;

    public CollectionSetup(SetupDefaults defaults) {
        this.defaults = defaults;
    }

    /** {@code catalogNumberFormatter} must be one of {@link SetupDefaults#catalogNumberFormatters()} (checked by the caller). */
    public record NewCollection(long disciplineId, String disciplineName, String disciplineType, long taxonTreeDefId,
                                String code, String name, String catalogNumberFormatter) {
    }

    public long create(Connection c, NewCollection n) throws SQLException {
        DisciplineType type = defaults.requireType(n.disciplineType());
        long collectionId = Rows.insert(c, "collection", Map.of("CatalogFormatNumName", n.catalogNumberFormatter(),
                "Code", n.code(), "CollectionName", n.name(), "IsEmbeddedCollectingEvent", 0,
                "DisciplineID", n.disciplineId(), "GUID", Rows.GENERATED_GUID), true);
        List<Map<String, Object>> prepTypes = new ArrayList<>();
        for (Map<String, Object> prepType : type.prepTypes()) {
            prepTypes.add(Rows.with(prepType, "CollectionID", collectionId));
        }
        Rows.insertBatch(c, "preptype", prepTypes, true);
        pickLists(c, type, collectionId);
        long typeId = Rows.insert(c, "collectionobjecttype", Rows.with(defaults.collectionObjectType(),
                "Name", n.disciplineName(), "CollectionID", collectionId, "TaxonTreeDefID", n.taxonTreeDefId()), true);
        Rows.update(c, "UPDATE collection SET CollectionObjectTypeID = ?, TimestampModified = NOW(6) "
                + "WHERE usergroupscopeid = ?", typeId, collectionId);
        touchCogTypePickLists(c);
        return collectionId;
    }

    /** The lists one by one (their items need the list's id), all items in one batch. */
    private static void pickLists(Connection c, DisciplineType type, long collectionId) throws SQLException {
        List<Map<String, Object>> items = new ArrayList<>();
        for (PickList list : type.pickLists()) {
            long listId = Rows.insert(c, "picklist", Rows.with(list.columns(), "CollectionID", collectionId), true);
            for (Map<String, Object> item : list.items()) {
                items.add(Rows.with(item, "PickListID", listId));
            }
        }
        Rows.insertBatch(c, "picklistitem", items, true);
    }

    /**
     * Specify's create_collection ends with its schema-config fixes, whose create_cogtype_picklist
     * update_or_creates the COGTypes pick list of every collection: the existing lists are saved
     * again with the same values, which moves their TimestampModified (the one "changed" row of the
     * golden run).
     */
    private static void touchCogTypePickLists(Connection c) throws SQLException {
        Rows.update(c, "UPDATE picklist SET Type = 1, TableName = 'collectionobjectgrouptype', IsSystem = 1, "
                + "ReadOnly = 1, SizeLimit = -1, SortType = 1, Formatter = 'CollectionObjectGroupType', "
                + "TimestampModified = NOW(6) WHERE Name = ?", COG_TYPES_PICK_LIST);
    }
}
