package io.github.musit2specify.flow.structure;

/**
 * The three trees a new discipline gets, with their Specify tables and the root Specify's own setup
 * gives them. Table and column names are constants here, never taken from input.
 */
enum TreeKind {
    GEOGRAPHY("geographytreedef", "geographytreedefitem", "geography",
            "GeographyTreeDefID", "GeographyTreeDefItemID", "Earth", -1, ", "),
    TAXON("taxontreedef", "taxontreedefitem", "taxon",
            "TaxonTreeDefID", "TaxonTreeDefItemID", "Life", 1, " "),
    GEOLOGIC_TIME_PERIOD("geologictimeperiodtreedef", "geologictimeperiodtreedefitem", "geologictimeperiod",
            "GeologicTimePeriodTreeDefID", "GeologicTimePeriodTreeDefItemID", "Time", -1, ", ");

    /** Rank of the root of every Specify tree. */
    static final int ROOT_RANK_ID = 0;
    static final String GEOLOGIC_TIME_PERIOD_TREE_NAME = "Geologic Time Period";

    final String defTable;
    final String itemTable;
    final String nodeTable;
    final String defIdColumn;
    final String itemIdColumn;
    final String rootName;
    /** Specify's FullNameDirection: 1 forward (taxon: genus species), -1 reverse (geography: place, country). */
    final int fullNameDirection;
    final String fullNameSeparator;

    TreeKind(String defTable, String itemTable, String nodeTable, String defIdColumn, String itemIdColumn,
             String rootName, int fullNameDirection, String fullNameSeparator) {
        this.defTable = defTable;
        this.itemTable = itemTable;
        this.nodeTable = nodeTable;
        this.defIdColumn = defIdColumn;
        this.itemIdColumn = itemIdColumn;
        this.rootName = rootName;
        this.fullNameDirection = fullNameDirection;
        this.fullNameSeparator = fullNameSeparator;
    }
}
