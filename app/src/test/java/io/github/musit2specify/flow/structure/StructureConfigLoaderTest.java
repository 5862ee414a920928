package io.github.musit2specify.flow.structure;

import io.github.musit2specify.error.ErrorCode;
import io.github.musit2specify.error.MigrationException;
import io.github.musit2specify.flow.structure.StructureConfig.CollectionConfig;
import io.github.musit2specify.flow.structure.StructureConfig.DisciplineConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class StructureConfigLoaderTest {

    private static final String MINIMAL = """
            institution_name: "UniMus:Natur"
            divisions:
              - name: Biology
                disciplines:
                  - name: Alger
                    type: botany
                    collections:
                      - { code: NHM }
            """;

    @Test
    void readsAValidMinimalFile() {
        StructureConfig config = StructureConfigLoader.parse(MINIMAL, "test.yaml");

        assertThat(config.institutionName()).isEqualTo("UniMus:Natur");
        assertThat(config.divisions()).singleElement().satisfies(d -> {
            assertThat(d.name()).isEqualTo("Biology");
            assertThat(d.disciplines()).singleElement().satisfies(disc -> {
                assertThat(disc.name()).isEqualTo("Alger");
                assertThat(disc.type()).isEqualTo("botany");
                assertThat(disc.collections()).containsExactly(new CollectionConfig("NHM", "NHM", null));
            });
        });
    }

    @Test
    void appliesDefaultsForCollectionNameAndTreeNames() {
        DisciplineConfig discipline = StructureConfigLoader.parse(MINIMAL, "test.yaml")
                .divisions().get(0).disciplines().get(0);

        assertThat(discipline.collections().get(0).name()).isEqualTo("NHM");
        assertThat(discipline.geographyTree().name()).isEqualTo("Geography");
        assertThat(discipline.taxonTree().name()).isEqualTo("Taxon");
        assertThat(discipline.taxonTree().preload()).isFalse();
    }

    @Test
    void keepsExplicitValuesAndTrimsText() {
        String yaml = """
                institution_name: "  UniMus:Natur "
                divisions:
                  - name: " Biology "
                    disciplines:
                      - name: Alger
                        type: botany
                        geography_tree: { name: Jorda }
                        taxon_tree: { name: Algetre, preload: true, preloadfile: alger.csv }
                        collections:
                          - { code: 123, name: Oslo alger, catalognumberformatname: CatalogNumberNumeric }
                """;
        StructureConfig config = StructureConfigLoader.parse(yaml, "test.yaml");
        DisciplineConfig discipline = config.divisions().get(0).disciplines().get(0);

        assertThat(config.institutionName()).isEqualTo("UniMus:Natur");
        assertThat(config.divisions().get(0).name()).isEqualTo("Biology");
        assertThat(discipline.geographyTree().name()).isEqualTo("Jorda");
        assertThat(discipline.taxonTree()).isEqualTo(new StructureConfig.TreeConfig("Algetre", true, "alger.csv"));
        assertThat(discipline.collections())
                .containsExactly(new CollectionConfig("123", "Oslo alger", "CatalogNumberNumeric"));
    }

    @Test
    void theBundledHierarchyHasTwoDivisionsTenDisciplinesFiftyCollections() {
        StructureConfigLoader.Loaded loaded = StructureConfigLoader.load(null);

        assertThat(loaded.configPath()).isEqualTo("classpath:structure/unimus_natur.yaml");
        assertThat(loaded.config().institutionName()).isEqualTo("UniMus:Natur");
        assertThat(loaded.config().divisions()).extracting(StructureConfig.DivisionConfig::name)
                .containsExactly("Biology", "Geology/paleontology");
        assertThat(loaded.config().disciplineCount()).isEqualTo(10);
        assertThat(loaded.config().collectionCount()).isEqualTo(50);
    }

    @Test
    void aFileIsReportedWithItsAbsolutePath(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("structure.yaml");
        Files.writeString(file, MINIMAL, StandardCharsets.UTF_8);

        StructureConfigLoader.Loaded loaded = StructureConfigLoader.load(file.toString());

        assertThat(loaded.configPath()).isEqualTo(file.toAbsolutePath().normalize().toString());
        assertThat(loaded.config().collectionCount()).isEqualTo(1);
    }

    @Test
    void anUnknownFileIsAConfigurationError(@TempDir Path dir) {
        Path missing = dir.resolve("nope.yaml");

        assertThatThrownBy(() -> StructureConfigLoader.load(missing.toString()))
                .isInstanceOfSatisfying(MigrationException.class,
                        e -> assertThat(e.errorCode()).isEqualTo(ErrorCode.CONFIGURATION))
                .hasMessage("structure config " + missing.toAbsolutePath() + " does not exist (--config)");
    }

    static Stream<Arguments> invalidFiles() {
        return Stream.of(
                Arguments.of("missing institution_name", """
                        divisions: []
                        """, "institution_name is missing"),
                Arguments.of("missing divisions", """
                        institution_name: X
                        """, "divisions is missing (a list of {name, disciplines})"),
                Arguments.of("discipline without type", """
                        institution_name: X
                        divisions:
                          - name: Biology
                            disciplines: []
                          - name: Geology/paleontology
                            disciplines:
                              - name: Geologi
                                collections: []
                        """, "divisions[1].disciplines[0] (\"Geologi\"): type is missing"),
                Arguments.of("collection without code", """
                        institution_name: X
                        divisions:
                          - name: Biology
                            disciplines:
                              - name: Alger
                                type: botany
                                collections:
                                  - { code: NHM }
                                  - { name: Bergen }
                        """, "divisions[0].disciplines[0].collections[1]: code is missing"),
                Arguments.of("division without name", """
                        institution_name: X
                        divisions:
                          - disciplines: []
                        """, "divisions[0]: name is missing"),
                Arguments.of("divisions not a list", """
                        institution_name: X
                        divisions: Biology
                        """, "divisions must be a list, got the text \"Biology\""),
                Arguments.of("collections a mapping", """
                        institution_name: X
                        divisions:
                          - name: Biology
                            disciplines:
                              - name: Alger
                                type: botany
                                collections: { code: NHM }
                        """, "divisions[0].disciplines[0] (\"Alger\"): collections must be a list, got a mapping"),
                Arguments.of("name a list", """
                        institution_name: X
                        divisions:
                          - name: [Biology]
                        """, "divisions[0]: name must be text, got a list"),
                Arguments.of("type a boolean", """
                        institution_name: X
                        divisions:
                          - name: Biology
                            disciplines:
                              - { name: Alger, type: true }
                        """, "divisions[0].disciplines[0] (\"Alger\"): type must be text, got the boolean true"),
                Arguments.of("preload not boolean", """
                        institution_name: X
                        divisions:
                          - name: Biology
                            disciplines:
                              - { name: Alger, type: botany, taxon_tree: { preload: maybe } }
                        """, "divisions[0].disciplines[0] (\"Alger\").taxon_tree: preload must be true or false, "
                        + "got the text \"maybe\""),
                Arguments.of("discipline entry is text", """
                        institution_name: X
                        divisions:
                          - name: Biology
                            disciplines: [Alger]
                        """, "divisions[0].disciplines[0]: must be a mapping {name, type, collections}, "
                        + "got the text \"Alger\""),
                Arguments.of("type not Specify's", """
                        institution_name: X
                        divisions:
                          - name: Biology
                            disciplines:
                              - { name: Insekter, type: entomology }
                        """, "divisions[0].disciplines[0] (\"Insekter\"): type \"entomology\" is not a Specify "
                        + "discipline type (Specify's type for Entomology is \"insect\"); allowed: botany, insect, invertebrate, bird, fish, herpetology, mammal, "
                        + "geology, invertpaleo, vertpaleo, paleobotany"),
                Arguments.of("type in other case", """
                        institution_name: X
                        divisions:
                          - name: Biology
                            disciplines:
                              - { name: Fugler, type: Bird }
                        """, "divisions[0].disciplines[0] (\"Fugler\"): type \"Bird\" is not a Specify discipline type"),
                Arguments.of("catalog number formatter not Specify's", """
                        institution_name: X
                        divisions:
                          - name: Biology
                            disciplines:
                              - name: Alger
                                type: botany
                                collections:
                                  - { code: NHM, catalognumberformatname: NHM }
                        """, "divisions[0].disciplines[0].collections[0] (\"NHM\"): catalognumberformatname \"NHM\" "
                        + "is not a Specify catalog number formatter; allowed: CatalogNumber, CatalogNumberAlphaNumByYear, "
                        + "CatalogNumberNumeric, CatalogNumberString (default CatalogNumberNumeric)"),
                Arguments.of("misspelt key", """
                        institution_name: X
                        divisions:
                          - name: Biology
                            disciplines:
                              - { name: Alger, type: botany, colections: [] }
                        """, "divisions[0].disciplines[0] (\"Alger\"): unknown key 'colections' (expected: "
                        + "collections, geography_tree, name, taxon_tree, type)"),
                Arguments.of("discipline name too long", """
                        institution_name: X
                        divisions:
                          - name: Biology
                            disciplines:
                              - { name: %s, type: botany }
                        """.formatted("A".repeat(65)), "is longer than 64 characters"),
                Arguments.of("same discipline twice", """
                        institution_name: X
                        divisions:
                          - name: Biology
                            disciplines:
                              - { name: Alger, type: botany }
                          - name: Other
                            disciplines:
                              - { name: alger, type: botany }
                        """, "divisions[1].disciplines[0]: discipline \"alger\" appears twice "
                        + "(also at divisions[0].disciplines[0])"),
                Arguments.of("same collection code twice", """
                        institution_name: X
                        divisions:
                          - name: Biology
                            disciplines:
                              - { name: Alger, type: botany, collections: [{code: NHM}, {code: nhm}] }
                        """, "collection code \"nhm\" appears twice"),
                Arguments.of("top level a list", """
                        - a
                        - b
                        """, "the top level must be a mapping with institution_name and divisions, got a list"),
                Arguments.of("empty file", "", "the file is empty"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("invalidFiles")
    void invalidFilesFailWithAMessageNamingTheEntry(String what, String yaml, String expected) {
        assertThatThrownBy(() -> StructureConfigLoader.parse(yaml, "bad.yaml"))
                .isInstanceOfSatisfying(MigrationException.class, e -> {
                    assertThat(e.errorCode()).isEqualTo(ErrorCode.CONFIGURATION);
                    assertThat(e.exitCode()).isEqualTo(2);
                })
                .hasMessageStartingWith("structure config bad.yaml is invalid: ")
                .hasMessageContaining(expected);
    }

    @Test
    void everyProblemIsListedInOneMessage() {
        String yaml = """
                divisions:
                  - name: Biology
                    disciplines:
                      - name: Alger
                        collections: [{ name: X }]
                """;

        assertThatThrownBy(() -> StructureConfigLoader.parse(yaml, "bad.yaml"))
                .hasMessage("structure config bad.yaml is invalid: institution_name is missing; "
                        + "divisions[0].disciplines[0] (\"Alger\"): type is missing; "
                        + "divisions[0].disciplines[0].collections[0]: code is missing");
    }

    @Test
    void malformedYamlNamesTheLine() {
        assertThatThrownBy(() -> StructureConfigLoader.parse("institution_name: [unclosed\n", "bad.yaml"))
                .isInstanceOfSatisfying(MigrationException.class,
                        e -> assertThat(e.errorCode()).isEqualTo(ErrorCode.CONFIGURATION))
                .hasMessageStartingWith("structure config bad.yaml is not valid YAML: ")
                .hasMessageContaining("line ");
    }

    @Test
    void duplicateKeysAreRejected() {
        assertThatThrownBy(() -> StructureConfigLoader.parse("institution_name: A\ninstitution_name: B\ndivisions: []\n",
                "bad.yaml"))
                .isInstanceOf(MigrationException.class)
                .hasMessageContaining("institution_name");
    }
}
