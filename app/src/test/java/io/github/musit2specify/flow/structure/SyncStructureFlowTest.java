package io.github.musit2specify.flow.structure;

import io.github.musit2specify.config.Env;
import io.github.musit2specify.testkit.EmbeddedMariaDb;
import io.github.musit2specify.testkit.SpecifyTestDatabase;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The bundled UniMus:Natur hierarchy against a Specify database as Specify's guided setup leaves it
 * (institution UniMus:Natur, division Biology, discipline Karplanter Moser with collection NHM): dry
 * run, live run, re-run. Queries about what the flow made leave the set-up discipline out.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SyncStructureFlowTest {
    private static SpecifyTestDatabase db;

    private static final String NEW = " AND d.Name <> 'Karplanter Moser'";

    @BeforeAll
    static void createDatabase() {
        db = EmbeddedMariaDb.shared().createSpecifyDatabase("structure_flow");
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

    static long rows(SpecifyTestDatabase db) {
        return db.count("SELECT (SELECT COUNT(*) FROM division) + (SELECT COUNT(*) FROM discipline)"
                + " + (SELECT COUNT(*) FROM collection) + (SELECT COUNT(*) FROM datatype)"
                + " + (SELECT COUNT(*) FROM geographytreedef) + (SELECT COUNT(*) FROM taxontreedef)"
                + " + (SELECT COUNT(*) FROM geologictimeperiodtreedef) + (SELECT COUNT(*) FROM geography)"
                + " + (SELECT COUNT(*) FROM taxon) + (SELECT COUNT(*) FROM collectionobjecttype)");
    }

    @Test
    @Order(1)
    void aDryRunCountsWhatItWouldCreateAndWritesNothing() {
        long before = rows(db);

        Map<String, Object> fields = run(db, null, true);

        assertThat(counters(fields)).containsExactly(1, 1, 9, 1, 49, 1);
        assertThat(fields.get("config_path")).isEqualTo("classpath:structure/unimus_natur.yaml");
        assertThat(fields.get("warnings")).asList().isEmpty();
        assertThat(fields.get("errors")).asList().isEmpty();
        assertThat(rows(db)).isEqualTo(before);
    }

    @Test
    @Order(2)
    void aLiveRunCreatesTheHierarchyWithValidLinks() {
        Map<String, Object> fields = run(db, null, false);

        assertThat(counters(fields)).containsExactly(1, 1, 9, 1, 49, 1);
        assertThat(fields.get("errors")).asList().isEmpty();
        assertThat(fields.keySet()).containsExactly("config_path", "divisions_created", "divisions_skipped",
                "disciplines_created", "disciplines_skipped", "collections_created", "collections_skipped",
                "warnings", "errors");

        assertThat(db.count("SELECT COUNT(*) FROM division d JOIN institution i ON i.UserGroupScopeId = d.InstitutionID"
                + " WHERE i.Name = 'UniMus:Natur'")).isEqualTo(2);
        assertThat(db.count("SELECT COUNT(*) FROM discipline d JOIN division v ON v.UserGroupScopeId = d.DivisionID"
                + " WHERE v.Name = 'Geology/paleontology' AND d.Name IN ('Geologi', 'Paleontologi')")).isEqualTo(2);
        assertThat(db.count("SELECT COUNT(*) FROM discipline WHERE Name = 'Insekter' AND Type = 'entomology'")).isEqualTo(1);
        // the one data type row is reused
        assertThat(db.count("SELECT COUNT(*) FROM datatype")).isEqualTo(1);
        assertThat(db.count("SELECT COUNT(*) FROM discipline d JOIN datatype t ON t.DataTypeID = d.DataTypeID"))
                .isEqualTo(10);
    }

    @Test
    @Order(3)
    void everyNewDisciplineHasItsThreeTreesPointingBackWithRoots() {
        assertThat(db.count("SELECT COUNT(*) FROM discipline d JOIN taxontreedef t"
                + " ON t.TaxonTreeDefID = d.TaxonTreeDefID AND t.DisciplineID = d.UserGroupScopeId"
                + " WHERE t.Name = 'Taxon'" + NEW)).isEqualTo(9);
        assertThat(db.count("SELECT COUNT(*) FROM discipline d JOIN geographytreedef g"
                + " ON g.GeographyTreeDefID = d.GeographyTreeDefID AND g.DisciplineID = d.UserGroupScopeId"
                + " WHERE g.Name = 'Geography'" + NEW)).isEqualTo(9);
        assertThat(db.count("SELECT COUNT(*) FROM discipline d JOIN geologictimeperiodtreedef g"
                + " ON g.GeologicTimePeriodTreeDefID = d.GeologicTimePeriodTreeDefID"
                + " AND g.DisciplineID = d.UserGroupScopeId" + NEW)).isEqualTo(9);
        // one tree each: no discipline shares a definition
        assertThat(db.count("SELECT COUNT(DISTINCT TaxonTreeDefID) FROM discipline")).isEqualTo(10);
        assertThat(db.count("SELECT COUNT(DISTINCT GeographyTreeDefID) FROM discipline")).isEqualTo(10);

        assertThat(db.count("SELECT COUNT(*) FROM discipline d"
                + " JOIN geography n ON n.GeographyTreeDefID = d.GeographyTreeDefID"
                + " JOIN geographytreedefitem i ON i.GeographyTreeDefItemID = n.GeographyTreeDefItemID"
                + "  AND i.GeographyTreeDefID = d.GeographyTreeDefID"
                + " WHERE n.Name = 'Earth' AND n.RankID = 0 AND i.RankID = 0 AND n.ParentID IS NULL"
                + "  AND n.NodeNumber = 1 AND n.HighestChildNodeNumber = 1" + NEW)).isEqualTo(9);
        assertThat(db.count("SELECT COUNT(*) FROM discipline d"
                + " JOIN taxon n ON n.TaxonTreeDefID = d.TaxonTreeDefID"
                + " JOIN taxontreedefitem i ON i.TaxonTreeDefItemID = n.TaxonTreeDefItemID"
                + "  AND i.TaxonTreeDefID = d.TaxonTreeDefID"
                + " WHERE n.Name = 'Life' AND n.RankID = 0 AND i.RankID = 0 AND n.ParentID IS NULL"
                + "  AND n.NodeNumber = 1 AND n.HighestChildNodeNumber = 1" + NEW)).isEqualTo(9);
        assertThat(db.count("SELECT COUNT(*) FROM discipline d"
                + " JOIN geologictimeperiodtreedefitem i ON i.GeologicTimePeriodTreeDefID = d.GeologicTimePeriodTreeDefID"
                + " WHERE i.RankID = 0" + NEW)).isEqualTo(9);
        // each new tree holds only its root (Specify's set-up taxon tree has none)
        assertThat(db.count("SELECT COUNT(*) FROM taxon")).isEqualTo(9);
        assertThat(db.count("SELECT COUNT(*) FROM geography")).isEqualTo(10);
    }

    @Test
    @Order(4)
    void everyNewCollectionBelongsToItsDisciplineWithItsCollectionObjectType() {
        assertThat(db.count("SELECT COUNT(*) FROM collection c JOIN discipline d ON d.UserGroupScopeId = c.DisciplineID"
                + " JOIN collectionobjecttype t ON t.CollectionObjectTypeID = c.CollectionObjectTypeID"
                + "  AND t.CollectionID = c.UserGroupScopeId AND t.TaxonTreeDefID = d.TaxonTreeDefID"
                + "  AND t.Name = d.Name")).isEqualTo(50);
        assertThat(db.count("SELECT COUNT(*) FROM collection WHERE Code = CollectionName AND"
                + " CatalogFormatNumName = Code AND IsEmbeddedCollectingEvent = 0")).isEqualTo(49);
        assertThat(db.count("SELECT COUNT(*) FROM collection c JOIN discipline d ON d.UserGroupScopeId = c.DisciplineID"
                + " WHERE d.Name = 'Fugl' AND c.Code IN ('NHM', 'UM', 'UTM', 'VM', 'NBH')")).isEqualTo(5);
    }

    @Test
    @Order(5)
    void aSecondLiveRunCreatesNothing() {
        long before = rows(db);

        Map<String, Object> fields = run(db, null, false);

        assertThat(counters(fields)).containsExactly(0, 2, 0, 10, 0, 50);
        assertThat(fields.get("warnings")).asList().isEmpty();
        assertThat(fields.get("errors")).asList().isEmpty();
        assertThat(rows(db)).isEqualTo(before);
    }

    @Test
    @Order(6)
    void aDryRunAfterwardsAgreesWithTheLiveRerun() {
        assertThat(counters(run(db, null, true))).containsExactly(0, 2, 0, 10, 0, 50);
    }
}
