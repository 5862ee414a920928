package io.github.musit2specify.flow.structure;

import java.util.List;

/**
 * The target hierarchy of one Specify institution (flows.md section 3), as read from the YAML file.
 * All text is trimmed; defaults are applied by {@link StructureConfigLoader}.
 */
public record StructureConfig(String institutionName, List<DivisionConfig> divisions) {
    public static final String DEFAULT_GEOGRAPHY_TREE = "Geography";
    public static final String DEFAULT_TAXON_TREE = "Taxon";

    public StructureConfig {
        divisions = List.copyOf(divisions);
    }

    public int disciplineCount() {
        return divisions.stream().mapToInt(d -> d.disciplines().size()).sum();
    }

    public int collectionCount() {
        return divisions.stream().flatMap(d -> d.disciplines().stream()).mapToInt(d -> d.collections().size()).sum();
    }

    public record DivisionConfig(String name, List<DisciplineConfig> disciplines) {
        public DivisionConfig {
            disciplines = List.copyOf(disciplines);
        }
    }

    /** {@code type} is Specify's discipline type (botany, insect, geology, ...), written as given. */
    public record DisciplineConfig(String name, String type, List<CollectionConfig> collections,
                                   TreeConfig geographyTree, TreeConfig taxonTree) {
        public DisciplineConfig {
            collections = List.copyOf(collections);
        }
    }

    /** {@code name} defaults to the code; {@code catalogNumberFormatName} may be null (Specify's default formatter is used then). */
    public record CollectionConfig(String code, String name, String catalogNumberFormatName) {
    }

    /** A tree definition; {@code preload}/{@code preloadFile} are accepted but trees are created with Specify's default ranks only. */
    public record TreeConfig(String name, boolean preload, String preloadFile) {
        public static TreeConfig named(String name) {
            return new TreeConfig(name, false, null);
        }
    }
}
