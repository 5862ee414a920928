package io.github.musit2specify.flow.structure;

import io.github.musit2specify.config.ConfigErrors;
import io.github.musit2specify.config.Env;
import io.github.musit2specify.error.ErrorCode;
import io.github.musit2specify.error.MigrationException;
import io.github.musit2specify.flow.FlowLock;
import io.github.musit2specify.specify.SpecifyDatabase;
import io.github.musit2specify.specify.SpecifySettings;
import io.github.musit2specify.specify.setup.SetupDefaults;
import io.github.musit2specify.testkit.EmbeddedMariaDb;
import io.github.musit2specify.testkit.SpecifyTestDatabase;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;

import static io.github.musit2specify.flow.structure.SyncStructureFlowTest.counters;
import static io.github.musit2specify.flow.structure.SyncStructureFlowTest.rows;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Matching rules and failure handling, each test with its own names in one database. */
class SyncStructureMatchingTest {
    private static SpecifyTestDatabase db;

    @TempDir
    Path dir;

    @BeforeAll
    static void createDatabase() {
        db = EmbeddedMariaDb.shared().createSpecifyDatabase("structure_matching");
    }

    private String file(String name, String yaml) throws IOException {
        Path path = dir.resolve(name);
        Files.writeString(path, yaml, StandardCharsets.UTF_8);
        return path.toString();
    }

    private static Map<String, Object> run(String config, boolean dryRun) {
        return SyncStructureFlowTest.run(db, config, dryRun);
    }

    @Test
    void aDisciplineUnderAnotherDivisionIsUsedWithAWarningAndItsCollectionsReconciled() throws IOException {
        run(file("first.yaml", """
                institution_name: UniMus:Natur
                divisions:
                  - name: Biology
                    disciplines:
                      - { name: Moser, type: botany, collections: [{code: NHM}, {code: UM}] }
                """), false);
        String moved = file("moved.yaml", """
                institution_name: unimus:natur
                divisions:
                  - name: Mosedivisjon
                    disciplines:
                      - { name: " moser ", type: botany, collections: [{code: nhm}, {code: Um}, {code: TM}] }
                """);

        Map<String, Object> dry = run(moved, true);
        Map<String, Object> live = run(moved, false);

        for (Map<String, Object> fields : java.util.List.of(dry, live)) {
            assertThat(counters(fields)).containsExactly(1, 0, 0, 1, 1, 2);
            assertThat(fields.get("warnings")).asList().singleElement().asString()
                    .startsWith("discipline 'moser' exists under division 'Biology' (id ")
                    .contains("not under 'Mosedivisjon' as the config says");
            assertThat(fields.get("errors")).asList().isEmpty();
        }
        assertThat(db.count("SELECT COUNT(*) FROM collection c JOIN discipline d ON d.UserGroupScopeId = c.DisciplineID"
                + " WHERE d.Name = 'Moser'")).isEqualTo(3);
        assertThat(db.count("SELECT COUNT(*) FROM discipline WHERE LOWER(Name) = 'moser'")).isEqualTo(1);
    }

    @Test
    void collectionCodesAndDivisionNamesMatchIgnoringCaseAndSpaces() throws IOException {
        run(file("first.yaml", """
                institution_name: UniMus:Natur
                divisions:
                  - name: Biology
                    disciplines:
                      - { name: Sopp, type: botany, collections: [{code: NHM}, {code: VM}] }
                """), false);

        Map<String, Object> fields = run(file("again.yaml", """
                institution_name: UNIMUS:NATUR
                divisions:
                  - name: "  biology "
                    disciplines:
                      - { name: Sopp, type: botany, collections: [{code: nhm}, {code: " vm "}] }
                """), false);

        assertThat(counters(fields)).containsExactly(0, 1, 0, 1, 0, 2);
        assertThat(fields.get("warnings")).asList().isEmpty();
    }

    @Test
    void anExistingDisciplineKeepsItsTypeAndItsNewCollectionsGetThatTypesDefaults() throws IOException {
        Map<String, Object> fields = run(file("type.yaml", """
                institution_name: UniMus:Natur
                divisions:
                  - name: Biology
                    disciplines:
                      - { name: Karplanter Moser, type: insect, collections: [{code: NHM}, {code: TYPE}] }
                """), false);

        assertThat(counters(fields)).containsExactly(0, 1, 0, 1, 1, 1);
        assertThat(fields.get("warnings")).asList().containsExactly("discipline 'Karplanter Moser' exists with type "
                + "'botany', not 'insect' as the config says; its type is kept and its new collections get the "
                + "defaults of 'botany'");
        assertThat(db.count("SELECT COUNT(*) FROM preptype p JOIN collection c ON c.UserGroupScopeId = p.CollectionID"
                + " WHERE c.Code = 'TYPE'")).isEqualTo(SetupDefaults.current().requireType("botany").prepTypes().size());
    }

