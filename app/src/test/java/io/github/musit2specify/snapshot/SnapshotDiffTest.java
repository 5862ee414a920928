package io.github.musit2specify.snapshot;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The diff on two hand-made catalogues. */
class SnapshotDiffTest {
    static SchemaCatalog.Column col(String table, String name, int id, String type, Long length, Integer precision, boolean nullable) {
        return new SchemaCatalog.Column("M", table, name, id, type, length, precision, precision == null ? null : 0, nullable);
    }

    static final SchemaCatalog BEFORE = new SchemaCatalog(1, "20260401T000000Z", "TEST", List.of(),
            List.of(new SchemaCatalog.Table("M", "ACTOR", 1000L, "2026-03-31T22:00"),
                    new SchemaCatalog.Table("M", "PERSON_NAME", 2000L, null),
                    new SchemaCatalog.Table("M", "OLD_TABLE", 5L, null)),
            List.of(col("ACTOR", "ACTOR_ID", 1, "NUMBER", 22L, 10, false),
                    col("ACTOR", "ACTORNAME", 2, "VARCHAR2", 200L, null, true),
                    col("ACTOR", "FAX", 3, "VARCHAR2", 20L, null, true),
                    col("ACTOR", "NOTE", 4, "VARCHAR2", 4000L, null, true),
                    col("PERSON_NAME", "PERSON_NAME_ID", 1, "NUMBER", 22L, null, false),
                    col("PERSON_NAME", "ACTOR_ID", 2, "NUMBER", 22L, null, true),
                    col("OLD_TABLE", "X", 1, "NUMBER", 22L, null, true)),
            List.of(new SchemaCatalog.Constraint("M", "SYS_C001", "P", "ACTOR", List.of("ACTOR_ID"), null, null, null, null, "ENABLED"),
                    new SchemaCatalog.Constraint("M", "PN_ACTOR_FK", "R", "PERSON_NAME", List.of("ACTOR_ID"), "M", "SYS_C001",
                            "ACTOR", List.of("ACTOR_ID"), "ENABLED")),
            List.of(new SchemaCatalog.Index("M", "SYS_C001", "NORMAL", "M", "ACTOR", true, List.of("ACTOR_ID")),
                    new SchemaCatalog.Index("M", "ACTOR_NAME_IX", "NORMAL", "M", "ACTOR", false, List.of("ACTORNAME"))),
            List.of());

    static final SchemaCatalog AFTER = new SchemaCatalog(1, "20260410T145733Z", "TEST", List.of(),
            List.of(new SchemaCatalog.Table("M", "ACTOR", 1050L, "2026-04-10T01:00"),     // +5 %: under the threshold
                    new SchemaCatalog.Table("M", "PERSON_NAME", 3000L, null),             // +50 %
                    new SchemaCatalog.Table("M", "NEW_TABLE", 0L, null)),
            List.of(col("ACTOR", "ACTOR_ID", 1, "NUMBER", 22L, 10, false),
                    col("ACTOR", "ACTORNAME", 2, "VARCHAR2", 400L, null, true),            // longer
                    col("ACTOR", "NOTE", 3, "VARCHAR2", 4000L, null, false),               // now NOT NULL
                    col("ACTOR", "URL", 4, "VARCHAR2", 500L, null, true),                  // added
                    col("PERSON_NAME", "PERSON_NAME_ID", 1, "NUMBER", 22L, 12, false),     // precision given
                    col("PERSON_NAME", "ACTOR_ID", 2, "NUMBER", 22L, null, true),
                    col("NEW_TABLE", "Y", 1, "DATE", 7L, null, true)),
            List.of(new SchemaCatalog.Constraint("M", "SYS_C999", "P", "ACTOR", List.of("ACTOR_ID"), null, null, null, null, "ENABLED"),
                    new SchemaCatalog.Constraint("M", "ACTOR_NAME_UQ", "U", "ACTOR", List.of("ACTORNAME"), null, null, null, null, "ENABLED")),
            List.of(new SchemaCatalog.Index("M", "SYS_C999", "NORMAL", "M", "ACTOR", true, List.of("ACTOR_ID")),
                    new SchemaCatalog.Index("M", "ACTOR_NAME_UQ", "NORMAL", "M", "ACTOR", true, List.of("ACTORNAME"))),
            List.of(new SchemaCatalog.View("M", "ACTOR_V", "select 1 from dual")));

