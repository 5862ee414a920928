package io.github.musit2specify.check;

import java.util.List;

/** The Specify tables the flows write (agents, users, structure sync) or check, lower case as in Specify's schema. */
final class SpecifyTables {
    static final List<String> WRITTEN_BY_FLOWS = List.of(
            "agent", "specifyuser",
            "institution", "division", "discipline", "collection", "datatype", "collectionobjecttype",
            "geographytreedef", "geographytreedefitem", "geography",
            "taxontreedef", "taxontreedefitem", "taxon",
            "geologictimeperiodtreedef", "geologictimeperiodtreedefitem", "geologictimeperiod",
            "lithostrattreedef", "lithostrattreedefitem", "lithostrat",
            "tectonicunittreedef", "tectonicunittreedefitem", "tectonicunit",
            "picklist", "picklistitem", "preptype", "spappresourcedir", "uniquenessrule", "uniquenessrule_fields",
            "splocalecontainer");

    private SpecifyTables() {
    }
}
