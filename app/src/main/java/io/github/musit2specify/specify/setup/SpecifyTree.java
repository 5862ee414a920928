package io.github.musit2specify.specify.setup;

/**
 * The trees Specify's setup gives a discipline, with their tables. Table and column names are
 * constants here, never taken from input; {@code key} names the tree in {@code common.json}.
 */
public enum SpecifyTree {
    GEOGRAPHY("geography", "geography", "GeographyTreeDefID", "GeographyTreeDefItemID"),
    TAXON("taxon", "taxon", "TaxonTreeDefID", "TaxonTreeDefItemID"),
    CHRONOSTRATIGRAPHY("chronostratigraphy", "geologictimeperiod", "GeologicTimePeriodTreeDefID",
            "GeologicTimePeriodTreeDefItemID"),
    LITHOSTRATIGRAPHY("lithostratigraphy", "lithostrat", "LithoStratTreeDefID", "LithoStratTreeDefItemID"),
    TECTONIC_UNIT("tectonic_unit", "tectonicunit", "TectonicUnitTreeDefID", "TectonicUnitTreeDefItemID");

    public final String key;
    public final String nodeTable;
    public final String defTable;
    public final String itemTable;
    /** The definition's id column in rank and node rows, and the discipline's pointer at the definition. */
    public final String defIdColumn;
    public final String itemIdColumn;

    SpecifyTree(String key, String nodeTable, String defIdColumn, String itemIdColumn) {
        this.key = key;
        this.nodeTable = nodeTable;
        this.defTable = nodeTable + "treedef";
        this.itemTable = nodeTable + "treedefitem";
        this.defIdColumn = defIdColumn;
        this.itemIdColumn = itemIdColumn;
    }
}
