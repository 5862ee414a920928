package io.github.musit2specify.flow.structure;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.musit2specify.config.Env;
import io.github.musit2specify.specify.setup.GoldenSpecify;
import io.github.musit2specify.specify.setup.NaturalRows;
import io.github.musit2specify.testkit.EmbeddedMariaDb;
import io.github.musit2specify.testkit.SpecifyDump;
import io.github.musit2specify.testkit.SpecifyTestDatabase;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Row-by-row conformance with Specify 7.12.0.6's own setup: from its bootstrap state plus a second
 * login, syncing the golden {@code structure.yaml} adds, table by table, exactly the rows Specify's
 * setup added for it ({@code reconcile/*.json}), compared by natural keys; except
 * CatalogFormatNumName, which is the formatter the file names (the golden run wrote the code).
 */
class SpecifySetupConformanceTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    /** Tables looked up for natural keys but not added to by the sync. */
    private static final List<String> LOOKUP_ONLY = List.of("institution", "specifyuser", "datatype");
    private static final Map<String, String> LOOKUP_KEYS = Map.of("institution", "usergroupscopeid",
            "specifyuser", "specifyuserid", "datatype", "datatypeid");

    private static final Map<String, JsonNode> golden = new LinkedHashMap<>();
    private static final Map<String, Long> maxBefore = new HashMap<>();
    private static final Map<Long, Object> pickListsModifiedBefore = new HashMap<>();
    private static NaturalRows ours;
    private static NaturalRows reference;
    private static Map<String, Object> report;
    private static SpecifyTestDatabase db;

    @BeforeAll
    static void syncTheGoldenHierarchy() throws Exception {
        Path dir = GoldenSpecify.dir();
        try (Stream<Path> files = Files.list(dir.resolve("reconcile"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".json") && !p.getFileName().toString().startsWith("_"))
                    .sorted().toList()) {
                JsonNode node = JSON.readTree(f.toFile());
                golden.put(node.get("table").asText(), node);
            }
        }
        db = EmbeddedMariaDb.shared().createDatabase("structure_golden", SpecifyDump.BOOTSTRAP,
                SpecifyDump.SECOND_LOGIN);
        try (Connection c = db.connect()) {
            for (String table : golden.keySet()) {
                maxBefore.put(table, maxId(c, table, primaryKey(table)));
            }
            for (Map<String, Object> row : rows(c, "picklist")) {
                pickListsModifiedBefore.put(((Number) row.get("picklistid")).longValue(), row.get("TimestampModified"));
            }
        }
        report = SyncStructureFlow.create(Env.of(db.env()),
                new SyncStructureParameters(dir.resolve("structure.yaml").toString(), false)).execute("20260101T000000Z");
        ours = new NaturalRows();
        reference = new NaturalRows();
        try (Connection c = db.connect()) {
            for (String table : LOOKUP_ONLY) {
                List<Map<String, Object>> all = rows(c, table);
                ours.add(table, LOOKUP_KEYS.get(table), all);
                reference.add(table, LOOKUP_KEYS.get(table), all);
            }
            for (String table : golden.keySet()) {
                String pk = primaryKey(table);
                List<Map<String, Object>> all = rows(c, table);
                ours.add(table, pk, all);
                reference.add(table, pk, all.stream().filter(r -> id(r, pk) <= maxBefore.get(table)).toList());
                reference.add(table, pk, JSON.convertValue(golden.get(table).get("added"),
                        JSON.getTypeFactory().constructCollectionType(List.class, Map.class)));
            }
        }
    }

    @Test
    void theSyncReportsTheGoldenHierarchy() {
        assertThat(report.get("errors")).asList().isEmpty();
        assertThat(List.of(report.get("divisions_created"), report.get("divisions_skipped"),
                report.get("disciplines_created"), report.get("disciplines_skipped"),
                report.get("collections_created"), report.get("collections_skipped")))
                .containsExactly(1, 1, 6, 1, 6, 1);
    }

    @Test
    void everyTableGainsExactlyTheRowsSpecifysSetupAdds() throws Exception {
        List<String> compared = new ArrayList<>();
        try (Connection c = db.connect()) {
            for (String table : golden.keySet()) {
                String pk = primaryKey(table);
                List<Long> addedHere = rows(c, table).stream().map(r -> id(r, pk))
                        .filter(id -> id > maxBefore.get(table)).toList();
                List<Long> addedThere = new ArrayList<>();
                golden.get(table).get("added").forEach(r -> addedThere.add(r.get(pk).asLong()));
                List<String> actual = ours.natural(table, addedHere);
                List<String> expected = reference.natural(table, addedThere);
                if (table.equals("collection")) {
                    actual = actual.stream().map(SpecifySetupConformanceTest::withoutFormatter).toList();
                    expected = expected.stream().map(SpecifySetupConformanceTest::withoutFormatter).toList();
                }
                assertThat(actual).as("rows added to %s", table).hasSameSizeAs(expected).isEqualTo(expected);
                compared.add(table);
            }
        }
        assertThat(compared).contains("agent", "picklistitem", "uniquenessrule_fields", "tectonicunittreedefitem");
    }

    @Test
    void newCollectionsNameTheFormatterOfTheFile() {
        assertThat(db.count("SELECT COUNT(*) FROM collection WHERE usergroupscopeid > ? "
                + "AND CatalogFormatNumName = 'CatalogNumberNumeric'", maxBefore.get("collection"))).isEqualTo(6);
    }

    /** The golden run's one changed row: Specify saves every collection's COGTypes pick list again. */
    @Test
    void theOnlyExistingRowChangedIsTheCogTypesPickListOfTheBootstrapCollection() throws Exception {
        JsonNode changed = golden.get("picklist").get("changed");
        assertThat(changed).hasSize(1);
        long changedId = changed.get(0).get("pk").get("picklistid").asLong();
        List<String> changedColumns = new ArrayList<>();
        changed.get(0).get("changes").fieldNames().forEachRemaining(changedColumns::add);
        assertThat(changedColumns).containsExactly("TimestampModified");
        List<Long> touched = new ArrayList<>();
        try (Connection c = db.connect()) {
            for (Map<String, Object> row : rows(c, "picklist")) {
                long id = id(row, "picklistid");
                if (pickListsModifiedBefore.containsKey(id)
                        && !pickListsModifiedBefore.get(id).equals(row.get("TimestampModified"))) {
                    touched.add(id);
                }
            }
        }
        assertThat(touched).containsExactly(changedId);
    }

    private static String withoutFormatter(String naturalRow) {
        return naturalRow.replaceAll("CatalogFormatNumName=[^,}]*", "CatalogFormatNumName=?");
    }

    private static String primaryKey(String table) {
        return golden.get(table).get("primary_key").get(0).asText();
    }

    private static long id(Map<String, Object> row, String pk) {
        return ((Number) row.get(pk)).longValue();
    }

    private static long maxId(Connection c, String table, String pk) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT COALESCE(MAX(" + pk + "), 0) FROM " + table)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    static List<Map<String, Object>> rows(Connection c, String table) throws SQLException {
        List<Map<String, Object>> rows = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT * FROM " + table)) {
            ResultSetMetaData md = rs.getMetaData();
            while (rs.next()) {
                Map<String, Object> row = new LinkedHashMap<>();
                for (int i = 1; i <= md.getColumnCount(); i++) {
                    row.put(md.getColumnLabel(i), rs.getObject(i));
                }
                rows.add(row);
            }
        }
        return rows;
    }
}