    @Test
    void tablesAndViewsAddedAndRemoved() {
        SnapshotDiff diff = SnapshotDiff.between(BEFORE, AFTER, 10);
        assertThat(diff.tablesAdded()).containsExactly("M.NEW_TABLE");
        assertThat(diff.tablesRemoved()).containsExactly("M.OLD_TABLE");
        assertThat(diff.viewsAdded()).containsExactly("M.ACTOR_V");
        assertThat(diff.viewsRemoved()).isEmpty();
    }

    @Test
    void columnsAddedRemovedAndChangedOnlyInTablesPresentInBoth() {
        SnapshotDiff diff = SnapshotDiff.between(BEFORE, AFTER, 10);
        assertThat(diff.columnsAdded()).containsExactly("M.ACTOR.URL");
        assertThat(diff.columnsRemoved()).containsExactly("M.ACTOR.FAX");
        assertThat(diff.columnsChanged()).containsExactlyInAnyOrder(
                new SnapshotDiff.ColumnChange("M.ACTOR.ACTORNAME", "VARCHAR2(200) NULL", "VARCHAR2(400) NULL"),
                new SnapshotDiff.ColumnChange("M.ACTOR.NOTE", "VARCHAR2(4000) NULL", "VARCHAR2(4000) NOT NULL"),
                new SnapshotDiff.ColumnChange("M.PERSON_NAME.PERSON_NAME_ID", "NUMBER NOT NULL", "NUMBER(12) NOT NULL"));
    }

    @Test
    void constraintsAndIndexesMatchedByWhatTheyDoNotByName() {
        SnapshotDiff diff = SnapshotDiff.between(BEFORE, AFTER, 10);
        // the primary key was re-created under another system name: no change
        assertThat(diff.constraintsAdded()).containsExactly("M.ACTOR U (ACTORNAME) [ACTOR_NAME_UQ]");
        assertThat(diff.constraintsRemoved()).containsExactly("M.PERSON_NAME R (ACTOR_ID) -> M.ACTOR (ACTOR_ID) [PN_ACTOR_FK]");
        assertThat(diff.indexesAdded()).containsExactly("M.ACTOR UNIQUE (ACTORNAME) [ACTOR_NAME_UQ]");
        assertThat(diff.indexesRemoved()).containsExactly("M.ACTOR INDEX (ACTORNAME) [ACTOR_NAME_IX]");
    }

    @Test
    void rowCountsAtOrAboveTheThreshold() {
        assertThat(SnapshotDiff.between(BEFORE, AFTER, 10).rowCounts())
                .containsExactly(new SnapshotDiff.RowCountChange("M.PERSON_NAME", 2000, 3000, 50.0));
        assertThat(SnapshotDiff.between(BEFORE, AFTER, 5).rowCounts()).extracting(SnapshotDiff.RowCountChange::table)
                .containsExactly("M.ACTOR", "M.PERSON_NAME");
        assertThat(SnapshotDiff.between(BEFORE, AFTER, 60).rowCounts()).isEmpty();
    }

    @Test
    void aCatalogueAgainstItselfHasNoDifferences() {
        SnapshotDiff diff = SnapshotDiff.between(AFTER, AFTER, 0);
        assertThat(diff.isEmpty()).isTrue();
        assertThat(diff.toText()).contains("no differences");
    }

    @Test
    void textGroupsTheChanges() {
        String text = SnapshotDiff.between(BEFORE, AFTER, 10).toText();
        assertThat(text).startsWith("MUSIT schema 20260401T000000Z -> 20260410T145733Z\n")
                .contains("  tables added (1):\n    M.NEW_TABLE\n")
                .contains("  columns changed (3):\n")
                .contains("    M.ACTOR.NOTE: VARCHAR2(4000) NULL -> VARCHAR2(4000) NOT NULL\n")
                .contains("    M.PERSON_NAME: 2000 -> 3000 (+50.0%)\n");
    }
}
