package io.github.musit2specify.specify.setup;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What Specify's own setup writes, kept as data per Specify release under
 * {@code resources/specify/<release>/} (see the README there): the facts every discipline shares
 * ({@code common.json}) and those of each discipline type ({@code discipline-types/<type>.json}).
 * Rows are column name to value, named exactly as Specify's MariaDB columns.
 */
public final class SetupDefaults {
    /** The Specify release the museum runs, whose defaults the sync writes. */
    public static final String CURRENT_RELEASE = "7.12";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final TypeReference<Map<String, Object>> ROW = new TypeReference<>() {
    };
    private static final TypeReference<Map<String, String>> STRINGS = new TypeReference<>() {
    };
    private static final Map<String, SetupDefaults> LOADED = new ConcurrentHashMap<>();

    /** A tree's definition columns, its ranks (root first; each rank's parent is the one before) and root node (may be null). */
    public record TreeDefaults(Map<String, Object> definition, List<Map<String, Object>> ranks, Map<String, Object> root) {
    }

    public record UniquenessRule(String modelName, int isDatabaseConstraint, List<Map<String, Object>> fields) {
    }

    public record PickList(Map<String, Object> columns, List<Map<String, Object>> items) {
        public String name() {
            return (String) columns.get("Name");
        }
    }

    /** Everything type-specific: discipline columns, taxon ranks, whether the stratigraphy trees exist, prep types, pick lists. */
    public record DisciplineType(String type, Map<String, Object> discipline, List<Map<String, Object>> taxonRanks,
                                 boolean lithostrat, List<Map<String, Object>> prepTypes, List<PickList> pickLists) {
    }

    private final String release;
    private final List<String> disciplineTypes;
    private final List<String> catalogNumberFormatters;
    private final String defaultCatalogNumberFormatter;
    private final Map<String, Object> division;
    private final Map<String, String> displayNames;
    private final Map<String, Object> appResourceDirectory;
    private final Map<String, Object> collectionObjectType;
    private final Map<SpecifyTree, TreeDefaults> trees;
    private final List<UniquenessRule> uniquenessRules;
    private final Map<String, Optional<DisciplineType>> types = new ConcurrentHashMap<>();

    private SetupDefaults(String release, JsonNode common, JsonNode choices) {
        this.release = release;
        this.disciplineTypes = strings(choices.get("discipline_types"));
        this.displayNames = JSON.convertValue(choices.get("display_names"), STRINGS);
        this.catalogNumberFormatters = strings(choices.get("catalog_number_formatters"));
        this.defaultCatalogNumberFormatter = choices.get("default_catalog_number_formatter").asText();
        this.division = row(choices.get("division"));
        this.appResourceDirectory = withoutVersion(row(common.get("app_resource_dirs").get(0)));
        this.collectionObjectType = withoutVersion(row(common.get("collection_object_types").get(0)));
        Map<SpecifyTree, TreeDefaults> t = new EnumMap<>(SpecifyTree.class);
        for (SpecifyTree tree : SpecifyTree.values()) {
            JsonNode node = common.get(tree.key);
            List<Map<String, Object>> ranks = rows(node.get("ranks"));
            t.put(tree, new TreeDefaults(row(node.get("treedef")), ranks, root(node, ranks)));
        }
        this.trees = t;
        List<UniquenessRule> rules = new ArrayList<>();
        for (JsonNode r : common.get("uniqueness_rules")) {
            rules.add(new UniquenessRule(r.get("modelName").asText(), r.get("isDatabaseConstraint").asInt(),
                    rows(r.get("fields"))));
        }
        this.uniquenessRules = List.copyOf(rules);
    }

    /**
     * The root node as the data gives it (no ids, FKs or timestamps), at the first rank's RankID, with
     * a new GUID where Specify gives one; version is written with every row anyway.
     */
    private static Map<String, Object> root(JsonNode tree, List<Map<String, Object>> ranks) {
        JsonNode node = tree.get("root_node");
        if (node == null || node.isNull()) {
            return null;
        }
        Map<String, Object> root = new LinkedHashMap<>(withoutVersion(row(node)));
        root.put("RankID", ranks.get(0).get("RankID"));
        for (String column : strings(tree.get("root_node_uuid_columns"))) {
            root.put(column, Rows.GENERATED_GUID);
        }
        return Collections.unmodifiableMap(root);
    }

