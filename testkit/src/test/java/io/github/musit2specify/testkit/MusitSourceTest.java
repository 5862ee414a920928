package io.github.musit2specify.testkit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class MusitSourceTest {
    private static final String BOTANY = "MUSIT_BOTANIKK_FELLES";
    private MusitSource source;

    @BeforeEach
    void open() {
        source = MusitSource.inMemory("musit-source-test");
    }

    @AfterEach
    void close() {
        source.close();
    }

    @Test
    void createsAllTablesAndThePersonNameIndex() throws SQLException {
        assertThat(source.isEmpty()).isTrue();
        try (Connection c = source.connect(); Statement s = c.createStatement()) {
            for (String schema : MusitSource.ACTOR_SCHEMAS) {
                for (String table : List.of("ACTOR", "PERSON_NAME", "GROUPMEMBERSHIP")) {
                    assertThat(count(s, "SELECT COUNT(*) FROM " + schema + "." + table)).isZero();
                }
                assertThat(count(s, "SELECT COUNT(*) FROM INFORMATION_SCHEMA.INDEX_COLUMNS WHERE TABLE_SCHEMA = '" + schema
                        + "' AND TABLE_NAME = 'PERSON_NAME' AND COLUMN_NAME = 'ACTOR_ID'")).isEqualTo(1);
            }
            for (String table : List.of("BRUKARAR", "BRUKERNAVN_GRUPPE", "GRUPPE")) {
                assertThat(count(s, "SELECT COUNT(*) FROM USD_METADATA." + table)).isZero();
            }
        }
    }

    @Test
    void envPointsAtThisDatabaseWithANonBlankPassword() throws SQLException {
        Map<String, String> env = source.env("test");
        assertThat(env).containsOnlyKeys("ORACLE_TEST_URL", "ORACLE_TEST_USER", "ORACLE_TEST_PASSWORD");
        assertThat(env.get("ORACLE_TEST_URL")).contains("MODE=Oracle").contains("LAZY_QUERY_EXECUTION=TRUE")
                .contains("CACHE_SIZE=4096");
        assertThat(env.get("ORACLE_TEST_PASSWORD")).isNotBlank();
        try (Connection c = DriverManager.getConnection(env.get("ORACLE_TEST_URL"), env.get("ORACLE_TEST_USER"),
                env.get("ORACLE_TEST_PASSWORD"))) {
            assertThat(c.isValid(1)).isTrue();
        }
    }

    @Test
    void insertsHandMadeRowsWithUnicodeNullsAndDates() throws SQLException {
        source.insertActors(BOTANY, List.of(
                new ActorRow(1, 0, "Ødegård, Åsmund", 11L, LocalDate.of(1901, 2, 3), null, "a@uio.no", "NHM", "notat"),
                new ActorRow(2, null, null, null, null, null, null, null, null)));
        source.insertPersonNames(BOTANY, List.of(new PersonNameRow(11, 1, "Ødegård", null, "Åsmund", "Dr.", 1)));
        source.insertGroups(List.of(new GroupRow(5, "Kurator lese", "NHM", null)));
        source.insertUsers(List.of(new UserRow("olanor", "Ola Nordmann", "ola@example.org", null, "NHM", null, null,
                null, "N", LocalDate.of(2010, 1, 1), "fakehash")));
        source.insertMemberships(List.of(new MembershipRow(1, "olanor", 5L, "J"), new MembershipRow(2, null, null, null)));
        assertThat(source.isEmpty()).isFalse();
        try (Connection c = source.connect(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT ACTOR_ID, ACTOR_TYPE, ACTORNAME, VALID_PERSON_NAME_ID, BIRTHDATE FROM "
                     + BOTANY + ".ACTOR ORDER BY ACTOR_ID")) {
            rs.next();
            assertThat(rs.getLong(1)).isEqualTo(1);
            assertThat(rs.getInt(2)).isZero();
            assertThat(rs.getString(3)).isEqualTo("Ødegård, Åsmund");
            assertThat(rs.getLong(4)).isEqualTo(11);
            assertThat(rs.getDate(5).toLocalDate()).isEqualTo(LocalDate.of(1901, 2, 3));
            rs.next();
            rs.getInt(2);
            assertThat(rs.wasNull()).isTrue();
            assertThat(count(s, "SELECT COUNT(*) FROM USD_METADATA.BRUKERNAVN_GRUPPE")).isEqualTo(2);
        }
    }

    @Test
    void insertsLargeFixturesInBatches() throws SQLException {
        List<ActorRow> actors = new ArrayList<>();
        for (int i = 1; i <= 12_345; i++) {
            actors.add(new ActorRow(i, 0, "Actor " + i, null, null, null, null, null, null));
        }
        source.insertActors("MUSIT_ZOOLOGI_ENTOMOLOGI", actors);
        try (Connection c = source.connect(); Statement s = c.createStatement()) {
            assertThat(count(s, "SELECT COUNT(*) FROM MUSIT_ZOOLOGI_ENTOMOLOGI.ACTOR")).isEqualTo(12_345);
        }
    }

    @Test
    void rejectsUnknownActorSchema() {
        assertThatThrownBy(() -> source.insertActors("MUSIT_X", List.of())).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void fileDatabaseIsReused(@TempDir Path dir) throws SQLException {
        Path file = dir.resolve("musit");
        MusitSource first = MusitSource.file(file);
        first.insertGroups(List.of(new GroupRow(1, "Administrasjon", "UM", null)));
        first.close();
        MusitSource again = MusitSource.file(dir.resolve("musit.mv.db"));
        try (Connection c = again.connect(); Statement s = c.createStatement()) {
            assertThat(count(s, "SELECT COUNT(*) FROM USD_METADATA.GRUPPE")).isEqualTo(1);
        }
        assertThat(dir.resolve("musit.mv.db")).exists();
    }

    @Test
    void oneProcessAtATimeOpensTheSameFileWithoutBecomingAServer(@TempDir Path dir) throws SQLException {
        MusitSource shared = MusitSource.file(dir.resolve("musit"));
        shared.insertGroups(List.of(new GroupRow(1, "Administrasjon", "UM", null)));
        shared.close();

        MusitSource single = MusitSource.fileForOneProcessAtATime(dir.resolve("musit.mv.db"));

        assertThat(single.jdbcUrl()).doesNotContain("AUTO_SERVER").startsWith("jdbc:h2:file:" + dir.toAbsolutePath());
        try (Connection c = single.connect(); Statement s = c.createStatement()) {
            assertThat(count(s, "SELECT COUNT(*) FROM USD_METADATA.GRUPPE")).isEqualTo(1);
        }
        assertThat(dir.resolve("musit.lock.db")).doesNotExist();
    }

    static long count(Statement s, String sql) throws SQLException {
        try (ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
