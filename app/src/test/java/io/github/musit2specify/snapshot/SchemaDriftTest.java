package io.github.musit2specify.snapshot;

import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class SchemaDriftTest {
    static SchemaCatalog.Column col(String owner, String table, String name, long length, boolean nullable) {
        return new SchemaCatalog.Column(owner, table, name, 1, "VARCHAR2", length, null, null, nullable);
    }

    static SchemaCatalog catalog(String ts, SchemaCatalog.Column... columns) {
        return new SchemaCatalog(1, ts, "TEST", List.of(), List.of(), List.of(columns), List.of(), List.of(), List.of());
    }

    static final Map<String, List<String>> READ = Map.of("U.USERS", List.of("USR", "NAMN"), "U.GROUPS", List.of("NAVN"),
            "OTHER.T", List.of("X"));

    @Test
    void onlyTheTablesAndColumnsReadCountAndUncoveredSchemasAreNotCompared() {
        SchemaCatalog snapshot = catalog("20260401T080000Z", col("U", "USERS", "USR", 100, false), col("U", "USERS", "NAMN", 200, true),
                col("U", "USERS", "UNREAD", 5, true), col("U", "GROUPS", "NAVN", 100, true));
        SchemaCatalog now = catalog("now", col("U", "USERS", "USR", 100, true), col("U", "USERS", "UNREAD", 50, true),
                col("OTHER", "T", "X", 1, true));
        assertThat(SchemaDrift.compare(snapshot, now, READ)).containsExactly(
                "MUSIT schema drift since snapshot 20260401T080000Z: table U.GROUPS is gone (or not visible to this account)",
                "MUSIT schema drift since snapshot 20260401T080000Z: column U.USERS.NAMN is gone",
                "MUSIT schema drift since snapshot 20260401T080000Z: column U.USERS.USR was VARCHAR2(100) NOT NULL,"
                        + " is VARCHAR2(100) NULL");
    }

    @Test
    void noDifferenceNoWarning() {
        SchemaCatalog snapshot = catalog("20260401T080000Z", col("U", "USERS", "USR", 100, false));
        assertThat(SchemaDrift.compare(snapshot, snapshot, READ)).isEmpty();
    }

    @Test
    void warningsJoinAnExistingListOrStartOneOnlyWhenThereAreAny() {
        Map<String, Object> fields = new LinkedHashMap<>();
        SchemaDrift.addTo(fields, List.of());
        assertThat(fields).isEmpty();
        SchemaDrift.addTo(fields, List.of("a"));
        assertThat(fields).containsEntry("warnings", List.of("a"));
        SchemaDrift.addTo(fields, List.of("b"));
        assertThat(fields).containsEntry("warnings", List.of("a", "b"));
    }
}