    @Test
    void aMissingInstitutionFailsAndWritesNothing() throws IOException {
        String config = file("other.yaml", """
                institution_name: UniMus:Kultur
                divisions:
                  - name: Arkeologi
                    disciplines:
                      - { name: Funn, type: botany, collections: [{code: KHM}] }
                """);
        Map<String, Long> before = rows(db);

        assertThatThrownBy(() -> run(config, false))
                .isInstanceOfSatisfying(MigrationException.class, e -> {
                    assertThat(e.errorCode()).isEqualTo(ErrorCode.SPECIFY_STATE);
                    assertThat(e.exitCode()).isEqualTo(1);
                })
                .hasMessageContaining("the institution 'UniMus:Kultur' (institution_name) was not found")
                .hasMessageContaining("institutions there: 'UniMus:Natur'")
                .hasMessageContaining("Nothing was written");
        assertThat(rows(db)).isEqualTo(before);
    }

    @Test
    void anAmbiguousInstitutionFailsAndWritesNothing() throws Exception {
        String config = file("ambiguous.yaml", """
                institution_name: UniMus:Natur
                divisions:
                  - name: Ny
                    disciplines: []
                """);
        execute("INSERT INTO institution (Name, IsAccessionsGlobal, IsSecurityOn, IsServerBased, IsSharingLocalities,"
                + " IsSingleGeographyTree, TimestampCreated) VALUES ('UNIMUS:NATUR', 0, 0, 0, 0, 0, NOW())");
        try {
            Map<String, Long> before = rows(db);
            assertThatThrownBy(() -> run(config, false))
                    .isInstanceOfSatisfying(MigrationException.class,
                            e -> assertThat(e.errorCode()).isEqualTo(ErrorCode.SPECIFY_STATE))
                    .hasMessageContaining("matches 2 institutions");
            assertThat(rows(db)).isEqualTo(before);
        } finally {
            execute("DELETE FROM institution WHERE Name = 'UNIMUS:NATUR' COLLATE utf8mb4_bin");
        }
    }

    @Test
    void aParentThatCannotBeCreatedTurnsItsChildrenIntoErrorLines() throws Exception {
        execute("CREATE TRIGGER refuse_discipline BEFORE INSERT ON discipline FOR EACH ROW BEGIN"
                + " IF NEW.Name = 'Broken' THEN SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'refused by the test'; END IF; END");
        execute("CREATE TRIGGER refuse_division BEFORE INSERT ON division FOR EACH ROW BEGIN"
                + " IF NEW.Name = 'Broken division' THEN SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'refused by the test'; END IF; END");
        try {
            long treesBefore = db.count("SELECT COUNT(*) FROM geographytreedef");
            Map<String, Object> fields = run(file("broken.yaml", """
                    institution_name: UniMus:Natur
                    divisions:
                      - name: Biology
                        disciplines:
                          - { name: Broken, type: botany, collections: [{code: A}, {code: B}] }
                          - { name: Intact, type: botany, collections: [{code: A}] }
                      - name: Broken division
                        disciplines:
                          - { name: Orphan, type: botany, collections: [{code: Q}] }
                    """), false);

            assertThat(counters(fields)).containsExactly(0, 1, 1, 0, 1, 0);
            assertThat(fields.get("errors")).asList().map(String.class::cast).satisfiesExactly(
                    e -> assertThat(e).startsWith("discipline 'Broken' (division 'Biology'): could not be created: ")
                            .contains("refused by the test"),
                    e -> assertThat(e).isEqualTo("collection 'A' of discipline 'Broken': not created because its "
                            + "discipline could not be created"),
                    e -> assertThat(e).isEqualTo("collection 'B' of discipline 'Broken': not created because its "
                            + "discipline could not be created"),
                    e -> assertThat(e).startsWith("division 'Broken division': could not be created: "),
                    e -> assertThat(e).isEqualTo("discipline 'Orphan' (division 'Broken division'): not created "
                            + "because its division could not be created"),
                    e -> assertThat(e).isEqualTo("collection 'Q' of discipline 'Orphan': not created because its "
                            + "discipline could not be created"));
            // the failed discipline's transaction left no tree behind; Intact got its one
            assertThat(db.count("SELECT COUNT(*) FROM geographytreedef")).isEqualTo(treesBefore + 1);
            assertThat(db.count("SELECT COUNT(*) FROM geographytreedef WHERE DisciplineID IS NULL")).isZero();
        } finally {
            execute("DROP TRIGGER IF EXISTS refuse_discipline");
            execute("DROP TRIGGER IF EXISTS refuse_division");
        }
    }

    @Test
    void aHeldLockFailsTheRunAtOnce() throws IOException {
        String config = file("small.yaml", """
                institution_name: UniMus:Natur
                divisions: []
                """);
        SpecifySettings settings = SpecifySettings.fromEnv(Env.of(db.env()), new ConfigErrors());
        try (SpecifyDatabase other = SpecifyDatabase.open(settings);
             FlowLock held = FlowLock.acquire(other, "sync_specify_structure")) {
            assertThatThrownBy(() -> run(config, true))
                    .isInstanceOfSatisfying(MigrationException.class,
                            e -> assertThat(e.errorCode()).isEqualTo(ErrorCode.LOCK_HELD));
        }
        assertThat(counters(run(config, true))).containsExactly(0, 0, 0, 0, 0, 0);
    }

    private static void execute(String sql) throws SQLException {
        try (Connection c = db.connect(); Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }
}
