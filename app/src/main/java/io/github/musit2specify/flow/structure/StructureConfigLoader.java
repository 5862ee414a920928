package io.github.musit2specify.flow.structure;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import io.github.musit2specify.error.ErrorCode;
import io.github.musit2specify.error.MigrationException;
import io.github.musit2specify.flow.structure.StructureConfig.CollectionConfig;
import io.github.musit2specify.flow.structure.StructureConfig.DisciplineConfig;
import io.github.musit2specify.flow.structure.StructureConfig.DivisionConfig;
import io.github.musit2specify.flow.structure.StructureConfig.TreeConfig;
import io.github.musit2specify.specify.setup.SetupDefaults;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Reads the structure YAML (flows.md section 3) into {@link StructureConfig}, checking every entry
 * and failing once with all problems, each naming its entry, e.g.
 * {@code divisions[1].disciplines[0] ("Geologi"): type is missing}.
 */
public final class StructureConfigLoader {
    /** The bundled UniMus:Natur hierarchy, used when no --config is given. */
    public static final String BUNDLED_RESOURCE = "structure/unimus_natur.yaml";
    /** What the report shows as {@code config_path} for the bundled file. */
    public static final String BUNDLED_CONFIG_PATH = "classpath:" + BUNDLED_RESOURCE;

    // Column lengths in Specify's schema (division.Name, discipline.Name/Type, collection.Code/CollectionName, *treedef.Name)
    static final int DIVISION_NAME_MAX = 255;
    static final int DISCIPLINE_NAME_MAX = 64;
    static final int DISCIPLINE_TYPE_MAX = 64;
    static final int COLLECTION_CODE_MAX = 50;
    static final int COLLECTION_NAME_MAX = 50;
    static final int TREE_NAME_MAX = 64;

    private static final SpecifyValues VALUES = new SpecifyValues(SetupDefaults.current());
    private static final YAMLMapper YAML = YAMLMapper.builder()
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            .build();

    private StructureConfigLoader() {
    }

    /** The config and the path the report names (absolute, or {@link #BUNDLED_CONFIG_PATH}). */
    public record Loaded(String configPath, StructureConfig config) {
    }

