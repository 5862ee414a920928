package io.github.musit2specify.cli;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.musit2specify.config.Env;
import io.github.musit2specify.json.Json;
import io.github.musit2specify.testkit.EmbeddedMariaDb;
import io.github.musit2specify.testkit.SpecifyTestDatabase;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class SyncStructureCommandTest {
    private static SpecifyTestDatabase db;

    @TempDir
    Path dir;

    @BeforeAll
    static void createDatabase() {
        db = EmbeddedMariaDb.shared().createSpecifyDatabase("structure_cli");
    }

    private record Outcome(int exitCode, String out, String err) {
    }

    private static Outcome main(Map<String, String> env, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(Env.of(env), new PrintWriter(out, true), new PrintWriter(err, true), args);
        return new Outcome(code, out.toString(), err.toString());
    }

    @Test
    void jsonPrintsOneObjectWithTheReportFieldsOfADryRun() throws Exception {
        Outcome outcome = main(db.env(), "run", "sync-specify-structure", "--json");

        assertThat(outcome.exitCode()).as(outcome.err()).isZero();
        List<JsonNode> objects = new ArrayList<>();
        Json.MAPPER.readerFor(JsonNode.class).readValues(outcome.out()).forEachRemaining(n -> objects.add((JsonNode) n));
        assertThat(objects).hasSize(1);
        JsonNode json = objects.get(0);
        assertThat(json.get("flow").asText()).isEqualTo("sync_specify_structure");
        assertThat(json.get("migration_phase").asText()).isEqualTo("post-bootstrap");
        assertThat(json.get("dry_run").asBoolean()).isTrue();
        assertThat(json.has("oracle_env")).isFalse();
        assertThat(json.get("config_path").asText()).isEqualTo("classpath:structure/unimus_natur.yaml");
        assertThat(json.get("divisions_created").asInt()).isEqualTo(1);
        assertThat(json.get("divisions_skipped").asInt()).isEqualTo(1);
        assertThat(json.get("disciplines_created").asInt()).isEqualTo(9); // Karplanter Moser/NHM: Specify's set-up
        assertThat(json.get("collections_created").asInt()).isEqualTo(49);
        assertThat(json.get("report_uploaded").asBoolean()).isFalse();
        List<String> names = new ArrayList<>();
        json.fieldNames().forEachRemaining(names::add);
        assertThat(names).containsSubsequence("report_version", "flow", "migration_phase", "generated_at_utc",
                "dry_run", "config_path", "divisions_created", "divisions_skipped", "disciplines_created",
                "disciplines_skipped", "collections_created", "collections_skipped", "warnings", "errors");
        assertThat(db.count("SELECT COUNT(*) FROM discipline WHERE Name = 'Alger'")).isZero();
    }

    @Test
    void aLiveRunWithAConfigFileReportsItsAbsolutePath() throws Exception {
        Path config = dir.resolve("one.yaml");
        Files.writeString(config, """
                institution_name: UniMus:Natur
                divisions:
                  - name: Biology
                    disciplines:
                      - { name: Kommandolinje, type: botany, collections: [{ code: O }] }
                """, StandardCharsets.UTF_8);

        Outcome outcome = main(db.env(), "run", "sync-specify-structure", "--config", config.toString(),
                "--dry-run=false", "--json");

        assertThat(outcome.exitCode()).as(outcome.err()).isZero();
        JsonNode json = Json.MAPPER.readTree(outcome.out());
        assertThat(json.get("dry_run").asBoolean()).isFalse();
        assertThat(json.get("config_path").asText()).isEqualTo(config.toAbsolutePath().normalize().toString());
        assertThat(json.get("disciplines_created").asInt()).isEqualTo(1);
        assertThat(db.count("SELECT COUNT(*) FROM collection c JOIN discipline d ON d.UserGroupScopeId = c.DisciplineID"
                + " WHERE d.Name = 'Kommandolinje' AND c.Code = 'O'")).isEqualTo(1);
    }

    @Test
    void anInvalidConfigExitsTwoNamingTheEntry() throws Exception {
        Path config = dir.resolve("bad.yaml");
        Files.writeString(config, """
                institution_name: UniMus:Natur
                divisions:
                  - name: Geology/paleontology
                    disciplines:
                      - { name: Geologi, collections: [] }
                """, StandardCharsets.UTF_8);

        Outcome outcome = main(db.env(), "run", "sync-specify-structure", "--config", config.toString());

        assertThat(outcome.exitCode()).isEqualTo(2);
        assertThat(outcome.err()).contains("divisions[0].disciplines[0] (\"Geologi\"): type is missing")
                .doesNotContain("at io.github");
    }

    @Test
    void anUnknownTypeOrFormatterExitsTwoNamingTheEntryAndTheAllowedValuesBeforeAnyWrite() throws Exception {
        Path config = dir.resolve("types.yaml");
        Files.writeString(config, """
                institution_name: UniMus:Natur
                divisions:
                  - name: Ny divisjon
                    disciplines:
                      - { name: Bra, type: mammal, collections: [{ code: A }] }
                      - { name: Insekter2, type: entomology, collections: [{ code: B }] }
                      - { name: Fisk, type: fish, collections: [{ code: C, catalognumberformatname: NHM-nr }] }
                """, StandardCharsets.UTF_8);
        long before = db.count("SELECT (SELECT COUNT(*) FROM division) + (SELECT COUNT(*) FROM discipline)"
                + " + (SELECT COUNT(*) FROM collection)");

        Outcome outcome = main(db.env(), "run", "sync-specify-structure", "--config", config.toString(), "--dry-run=false");

        assertThat(outcome.exitCode()).isEqualTo(2);
        assertThat(outcome.err()).contains("divisions[0].disciplines[1] (\"Insekter2\"): type \"entomology\" is not a "
                        + "Specify discipline type (Specify's type for Entomology is \"insect\"); allowed: botany, insect, invertebrate, bird, fish, herpetology, "
                        + "mammal, geology, invertpaleo, vertpaleo, paleobotany")
                .contains("divisions[0].disciplines[2].collections[0] (\"C\"): catalognumberformatname \"NHM-nr\" is "
                        + "not a Specify catalog number formatter; allowed: CatalogNumber, CatalogNumberAlphaNumByYear, "
                        + "CatalogNumberNumeric, CatalogNumberString");
        assertThat(db.count("SELECT (SELECT COUNT(*) FROM division) + (SELECT COUNT(*) FROM discipline)"
                + " + (SELECT COUNT(*) FROM collection)")).isEqualTo(before);
    }

    @Test
    void anUnknownConfigFileExitsTwo() {
        Outcome outcome = main(db.env(), "run", "sync-specify-structure", "--config", dir.resolve("none.yaml").toString(),
                "--json");

        assertThat(outcome.exitCode()).isEqualTo(2);
        assertThat(outcome.out()).contains("\"errorCode\" : \"CONFIGURATION\"").contains("none.yaml");
    }

    @Test
    void aMissingInstitutionExitsOne() throws Exception {
        Path config = dir.resolve("kultur.yaml");
        Files.writeString(config, "institution_name: UniMus:Kultur\ndivisions: []\n", StandardCharsets.UTF_8);

        Outcome outcome = main(db.env(), "run", "sync-specify-structure", "--config", config.toString(), "--dry-run=false");

        assertThat(outcome.exitCode()).isEqualTo(1);
        assertThat(outcome.err()).contains("the institution 'UniMus:Kultur' (institution_name) was not found");
    }

    @Test
    void helpNamesTheOptionsAndTheBundledDefault() {
        Outcome outcome = main(Map.of(), "run", "sync-specify-structure", "--help");

        assertThat(outcome.exitCode()).isZero();
        assertThat(outcome.out().replaceAll("\\s+", " ")).contains("--config=PATH", "--dry-run", "--json",
                "the bundled UniMus:Natur hierarchy");
    }

    @Test
    void textModePrintsASummaryOfTheDryRun() {
        Outcome outcome = main(db.env(), "run", "sync-specify-structure");

        assertThat(outcome.exitCode()).as(outcome.err()).isZero();
        assertThat(outcome.out()).contains("Sync Specify structure (dry run: nothing was written to Specify)",
                "config_path: classpath:structure/unimus_natur.yaml", "divisions_skipped: 1");
    }
}
