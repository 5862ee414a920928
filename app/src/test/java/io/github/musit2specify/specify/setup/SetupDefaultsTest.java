package io.github.musit2specify.specify.setup;

import io.github.musit2specify.specify.setup.SetupDefaults.DisciplineType;
import io.github.musit2specify.specify.setup.SetupDefaults.PickList;
import io.github.musit2specify.specify.setup.SetupDefaults.TreeDefaults;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The bundled Specify 7.12 setup defaults are complete for every discipline type Specify knows. */
class SetupDefaultsTest {
    private static final List<String> RANK_COLUMNS = List.of("RankID", "Name", "Title", "IsEnforced", "IsInFullName",
            "FullNameSeparator", "TextBefore", "TextAfter", "Remarks");
    private static final List<String> PICK_LIST_COLUMNS = List.of("Name", "Type", "TableName", "FieldName",
            "FilterFieldName", "FilterValue", "Formatter", "IsSystem", "ReadOnly", "SizeLimit", "SortType");
    private final SetupDefaults defaults = SetupDefaults.current();

    @Test
    void specifysElevenDisciplineTypesAreListed() {
        assertThat(defaults.disciplineTypes()).containsExactlyInAnyOrder("botany", "insect", "invertebrate", "bird",
                "fish", "herpetology", "mammal", "geology", "invertpaleo", "vertpaleo", "paleobotany");
    }

    @ParameterizedTest
    @ValueSource(strings = {"botany", "insect", "invertebrate", "bird", "fish", "herpetology", "mammal", "geology",
            "invertpaleo", "vertpaleo", "paleobotany"})
    void everyTypeLoadsCompleteDefaults(String name) {
        DisciplineType type = defaults.requireType(name);

        assertThat(type.type()).isEqualTo(name);
        assertThat(type.discipline()).containsOnlyKeys("IsPaleoContextEmbedded", "PaleoContextChildTable");
        // Specify: paleo types embed collecting events, geology collection objects; the rest none
        Object child = type.discipline().get("PaleoContextChildTable");
        assertThat(child).isEqualTo(switch (name) {
            case "invertpaleo", "vertpaleo", "paleobotany" -> "collectingevent";
            case "geology" -> "collectionobject";
            default -> null;
        });
        assertThat(type.lithostrat()).isEqualTo(child != null);
        assertRanks(type.taxonRanks(), true);
        assertThat(type.prepTypes()).isNotEmpty().allSatisfy(p -> {
            assertThat(p).containsOnlyKeys("Name", "IsLoanable");
            assertThat((String) p.get("Name")).isNotBlank();
        });
        assertThat(type.pickLists()).hasSizeBetween(30, 45);
        Set<String> names = new HashSet<>();
        for (PickList list : type.pickLists()) {
            assertThat(list.columns().keySet()).containsExactlyInAnyOrderElementsOf(PICK_LIST_COLUMNS);
            assertThat(names.add(list.name())).as("pick list %s once", list.name()).isTrue();
            assertThat(list.items()).allSatisfy(i -> assertThat(i).containsOnlyKeys("Title", "Value", "Ordinal"));
        }
        assertThat(names).contains("PrepType", "TypeStatus", "LoanAgentRole", "AgentTitles", "COGTypes",
                "CollectionObjectType", "DisciplineType");
        assertThat(type.pickLists().stream().mapToInt(p -> p.items().size()).sum()).isBetween(150, 220);
    }

    @Test
    void everyTreeHasItsDefaultRanksAndTheRootSpecifyGivesIt() {
        for (SpecifyTree tree : SpecifyTree.values()) {
            TreeDefaults t = defaults.tree(tree);
            assertThat(t.definition()).containsKeys("Name", "FullNameDirection");
            if (tree == SpecifyTree.TAXON) {
                assertThat(t.ranks()).as("taxon ranks come from the type").isNull();
                assertThat(t.root()).as("Specify makes no taxon root node").isNull();
                continue;
            }
            assertRanks(t.ranks(), false);
            assertThat(t.ranks()).hasSize(tree == SpecifyTree.GEOGRAPHY || tree == SpecifyTree.CHRONOSTRATIGRAPHY ? 5 : 6);
            assertThat(t.root()).containsEntry("RankID", 0).containsEntry("IsAccepted", 1).containsKey("Name");
            assertThat(t.root().get("NodeNumber")).as("Specify numbers the tree later").isNull();
            assertThat(t.root().get("GUID")).isEqualTo(tree == SpecifyTree.GEOGRAPHY ? null : Rows.GENERATED_GUID);
        }
    }

    @Test
    void commonFactsAreThere() {
        assertThat(defaults.uniquenessRules()).hasSize(31).allSatisfy(r -> {
            assertThat(r.modelName()).isNotBlank();
            assertThat(r.fields()).isNotEmpty();
        });
        assertThat(defaults.catalogNumberFormatters()).contains(defaults.defaultCatalogNumberFormatter())
                .containsExactlyInAnyOrder("CatalogNumber", "CatalogNumberAlphaNumByYear", "CatalogNumberNumeric",
                        "CatalogNumberString");
        assertThat(defaults.division()).containsEntry("Abbrev", "");
        assertThat(defaults.appResourceDirectory()).containsEntry("IsPersonal", 0).doesNotContainKey("version");
        assertThat(defaults.collectionObjectType()).containsKey("Name").doesNotContainKey("version");
        assertThat(defaults.displayName("insect")).isEqualTo("Entomology");
    }

    @Test
    void aTypeSpecifyDoesNotKnowHasNoDefaults() {
        assertThat(defaults.type("entomology")).isEmpty();
        assertThatThrownBy(() -> defaults.requireType("entomology"))
                .hasMessageContaining("no Specify 7.12 setup defaults for discipline type 'entomology'");
    }

    private static void assertRanks(List<Map<String, Object>> ranks, boolean taxon) {
        assertThat(ranks).isNotEmpty();
        assertThat(ranks.get(0)).containsEntry("RankID", 0);
        int previous = -1;
        for (Map<String, Object> rank : ranks) {
            assertThat(rank.keySet()).containsAll(RANK_COLUMNS);
            if (taxon) {
                assertThat(rank).containsKey("FormatToken");
            }
            int id = (Integer) rank.get("RankID");
            assertThat(id).as("ranks ascend: each is the child of the one before").isGreaterThan(previous);
            previous = id;
        }
    }
}