    /** Loads {@code configPath}, or the bundled hierarchy when it is null or blank. */
    public static Loaded load(String configPath) {
        if (configPath == null || configPath.isBlank()) {
            return new Loaded(BUNDLED_CONFIG_PATH, parse(readBundled(), BUNDLED_CONFIG_PATH));
        }
        Path path = Path.of(configPath.trim()).toAbsolutePath().normalize();
        String text;
        try {
            text = Files.readString(path, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw new MigrationException(ErrorCode.CONFIGURATION,
                    "structure config " + path + " does not exist (--config)");
        } catch (IOException e) {
            throw new MigrationException(ErrorCode.CONFIGURATION,
                    "cannot read structure config " + path + " (--config): " + e.getMessage(), e);
        }
        return new Loaded(path.toString(), parse(text, path.toString()));
    }

    /** Parses YAML text; {@code source} names the file in messages. */
    public static StructureConfig parse(String yaml, String source) {
        JsonNode root;
        try {
            root = YAML.readTree(yaml);
        } catch (JsonProcessingException e) {
            throw new MigrationException(ErrorCode.CONFIGURATION,
                    "structure config " + source + " is not valid YAML: " + e.getOriginalMessage()
                            + (e.getLocation() == null ? "" : " (line " + e.getLocation().getLineNr()
                            + ", column " + e.getLocation().getColumnNr() + ")"), e);
        }
        Problems problems = new Problems();
        StructureConfig config = null;
        if (root == null || root.isMissingNode() || root.isNull()) {
            problems.add("the file is empty; expected institution_name and divisions");
        } else if (!root.isObject()) {
            problems.add("the top level must be a mapping with institution_name and divisions, got "
                    + YamlNodes.kind(root));
        } else {
            config = readRoot(root, problems);
        }
        if (!problems.isEmpty()) {
            throw new MigrationException(ErrorCode.CONFIGURATION, "structure config " + source + " is invalid: "
                    + String.join("; ", problems.lines));
        }
        return config;
    }

    private static StructureConfig readRoot(JsonNode root, Problems problems) {
        YamlNodes.checkKeys(root, "", Set.of("institution_name", "divisions"), problems::add);
        String institution = YamlNodes.text(root, "institution_name", "", problems::add);
        if (institution == null) {
            problems.add("institution_name is missing");
        }
        List<DivisionConfig> divisions = new ArrayList<>();
        List<JsonNode> divisionNodes = YamlNodes.list(root, "divisions", "", problems::add);
        if (divisionNodes == null) {
            problems.add("divisions is missing (a list of {name, disciplines})");
        } else {
            Map<String, String> divisionNames = new HashMap<>();
            Map<String, String> disciplineNames = new HashMap<>();
            for (int i = 0; i < divisionNodes.size(); i++) {
                DivisionConfig d = readDivision(divisionNodes.get(i), "divisions[" + i + "]", disciplineNames, problems);
                if (d != null) {
                    unique(divisionNames, d.name(), "division", "divisions[" + i + "]", problems);
                    divisions.add(d);
                }
            }
        }
        return new StructureConfig(institution, divisions);
    }

    private static DivisionConfig readDivision(JsonNode node, String path, Map<String, String> disciplineNames,
                                               Problems problems) {
        if (!node.isObject()) {
            problems.add(path + ": must be a mapping {name, disciplines}, got " + YamlNodes.kind(node));
            return null;
        }
        String name = YamlNodes.text(node, "name", path, problems::add);
        String entry = YamlNodes.entry(path, name);
        YamlNodes.checkKeys(node, entry, Set.of("name", "disciplines"), problems::add);
        requireText(name, entry, "name", DIVISION_NAME_MAX, problems);
        List<DisciplineConfig> disciplines = new ArrayList<>();
        List<JsonNode> nodes = YamlNodes.list(node, "disciplines", entry, problems::add);
        if (nodes != null) {
            for (int i = 0; i < nodes.size(); i++) {
                String childPath = path + ".disciplines[" + i + "]";
                DisciplineConfig d = readDiscipline(nodes.get(i), childPath, problems);
                if (d != null) {
                    unique(disciplineNames, d.name(), "discipline", childPath, problems);
                    disciplines.add(d);
                }
            }
        }
        return name == null ? null : new DivisionConfig(name, disciplines);
    }

    private static DisciplineConfig readDiscipline(JsonNode node, String path, Problems problems) {
        if (!node.isObject()) {
            problems.add(path + ": must be a mapping {name, type, collections}, got " + YamlNodes.kind(node));
            return null;
        }
        String name = YamlNodes.text(node, "name", path, problems::add);
        String entry = YamlNodes.entry(path, name);
        YamlNodes.checkKeys(node, entry, Set.of("name", "type", "collections", "geography_tree", "taxon_tree"),
                problems::add);
        requireText(name, entry, "name", DISCIPLINE_NAME_MAX, problems);
        String type = YamlNodes.text(node, "type", entry, problems::add);
        requireText(type, entry, "type", DISCIPLINE_TYPE_MAX, problems);
        VALUES.checkType(type, entry, problems::add);
        TreeConfig geography = readTree(node, "geography_tree", StructureConfig.DEFAULT_GEOGRAPHY_TREE, entry, problems);
        TreeConfig taxon = readTree(node, "taxon_tree", StructureConfig.DEFAULT_TAXON_TREE, entry, problems);
        List<CollectionConfig> collections = new ArrayList<>();
        List<JsonNode> nodes = YamlNodes.list(node, "collections", entry, problems::add);
        if (nodes != null) {
            Map<String, String> codes = new HashMap<>();
            for (int i = 0; i < nodes.size(); i++) {
                String childPath = path + ".collections[" + i + "]";
                CollectionConfig c = readCollection(nodes.get(i), childPath, problems);
                if (c != null) {
                    unique(codes, c.code(), "collection code", YamlNodes.entry(childPath, c.code()), problems);
                    collections.add(c);
                }
            }
        }
        if (name == null || type == null) {
            return null;
        }
        return new DisciplineConfig(name, type, collections, geography, taxon);
    }

    private static CollectionConfig readCollection(JsonNode node, String path, Problems problems) {
        if (!node.isObject()) {
            problems.add(path + ": must be a mapping {code, name, catalognumberformatname}, got " + YamlNodes.kind(node));
            return null;
        }
        String code = YamlNodes.text(node, "code", path, problems::add);
        String entry = YamlNodes.entry(path, code);
        YamlNodes.checkKeys(node, entry, Set.of("code", "name", "catalognumberformatname"), problems::add);
        requireText(code, entry, "code", COLLECTION_CODE_MAX, problems);
        String name = YamlNodes.text(node, "name", entry, problems::add);
        checkLength(name, entry, "name", COLLECTION_NAME_MAX, problems);
        String format = YamlNodes.text(node, "catalognumberformatname", entry, problems::add);
        VALUES.checkCatalogNumberFormatter(format, entry, problems::add);
        if (code == null) {
            return null;
        }
        if (name == null && code.length() > COLLECTION_NAME_MAX) {
            problems.add(entry + ": code is longer than " + COLLECTION_NAME_MAX
                    + " characters, so it cannot be the collection name; give a name");
        }
        return new CollectionConfig(code, name == null ? code : name, format);
    }

    private static TreeConfig readTree(JsonNode parent, String key, String defaultName, String entry, Problems problems) {
        JsonNode node = parent.get(key);
        if (node == null || node.isNull()) {
            return TreeConfig.named(defaultName);
        }
        String where = entry + "." + key;
        if (!node.isObject()) {
            problems.add(where + ": must be a mapping {name, preload, preloadfile}, got " + YamlNodes.kind(node));
            return TreeConfig.named(defaultName);
        }
        YamlNodes.checkKeys(node, where, Set.of("name", "preload", "preloadfile"), problems::add);
        String name = YamlNodes.text(node, "name", where, problems::add);
        checkLength(name, where, "name", TREE_NAME_MAX, problems);
        boolean preload = YamlNodes.bool(node, "preload", where, problems::add);
        String file = YamlNodes.text(node, "preloadfile", where, problems::add);
        return new TreeConfig(name == null ? defaultName : name, preload, file);
    }

    private static void requireText(String value, String entry, String key, int max, Problems problems) {
        if (value == null) {
            problems.add(entry + ": " + key + " is missing");
        }
        checkLength(value, entry, key, max, problems);
    }

    private static void checkLength(String value, String entry, String key, int max, Problems problems) {
        if (value != null && value.length() > max) {
            problems.add(entry + ": " + key + " \"" + value + "\" is longer than " + max
                    + " characters (the Specify column's limit)");
        }
    }

    /** Specify matches these names case-insensitively, so two entries differing only in case clash. */
    private static void unique(Map<String, String> seen, String value, String what, String where, Problems problems) {
        if (value == null) {
            return;
        }
        String previous = seen.putIfAbsent(value.toLowerCase(Locale.ROOT), where);
        if (previous != null) {
            problems.add(where + ": " + what + " \"" + value + "\" appears twice (also at " + previous + ")");
        }
    }

    private static String readBundled() {
        try (InputStream in = StructureConfigLoader.class.getClassLoader().getResourceAsStream(BUNDLED_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("the bundled " + BUNDLED_RESOURCE + " is missing from the jar");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read the bundled " + BUNDLED_RESOURCE, e);
        }
    }

    private static final class Problems {
        private final List<String> lines = new ArrayList<>();

        void add(String line) {
            lines.add(line);
        }

        boolean isEmpty() {
            return lines.isEmpty();
        }
    }
}
