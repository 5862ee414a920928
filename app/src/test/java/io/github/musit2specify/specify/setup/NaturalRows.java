package io.github.musit2specify.specify.setup;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Rows of one database state made comparable across databases: ids and timestamps dropped, every
 * foreign key replaced by the natural key of the row it points at (a discipline by its name, a
 * collection by discipline and code, a rank by its tree and name, ...), GUIDs reduced to present or
 * not. Two states then compare as multisets of rows per table.
 */
public final class NaturalRows {
    private static final Map<String, String> FOREIGN_KEYS = Map.ofEntries(
            Map.entry("divisionid", "division"), Map.entry("disciplineid", "discipline"),
            Map.entry("collectionid", "collection"), Map.entry("specifyuserid", "specifyuser"),
            Map.entry("datatypeid", "datatype"), Map.entry("collectionobjecttypeid", "collectionobjecttype"),
            Map.entry("picklistid", "picklist"), Map.entry("uniquenessruleid", "uniquenessrule"),
            Map.entry("institutionid", "institution"));

    /** table name to primary key value to row (column name to value, as read). */
    private final Map<String, Map<Long, Map<String, Object>>> tables = new HashMap<>();
    private final Map<String, String> primaryKeys = new HashMap<>();

    public void add(String table, String primaryKey, List<Map<String, Object>> rows) {
        primaryKeys.put(table, primaryKey);
        Map<Long, Map<String, Object>> byId = tables.computeIfAbsent(table, t -> new HashMap<>());
        for (Map<String, Object> row : rows) {
            byId.put(((Number) row.get(primaryKey)).longValue(), row);
        }
    }

    /** The rows of {@code table} whose ids are in {@code ids}, each as its sorted natural form. */
    public List<String> natural(String table, java.util.Collection<Long> ids) {
        List<String> out = new ArrayList<>();
        for (Long id : ids) {
            out.add(natural(table, tables.get(table).get(id)).toString());
        }
        out.sort(null);
        return out;
    }

    public Map<String, Object> natural(String table, Map<String, Object> row) {
        Map<String, Object> out = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        for (Map.Entry<String, Object> e : row.entrySet()) {
            String column = e.getKey();
            String lower = column.toLowerCase();
            Object value = e.getValue();
            if (lower.equals(primaryKeys.get(table).toLowerCase()) || lower.startsWith("timestamp")) {
                continue;
            }
            if (lower.equals("guid")) {
                out.put(column, value == null ? null : "<uuid>");
            } else if (value == null) {
                out.put(column, null);
            } else if (table.equals("geologictimeperiodtreedef") && lower.equals("name")) {
                // Specify names a chronostratigraphy tree "Chronostratigraphy_1" when the name is taken; irrelevant
                out.put(column, value.toString().replaceAll("_\\d+$", ""));
            } else if (target(table, lower) != null) {
                out.put(column, label(target(table, lower), ((Number) value).longValue()));
            } else {
                out.put(column, plain(value));
            }
        }
        return out;
    }

    /** The table a column points at, or null for a plain column. */
    private static String target(String table, String column) {
        if (FOREIGN_KEYS.containsKey(column) && !table.equals(FOREIGN_KEYS.get(column))) {
            return FOREIGN_KEYS.get(column);
        }
        if (column.equals("parentitemid")) {
            return table;
        }
        if (column.endsWith("treedefid") && !table.endsWith("treedef")) {
            return column.substring(0, column.length() - 2);
        }
        if (column.endsWith("treedefitemid") && !table.endsWith("treedefitem")) {
            return column.substring(0, column.length() - 2);
        }
        return null;
    }

    /** A row's natural key: its name, qualified by its owner where names repeat. */
    String label(String table, long id) {
        Map<String, Object> row = tables.getOrDefault(table, Map.of()).get(id);
        if (row == null) {
            return table + "#unknown";
        }
        Map<String, Object> r = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        r.putAll(row);
        return switch (table) {
            case "collection" -> label("discipline", id(r, "DisciplineID")) + "/" + r.get("Code");
            case "collectionobjecttype" -> "cot:" + label("collection", id(r, "CollectionID"));
            case "picklist" -> label("collection", id(r, "CollectionID")) + "/" + r.get("Name");
            case "uniquenessrule" -> label("discipline", id(r, "DisciplineID")) + "/" + r.get("modelName") + "/"
                    + plain(r.get("isDatabaseConstraint")) + "/" + ruleFields(id);
            default -> {
                if (table.endsWith("treedef")) {
                    yield table + ":" + label("discipline", id(r, "DisciplineID"));
                }
                if (table.endsWith("treedefitem")) {
                    String def = table.substring(0, table.length() - 4);
                    yield label(def, id(r, def + "id")) + "/" + r.get("Name");
                }
                yield String.valueOf(r.get("Name"));
            }
        };
    }

    private String ruleFields(long ruleId) {
        return tables.getOrDefault("uniquenessrule_fields", Map.of()).values().stream()
                .filter(f -> ((Number) f.get("uniquenessruleid")).longValue() == ruleId)
                .map(f -> f.get("fieldPath") + ":" + plain(f.get("isScope")))
                .sorted().collect(Collectors.joining(","));
    }

    private static long id(Map<String, Object> row, String column) {
        Object v = row.get(column);
        return v == null ? -1 : ((Number) v).longValue();
    }

    /** JDBC hands back Boolean/Short/Integer where the JSON has ints: compare as text. */
    static String plain(Object value) {
        if (value instanceof Boolean b) {
            return b ? "1" : "0";
        }
        if (value instanceof Number n) {
            return Long.toString(n.longValue());
        }
        return value.toString();
    }
}
