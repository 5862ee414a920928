package io.github.musit2specify.snapshot;

import io.github.musit2specify.testkit.MusitSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.time.LocalDateTime;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/** The catalogue SQL, run unchanged against H2 through the ALL_* stand-in views of the testkit. */
class CatalogReaderTest {
    static MusitSource source;
    static SchemaCatalog snap;

    @BeforeAll
    static void read() throws Exception {
        source = KnownSchema.create("catalog-reader");
        try (Connection c = source.connect()) {
            snap = new CatalogReader(c, List.of(KnownSchema.OWNER)).read("20260410T145733Z", "TEST");
        }
    }

    @AfterAll
    static void close() {
        source.close();
    }

    @Test
    void tablesWithRowCountsAndAnalysisTime() {
        assertThat(snap.tables()).extracting(SchemaCatalog.Table::tableName, SchemaCatalog.Table::numRows)
                .containsExactly(tuple("MUSEUM", 3L), tuple("SPECIMEN", 0L));
        assertThat(LocalDateTime.parse(snap.tables().get(0).lastAnalyzed())).isBefore(LocalDateTime.now().plusDays(1));
    }

    @Test
    void columnsInOrderWithOracleTypesAndNullability() {
        assertThat(snap.columns()).filteredOn(c -> c.tableName().equals("SPECIMEN"))
                .extracting(SchemaCatalog.Column::columnName, SchemaCatalog.Column::typeText, SchemaCatalog.Column::nullable)
                .containsExactly(tuple("SPECIMEN_ID", "NUMBER(10)", false), tuple("MUSEUM_ID", "NUMBER(10)", true),
                        tuple("COLLECTED", "DATE", true), tuple("NOTE", "VARCHAR2(4000)", true));
        assertThat(snap.columns()).filteredOn(c -> c.tableName().equals("MUSEUM_CODES"))
                .extracting(SchemaCatalog.Column::columnName).containsExactly("CODE");
    }

    @Test
    void primaryAndForeignKeysWithTheReferencedTable() {
        assertThat(snap.constraints()).filteredOn(c -> c.tableName().equals("SPECIMEN"))
                .extracting(SchemaCatalog.Constraint::constraintType, SchemaCatalog.Constraint::constraintName,
                        SchemaCatalog.Constraint::columns, SchemaCatalog.Constraint::refTableName,
                        SchemaCatalog.Constraint::refColumns)
                .containsExactly(tuple("R", "SPECIMEN_MUSEUM_FK", List.of("MUSEUM_ID"), "MUSEUM", List.of("MUSEUM_ID")),
                        tuple("P", "SPECIMEN_PK", List.of("SPECIMEN_ID"), null, List.of()));
        assertThat(snap.constraints()).filteredOn(c -> c.tableName().equals("MUSEUM"))
                .extracting(SchemaCatalog.Constraint::constraintType, SchemaCatalog.Constraint::columns)
                .containsExactly(tuple("P", List.of("MUSEUM_ID")));
    }

    @Test
    void indexesWithUniquenessAndColumns() {
        assertThat(snap.indexes()).filteredOn(i -> i.tableName().equals("MUSEUM"))
                .extracting(SchemaCatalog.Index::unique, SchemaCatalog.Index::columns)
                .containsExactlyInAnyOrder(tuple(true, List.of("MUSEUM_ID")), tuple(true, List.of("CODE")));
        assertThat(snap.indexes()).extracting(SchemaCatalog.Index::indexName).contains("MUSEUM_CODE_UX");
        // H2's index behind the foreign key is not shown: Oracle creates none
        assertThat(snap.indexes()).filteredOn(i -> i.tableName().equals("SPECIMEN"))
                .extracting(SchemaCatalog.Index::columns).containsExactly(List.of("SPECIMEN_ID"));
    }

    @Test
    void viewsWithTheirText() {
        assertThat(snap.views()).singleElement().satisfies(v -> {
            assertThat(v.viewName()).isEqualTo("MUSEUM_CODES");
            assertThat(v.text()).contains("SELECT", "\"SNAP\".\"MUSEUM\"");
        });
    }

    @Test
    void withoutOwnersEveryUserSchemaButNoneOracleMaintains() throws Exception {
        SchemaCatalog all;
        try (Connection c = source.connect()) {
            all = new CatalogReader(c, List.of()).read("20260410T145733Z", "TEST");
        }
        assertThat(all.tables()).extracting(SchemaCatalog.Table::owner).containsOnly(
                "SNAP", "MUSIT_BOTANIKK_FELLES", "MUSIT_ZOOLOGI_ENTOMOLOGI", "USD_METADATA");
        assertThat(all.tables()).extracting(SchemaCatalog.Table::qualified).contains(
                "MUSIT_BOTANIKK_FELLES.ACTOR", "USD_METADATA.BRUKARAR");
        assertThat(all.views()).extracting(SchemaCatalog.View::owner).containsOnly("SNAP");
        assertThat(all.owners()).isEmpty();
    }

    @Test
    void jsonRoundTripKeepsEverything() throws Exception {
        assertThat(SchemaCatalog.fromJson(snap.toJsonBytes())).isEqualTo(snap);
        assertThat(new String(snap.toJsonBytes())).contains("\"generated_at_utc\" : \"20260410T145733Z\"", "\"num_rows\" : 3");
    }
}
