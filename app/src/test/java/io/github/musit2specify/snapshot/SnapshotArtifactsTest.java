package io.github.musit2specify.snapshot;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import io.github.musit2specify.testkit.MusitSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.Statement;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The seven files for the known schema (a table with a PK, an FK, a unique index, a view). */
class SnapshotArtifactsTest {
    static MusitSource source;
    static Map<String, byte[]> files;

    @BeforeAll
    static void build() throws Exception {
        source = KnownSchema.create("snapshot-artifacts");
        try (Connection c = source.connect(); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE SNAP.PAIR (A NUMBER(5) NOT NULL, B NUMBER(5) NOT NULL, CONSTRAINT PAIR_PK PRIMARY KEY (A, B))");
        }
        try (Connection c = source.connect()) {
            files = SnapshotArtifacts.of(new CatalogReader(c, List.of(KnownSchema.OWNER)).read("20260410T145733Z", "TEST"));
        }
    }

    @AfterAll
    static void close() {
        source.close();
    }

    static List<Map<String, String>> csv(String name) throws Exception {
        try (MappingIterator<Map<String, String>> it = new CsvMapper().readerForMapOf(String.class)
                .with(CsvSchema.emptySchema().withHeader()).readValues(files.get(name))) {
            return it.readAll();
        }
    }

    static String text(String name) {
        return new String(files.get(name), StandardCharsets.UTF_8);
    }

    @Test
    void everyFileInUploadOrder() {
        assertThat(files.keySet()).containsExactly("schema_catalog.json", "tables.csv", "columns.csv", "constraints.csv",
                "indexes.csv", "views.csv", "schema.dbml");
    }

    @Test
    void catalogJsonReadsBack() throws Exception {
        SchemaCatalog back = SchemaCatalog.fromJson(files.get(SnapshotArtifacts.CATALOG));
        assertThat(back.generatedAtUtc()).isEqualTo("20260410T145733Z");
        assertThat(back.oracleEnv()).isEqualTo("TEST");
        assertThat(back.owners()).containsExactly("SNAP");
        assertThat(back.tables()).hasSize(3);
    }

    @Test
    void tablesCsv() throws Exception {
        assertThat(text(SnapshotArtifacts.TABLES)).startsWith("owner,table_name,num_rows,last_analyzed\n");
        assertThat(csv(SnapshotArtifacts.TABLES)).extracting(r -> r.get("table_name") + "=" + r.get("num_rows"))
                .containsExactly("MUSEUM=3", "PAIR=0", "SPECIMEN=0");
    }

    @Test
    void columnsCsv() throws Exception {
        assertThat(csv(SnapshotArtifacts.COLUMNS)).filteredOn(r -> r.get("table_name").equals("MUSEUM"))
                .extracting(r -> r.get("column_name") + " " + r.get("data_type") + " " + r.get("data_length") + " "
                        + r.get("data_precision") + " " + r.get("nullable"))
                .containsExactly("MUSEUM_ID NUMBER 22 10 N", "CODE VARCHAR2 10  N", "NAME VARCHAR2 200  Y");
    }

    @Test
    void constraintsCsvQuotesTheColumnLists() throws Exception {
        assertThat(text(SnapshotArtifacts.CONSTRAINTS)).contains("\"A, B\"");
        assertThat(csv(SnapshotArtifacts.CONSTRAINTS)).filteredOn(r -> r.get("constraint_type").equals("R"))
                .singleElement().satisfies(r -> {
                    assertThat(r).containsEntry("constraint_name", "SPECIMEN_MUSEUM_FK").containsEntry("columns", "MUSEUM_ID")
                            .containsEntry("r_table_name", "MUSEUM").containsEntry("r_columns", "MUSEUM_ID");
                });
        assertThat(csv(SnapshotArtifacts.CONSTRAINTS)).filteredOn(r -> r.get("table_name").equals("PAIR"))
                .extracting(r -> r.get("columns")).containsExactly("A, B");
    }

    @Test
    void indexesCsv() throws Exception {
        assertThat(csv(SnapshotArtifacts.INDEXES)).filteredOn(r -> r.get("index_name").equals("MUSEUM_CODE_UX"))
                .singleElement().satisfies(r -> assertThat(r).containsEntry("uniqueness", "UNIQUE")
                        .containsEntry("table_name", "MUSEUM").containsEntry("columns", "CODE"));
    }

    @Test
    void viewsCsvKeepsMultiLineTextInOneField() throws Exception {
        List<Map<String, String>> views = csv(SnapshotArtifacts.VIEWS);
        assertThat(views).singleElement().satisfies(r -> {
            assertThat(r).containsEntry("view_name", "MUSEUM_CODES");
            assertThat(r.get("text")).contains("\n").contains("\"SNAP\".\"MUSEUM\"");
        });
    }

    @Test
    void dbmlHasTablesKeysIndexesAndTheReference() {
        String dbml = text(SnapshotArtifacts.DBML);
        assertThat(dbml).contains("Table \"SNAP\".\"MUSEUM\" {\n  \"MUSEUM_ID\" NUMBER(10) [pk, not null]\n"
                        + "  \"CODE\" VARCHAR2(10) [not null]\n  \"NAME\" VARCHAR2(200)\n")
                .contains("    (\"CODE\") [unique, name: 'MUSEUM_CODE_UX']")
                .contains("Note: 'NUM_ROWS 3, analysed ")
                .contains("    (\"A\", \"B\") [pk]")
                .contains("Ref \"SPECIMEN_MUSEUM_FK\": \"SNAP\".\"SPECIMEN\".\"MUSEUM_ID\" > \"SNAP\".\"MUSEUM\".\"MUSEUM_ID\"")
                .contains("// view SNAP.MUSEUM_CODES");
    }
}
