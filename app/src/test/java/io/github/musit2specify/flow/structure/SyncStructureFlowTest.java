package io.github.musit2specify.flow.structure;

import io.github.musit2specify.config.Env;
import io.github.musit2specify.specify.setup.SetupDefaults;
import io.github.musit2specify.specify.setup.SetupDefaults.DisciplineType;
import io.github.musit2specify.testkit.EmbeddedMariaDb;
import io.github.musit2specify.testkit.SpecifyTestDatabase;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The bundled UniMus:Natur hierarchy (2 divisions, 10 disciplines, 50 collections) against Specify's
 * own bootstrap state (division Biology, discipline Karplanter Moser with collection NHM, login
 * spadmin): dry run, live run with Specify's defaults per discipline type, re-run, dry run again.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SyncStructureFlowTest {
    /** Every table the structure sync writes to. */
    static final List<String> TABLES = List.of("division", "discipline", "collection", "agent", "datatype",
            "geographytreedef", "geographytreedefitem", "geography", "taxontreedef", "taxontreedefitem", "taxon",
            "geologictimeperiodtreedef", "geologictimeperiodtreedefitem", "geologictimeperiod", "lithostrattreedef",
            "lithostrattreedefitem", "lithostrat", "tectonicunittreedef", "tectonicunittreedefitem", "tectonicunit",
            "collectionobjecttype", "preptype", "picklist", "picklistitem", "spappresourcedir", "uniquenessrule",
            "uniquenessrule_fields");
    private static final SetupDefaults DEFAULTS = SetupDefaults.current();
    private static SpecifyTestDatabase db;
    private static Map<String, Long> bootstrapRows;
    private static String bootstrapTrees;

    @BeforeAll
    static void createDatabase() {
        db = EmbeddedMariaDb.shared().createSpecifyDatabase("structure_flow");
        bootstrapRows = rows(db);
        bootstrapTrees = existingTrees();
    }

    /** Every rank and node of the bootstrap discipline's trees, with its timestamps: what "untouched" means. */
    private static String existingTrees() {
        StringBuilder trees = new StringBuilder();
        try (var c = db.connect(); var s = c.createStatement()) {
            for (String tree : List.of("geography", "taxon", "geologictimeperiod")) {
                String def = tree.equals("geologictimeperiod") ? "GeologicTimePeriodTreeDefID"
                        : tree.substring(0, 1).toUpperCase() + tree.substring(1) + "TreeDefID";
                for (String table : List.of(tree + "treedefitem", tree)) {
                    try (var rs = s.executeQuery("SELECT t.* FROM " + table + " t JOIN discipline d ON d." + def
                            + " = t." + def + " WHERE d.Name = 'Karplanter Moser' ORDER BY 1")) {
                        while (rs.next()) {
                            for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
                                trees.append(rs.getString(i)).append('|');
                            }
                            trees.append('\n');
                        }
                    }
                }
            }
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
        return trees.toString();
    }

    static Map<String, Object> run(SpecifyTestDatabase db, String configPath, boolean dryRun) {
        SyncStructureFlow flow = SyncStructureFlow.create(Env.of(db.env()), new SyncStructureParameters(configPath, dryRun));
        return flow.execute("20260101T000000Z");
    }

    static List<Integer> counters(Map<String, Object> fields) {
        return List.of((Integer) fields.get("divisions_created"), (Integer) fields.get("divisions_skipped"),
                (Integer) fields.get("disciplines_created"), (Integer) fields.get("disciplines_skipped"),
                (Integer) fields.get("collections_created"), (Integer) fields.get("collections_skipped"));
    }

    /** Row count per table the sync writes. */
    static Map<String, Long> rows(SpecifyTestDatabase db) {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (String table : TABLES) {
            counts.put(table, db.count("SELECT COUNT(*) FROM " + table));
        }
        return counts;
    }

    @Test
    @Order(1)
    void aDryRunCountsWhatItWouldCreateAndWritesNothing() {
        Map<String, Object> fields = run(db, null, true);

        assertThat(counters(fields)).containsExactly(1, 1, 9, 1, 49, 1);
        assertThat(fields.get("config_path")).isEqualTo("classpath:structure/unimus_natur.yaml");
        assertThat(fields.get("warnings")).asList().isEmpty();
        assertThat(fields.get("errors")).asList().isEmpty();
        assertThat(rows(db)).isEqualTo(bootstrapRows);
    }

    @Test
    @Order(2)
    void aLiveRunCreatesTheHierarchyAndPrintsItsTime() {
        long started = System.nanoTime();
        Map<String, Object> fields = run(db, null, false);
        long millis = (System.nanoTime() - started) / 1_000_000;
        System.out.println("BENCH sync-specify-structure bundled 2 divisions x 10 disciplines x 50 collections, live: "
                + millis + " ms");

        assertThat(counters(fields)).containsExactly(1, 1, 9, 1, 49, 1);
        assertThat(fields.get("errors")).asList().isEmpty();
        assertThat(existingTrees()).contains("Life|", "Earth|").isEqualTo(bootstrapTrees);
        assertThat(db.count("SELECT COUNT(*) FROM division d JOIN institution i ON i.UserGroupScopeId = d.InstitutionID"
                + " WHERE i.Name = 'UniMus:Natur'")).isEqualTo(2);
        assertThat(db.count("SELECT COUNT(*) FROM discipline WHERE Name = 'Insekter' AND Type = 'insect'")).isEqualTo(1);
        assertThat(db.count("SELECT COUNT(*) FROM datatype")).isEqualTo(1);
        // spadmin, the one login, can open the new division
        assertThat(db.count("SELECT COUNT(*) FROM agent a JOIN division d ON d.UserGroupScopeId = a.DivisionID"
                + " JOIN specifyuser u ON u.SpecifyUserID = a.SpecifyUserID"
                + " WHERE d.Name = 'Geology/paleontology' AND u.Name = 'spadmin' AND a.LastName = 'Admin'")).isEqualTo(1);
    }

    @Test
    @Order(3)
    void everyNewDisciplineHasSpecifysTreesRulesAndResourceDirectoryForItsType() {
        List<Map.Entry<String, String>> disciplines = List.of(Map.entry("Alger", "botany"),
                Map.entry("Insekter", "insect"), Map.entry("Pattedyr", "mammal"), Map.entry("Fisk og herptiler", "fish"),
                Map.entry("Geologi", "geology"), Map.entry("Paleontologi", "invertpaleo"));
        for (Map.Entry<String, String> d : disciplines) {
            DisciplineType type = DEFAULTS.requireType(d.getValue());
            String where = " JOIN discipline d ON d.UserGroupScopeId = t.DisciplineID WHERE d.Name = ? AND d.Type = ?";
            assertThat(count("SELECT COUNT(*) FROM taxontreedefitem i JOIN taxontreedef t"
                    + " ON t.TaxonTreeDefID = i.TaxonTreeDefID" + where, d)).isEqualTo(type.taxonRanks().size());
            assertThat(count("SELECT COUNT(*) FROM taxon n JOIN taxontreedef t ON t.TaxonTreeDefID = n.TaxonTreeDefID"
                    + where, d)).isZero();
            assertThat(count("SELECT COUNT(*) FROM geographytreedefitem i JOIN geographytreedef t"
                    + " ON t.GeographyTreeDefID = i.GeographyTreeDefID" + where, d)).isEqualTo(5);
            assertThat(count("SELECT COUNT(*) FROM geography n JOIN geographytreedef t"
                    + " ON t.GeographyTreeDefID = n.GeographyTreeDefID" + where
                    + " AND n.RankID = 0 AND n.NodeNumber IS NULL", d)).isEqualTo(1);
            assertThat(count("SELECT COUNT(*) FROM geologictimeperiodtreedefitem i JOIN geologictimeperiodtreedef t"
                    + " ON t.GeologicTimePeriodTreeDefID = i.GeologicTimePeriodTreeDefID" + where, d)).isEqualTo(5);
            assertThat(count("SELECT COUNT(*) FROM lithostrattreedefitem i JOIN lithostrattreedef t"
                    + " ON t.LithoStratTreeDefID = i.LithoStratTreeDefID" + where, d)).isEqualTo(type.lithostrat() ? 6 : 0);
            assertThat(count("SELECT COUNT(*) FROM tectonicunit n JOIN tectonicunittreedef t"
                    + " ON t.TectonicUnitTreeDefID = n.TectonicUnitTreeDefID" + where, d)).isEqualTo(type.lithostrat() ? 1 : 0);
            assertThat(count("SELECT COUNT(*) FROM uniquenessrule t" + where, d)).isEqualTo(31);
            assertThat(count("SELECT COUNT(*) FROM spappresourcedir t" + where + " AND t.DisciplineType = d.Name", d))
                    .isEqualTo(1);
            // the discipline points at each of its trees
            assertThat(count("SELECT COUNT(*) FROM discipline d JOIN taxontreedef t ON t.TaxonTreeDefID = d.TaxonTreeDefID"
                    + " AND t.DisciplineID = d.UserGroupScopeId JOIN geographytreedef g"
                    + " ON g.GeographyTreeDefID = d.GeographyTreeDefID AND g.DisciplineID = d.UserGroupScopeId"
                    + " WHERE d.Name = ? AND d.Type = ?", d)).isEqualTo(1);
        }
    }

    @Test
    @Order(4)
    void everyNewCollectionHasSpecifysPrepTypesPickListsAndCollectionObjectType() {
        for (String discipline : List.of("Alger", "Insekter", "Pattedyr", "Fugl", "Fisk og herptiler", "Geologi")) {
            DisciplineType defaults = DEFAULTS.requireType(typeOf(discipline));
            String where = " JOIN collection c ON c.UserGroupScopeId = t.CollectionID"
                    + " JOIN discipline d ON d.UserGroupScopeId = c.DisciplineID WHERE d.Name = ?";
            assertThat(db.count("SELECT COUNT(*) FROM preptype t" + where, discipline))
                    .isEqualTo(5L * defaults.prepTypes().size());
            assertThat(db.count("SELECT COUNT(*) FROM picklist t" + where, discipline))
                    .isEqualTo(5L * defaults.pickLists().size());
            assertThat(db.count("SELECT COUNT(*) FROM picklistitem i JOIN picklist t ON t.PickListID = i.PickListID" + where,
                    discipline)).isEqualTo(5L * defaults.pickLists().stream().mapToInt(p -> p.items().size()).sum());
            assertThat(db.count("SELECT COUNT(*) FROM collectionobjecttype t" + where
                    + " AND t.Name = d.Name AND t.TaxonTreeDefID = d.TaxonTreeDefID"
                    + " AND c.CollectionObjectTypeID = t.CollectionObjectTypeID", discipline)).isEqualTo(5);
        }
        assertThat(db.count("SELECT COUNT(*) FROM collection WHERE Code = CollectionName"
                + " AND CatalogFormatNumName = 'CatalogNumberNumeric' AND IsEmbeddedCollectingEvent = 0")).isEqualTo(50);
    }

    @Test
    @Order(5)
    void aSecondLiveRunCreatesNothingAndLeavesExistingTreesUntouched() {
        Map<String, Long> before = rows(db);

        Map<String, Object> fields = run(db, null, false);

        assertThat(counters(fields)).containsExactly(0, 2, 0, 10, 0, 50);
        assertThat(fields.get("warnings")).asList().isEmpty();
        assertThat(fields.get("errors")).asList().isEmpty();
        assertThat(rows(db)).isEqualTo(before);
        assertThat(existingTrees()).isEqualTo(bootstrapTrees);
    }

    @Test
    @Order(6)
    void aDryRunAfterwardsAgreesWithTheLiveRerun() {
        Map<String, Long> before = rows(db);
        assertThat(counters(run(db, null, true))).containsExactly(0, 2, 0, 10, 0, 50);
        assertThat(rows(db)).isEqualTo(before);
    }

    private static long count(String sql, Map.Entry<String, String> discipline) {
        return db.count(sql, discipline.getKey(), discipline.getValue());
    }

    private static String typeOf(String discipline) {
        for (String type : DEFAULTS.disciplineTypes()) {
            if (db.count("SELECT COUNT(*) FROM discipline WHERE Name = ? AND Type = ?", discipline, type) == 1) {
                return type;
            }
        }
        throw new AssertionError("discipline " + discipline + " has no Specify type");
    }
}
