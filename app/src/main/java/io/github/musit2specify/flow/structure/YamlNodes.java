package io.github.musit2specify.flow.structure;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;

/** Typed reads of YAML nodes that report a wrong type as a problem naming the entry instead of throwing. */
final class YamlNodes {
    private YamlNodes() {
    }

    /** {@code path ("name")}, or just {@code path} when the entry has no name. */
    static String entry(String path, String name) {
        return name == null ? path : path + " (\"" + name + "\")";
    }

    /** Trimmed text; null when absent, null or blank. Numbers are taken as text (codes like 123). */
    static String text(JsonNode parent, String key, String entry, Consumer<String> problems) {
        JsonNode node = parent.get(key);
        if (node == null || node.isNull()) {
            return null;
        }
        if (!node.isTextual() && !node.isNumber()) {
            problems.accept(prefix(entry) + key + " must be text, got " + kind(node));
            return null;
        }
        String text = node.asText().trim();
        return text.isEmpty() ? null : text;
    }

    /** The list's items; null when absent or null; empty (after a problem) when not a list. */
    static List<JsonNode> list(JsonNode parent, String key, String entry, Consumer<String> problems) {
        JsonNode node = parent.get(key);
        if (node == null || node.isNull()) {
            return null;
        }
        if (!node.isArray()) {
            problems.accept(prefix(entry) + key + " must be a list, got " + kind(node));
            return List.of();
        }
        List<JsonNode> items = new ArrayList<>();
        node.forEach(items::add);
        return items;
    }

    /** false when absent or null. */
    static boolean bool(JsonNode parent, String key, String entry, Consumer<String> problems) {
        JsonNode node = parent.get(key);
        if (node == null || node.isNull()) {
            return false;
        }
        if (!node.isBoolean()) {
            problems.accept(prefix(entry) + key + " must be true or false, got " + kind(node));
            return false;
        }
        return node.booleanValue();
    }

    /** A typo in a key would silently drop data (e.g. "colections"), so unknown keys are problems. */
    static void checkKeys(JsonNode node, String entry, Set<String> allowed, Consumer<String> problems) {
        for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
            String key = it.next();
            if (!allowed.contains(key)) {
                problems.accept(prefix(entry) + "unknown key '" + key + "' (expected: "
                        + String.join(", ", new TreeSet<>(allowed)) + ")");
            }
        }
    }

    static String kind(JsonNode node) {
        if (node.isArray()) {
            return "a list";
        }
        if (node.isObject()) {
            return "a mapping";
        }
        if (node.isBoolean()) {
            return "the boolean " + node.asText();
        }
        if (node.isNumber()) {
            return "the number " + node.asText();
        }
        if (node.isTextual()) {
            return "the text \"" + node.asText() + "\"";
        }
        return node.getNodeType().name().toLowerCase(java.util.Locale.ROOT);
    }

    private static String prefix(String entry) {
        return entry.isEmpty() ? "" : entry + ": ";
    }
}