    private static Map<String, Object> withoutVersion(Map<String, Object> row) {
        Map<String, Object> copy = new LinkedHashMap<>(row);
        copy.remove("version");
        return Collections.unmodifiableMap(copy);
    }

    /** The defaults of the release the museum runs. */
    public static SetupDefaults current() {
        return of(CURRENT_RELEASE);
    }

    public static SetupDefaults of(String release) {
        return LOADED.computeIfAbsent(release, r -> new SetupDefaults(r, require(r, "common.json"),
                require(r, "choices.json")));
    }

    public String release() {
        return release;
    }

    /** Every discipline type Specify knows, in Specify's order. */
    public List<String> disciplineTypes() {
        return disciplineTypes;
    }

    /** The catalog number formatters Specify ships (its backstop uiformatters.xml). */
    public List<String> catalogNumberFormatters() {
        return catalogNumberFormatters;
    }

    public String defaultCatalogNumberFormatter() {
        return defaultCatalogNumberFormatter;
    }

    public Map<String, Object> division() {
        return division;
    }

    /** Specify's display name of a type (insect: Entomology), or null. */
    public String displayName(String type) {
        return displayNames.get(type);
    }

    /** The app resource directory of a discipline; {@code DisciplineType} is replaced by the discipline's name. */
    public Map<String, Object> appResourceDirectory() {
        return appResourceDirectory;
    }

    /** The collection object type of a collection; {@code Name} is replaced by the discipline's name. */
    public Map<String, Object> collectionObjectType() {
        return collectionObjectType;
    }

    public TreeDefaults tree(SpecifyTree tree) {
        return trees.get(tree);
    }

    public List<UniquenessRule> uniquenessRules() {
        return uniquenessRules;
    }

    /** The defaults of a type, or empty when this release's data lacks the type (or Specify has no such type). */
    public Optional<DisciplineType> type(String type) {
        return types.computeIfAbsent(type, t -> disciplineTypes.contains(t)
                ? read(release, "discipline-types/" + t + ".json").map(SetupDefaults::disciplineType)
                : Optional.empty());
    }

    public DisciplineType requireType(String type) {
        return type(type).orElseThrow(() -> new IllegalArgumentException("no Specify " + release
                + " setup defaults for discipline type '" + type + "'"));
    }

    private static DisciplineType disciplineType(JsonNode node) {
        List<PickList> pickLists = new ArrayList<>();
        for (JsonNode p : node.get("pick_lists")) {
            Map<String, Object> columns = new LinkedHashMap<>(row(p));
            columns.remove("items");
            pickLists.add(new PickList(Collections.unmodifiableMap(columns), rows(p.get("items"))));
        }
        return new DisciplineType(node.get("type").asText(), row(node.get("discipline")), rows(node.get("taxon_ranks")),
                node.get("lithostrat").asBoolean(), rows(node.get("prep_types")), List.copyOf(pickLists));
    }

    private static JsonNode require(String release, String file) {
        return read(release, file).orElseThrow(() -> new IllegalStateException("no Specify setup defaults for "
                + "release " + release + " (resource specify/" + release + "/" + file + " is missing from the jar)"));
    }

    private static Optional<JsonNode> read(String release, String file) {
        String resource = "specify/" + release + "/" + file;
        try (InputStream in = SetupDefaults.class.getClassLoader().getResourceAsStream(resource)) {
            return in == null ? Optional.empty() : Optional.of(JSON.readTree(in));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the bundled " + resource, e);
        }
    }

    private static Map<String, Object> row(JsonNode node) {
        if (node == null || node.isNull()) {
            return null;
        }
        return Collections.unmodifiableMap(new LinkedHashMap<>(JSON.convertValue(node, ROW)));
    }

    private static List<Map<String, Object>> rows(JsonNode node) {
        if (node == null || node.isNull()) {
            return null;
        }
        List<Map<String, Object>> list = new ArrayList<>();
        node.forEach(n -> list.add(row(n)));
        return Collections.unmodifiableList(list);
    }

    private static List<String> strings(JsonNode node) {
        List<String> list = new ArrayList<>();
        node.forEach(n -> list.add(n.asText()));
        return List.copyOf(list);
    }
}
