package io.github.musit2specify.testkit;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SyntheticMusitTest {
    private static final String BOTANY = "MUSIT_BOTANIKK_FELLES";
    private static final String ENTOMOLOGY = "MUSIT_ZOOLOGI_ENTOMOLOGI";
    private static final List<String> TABLES = List.of(BOTANY + ".ACTOR", BOTANY + ".PERSON_NAME", BOTANY + ".GROUPMEMBERSHIP",
            ENTOMOLOGY + ".ACTOR", ENTOMOLOGY + ".PERSON_NAME", "USD_METADATA.BRUKARAR", "USD_METADATA.GRUPPE",
            "USD_METADATA.BRUKERNAVN_GRUPPE");
    private static MusitSource source;
    private static SyntheticMusit.Summary summary;

    @BeforeAll
    static void generate() {
        source = MusitSource.inMemory("synthetic-test");
        summary = new SyntheticMusit(42).generate(source, 20_000, 500, true);
    }

    @AfterAll
    static void close() {
        source.close();
    }

    @Test
    void sameSeedGivesTheSameRowsAndAnotherSeedOtherRows() throws Exception {
        try (MusitSource again = MusitSource.inMemory("synthetic-again"); MusitSource other = MusitSource.inMemory("synthetic-other")) {
            SyntheticMusit.Summary againSummary = new SyntheticMusit(42).generate(again, 20_000, 500, true);
            new SyntheticMusit(43).generate(other, 20_000, 500, true);
            assertThat(againSummary).isEqualTo(summary);
            assertThat(checksum(again)).isEqualTo(checksum(source)).isNotEqualTo(checksum(other));
        }
    }

    @Test
    void producesTheRequestedCountsSplitLikeProduction() throws SQLException {
        assertThat(summary.actorsPerSchema()).containsExactly(Map.entry(BOTANY, 18_789), Map.entry(ENTOMOLOGY, 1_211));
        assertThat(summary.actors()).isEqualTo(20_000);
        assertThat(count("SELECT COUNT(*) FROM " + BOTANY + ".ACTOR")).isEqualTo(18_789);
        assertThat(count("SELECT COUNT(*) FROM " + ENTOMOLOGY + ".ACTOR")).isEqualTo(1_211);
        assertThat(count("SELECT (SELECT COUNT(*) FROM " + BOTANY + ".PERSON_NAME) + (SELECT COUNT(*) FROM " + ENTOMOLOGY
                + ".PERSON_NAME)")).isEqualTo(summary.personNames());
        assertThat(summary.users()).isEqualTo(505);
        assertThat(count("SELECT COUNT(*) FROM USD_METADATA.BRUKARAR")).isEqualTo(505);
        assertThat(count("SELECT COUNT(*) FROM USD_METADATA.GRUPPE")).isEqualTo(summary.groups());
        assertThat(count("SELECT COUNT(*) FROM USD_METADATA.BRUKERNAVN_GRUPPE")).isEqualTo(summary.memberships());
    }

    @Test
    void productionSplitOfTheFullSize() {
        try (MusitSource empty = MusitSource.inMemory("synthetic-split")) {
            SyntheticMusit.Summary none = new SyntheticMusit(1).generate(empty, 0, 0, false);
            assertThat(none.actors()).isZero();
            assertThat(none.badUsernames()).isEmpty();
        }
        assertThat(Math.round(250_274 * (235_124.0 / 250_274.0))).isEqualTo(235_124);
    }

    @Test
    void actorsCoverTheEdgeCases() throws SQLException {
        String a = BOTANY + ".ACTOR";
        String p = BOTANY + ".PERSON_NAME";
        assertThat(count("SELECT COUNT(*) FROM " + a + " WHERE ACTOR_TYPE = 0")).isGreaterThan(15_000);
        for (String type : List.of("ACTOR_TYPE = 1", "ACTOR_TYPE = 2", "ACTOR_TYPE IS NULL", "ACTOR_TYPE NOT IN (0, 1, 2)")) {
            assertThat(count("SELECT COUNT(*) FROM " + a + " WHERE " + type)).as(type).isPositive();
        }
        assertThat(count("SELECT COUNT(*) FROM " + a + " x WHERE (SELECT COUNT(*) FROM " + p + " n WHERE n.ACTOR_ID = x.ACTOR_ID) > 1"))
                .as("actors with several names").isGreaterThan(1_000);
        assertThat(count("SELECT COUNT(*) FROM " + a + " x WHERE NOT EXISTS (SELECT 1 FROM " + p + " n WHERE n.ACTOR_ID = x.ACTOR_ID)"))
                .as("actors without a name").isPositive();
        assertThat(count("SELECT COUNT(*) FROM " + a + " x WHERE x.VALID_PERSON_NAME_ID IS NULL AND EXISTS (SELECT 1 FROM " + p
                + " n WHERE n.ACTOR_ID = x.ACTOR_ID)")).as("named actors without a valid name").isPositive();
        assertThat(count("SELECT COUNT(*) FROM " + a + " x WHERE x.VALID_PERSON_NAME_ID > (SELECT MIN(n.PERSON_NAME_ID) FROM " + p
                + " n WHERE n.ACTOR_ID = x.ACTOR_ID)")).as("valid name is not the smallest").isPositive();
        assertThat(count("SELECT COUNT(*) FROM " + p + " WHERE LENGTH(PERSON_GIVEN_NAME) > 50")).isPositive();
        assertThat(count("SELECT COUNT(*) FROM " + p + " WHERE LENGTH(PERSON_SURNAME) > 256")).isPositive();
        assertThat(count("SELECT COUNT(*) FROM " + p + " WHERE PERSON_SURNAME <> TRIM(PERSON_SURNAME)")).isPositive();
        assertThat(count("SELECT COUNT(*) FROM " + a + " WHERE LENGTH(EMAIL_ADDRESS) > 50")).isPositive();
        assertThat(count("SELECT COUNT(*) FROM " + a + " WHERE LENGTH(NOTE) > 500")).isPositive();
        assertThat(count("SELECT COUNT(*) FROM " + a + " WHERE INSTITUTION IS NOT NULL")).isPositive();
        assertThat(count("SELECT COUNT(*) FROM " + a + " WHERE DEATHDATE > BIRTHDATE")).isPositive();
        for (String letter : List.of("æ", "ø", "å", "Æ", "Ø", "Å", "ü", "é", "ễ")) {
            assertThat(count("SELECT COUNT(*) FROM " + p + " WHERE PERSON_SURNAME LIKE '%" + letter + "%' OR PERSON_GIVEN_NAME LIKE '%"
                    + letter + "%'")).as(letter).isPositive();
        }
    }

    @Test
    void actorQueryGivesOneRowPerActorWithTheValidElseSmallestName() throws SQLException {
        String sql = "SELECT a.ACTOR_ID, a.VALID_PERSON_NAME_ID, p.PERSON_NAME_ID,"
                + " (SELECT MIN(m.PERSON_NAME_ID) FROM " + BOTANY + ".PERSON_NAME m WHERE m.ACTOR_ID = a.ACTOR_ID)"
                + " FROM " + BOTANY + ".ACTOR a LEFT JOIN " + BOTANY + ".PERSON_NAME p ON p.PERSON_NAME_ID = COALESCE("
                + "a.VALID_PERSON_NAME_ID, (SELECT MIN(p2.PERSON_NAME_ID) FROM " + BOTANY + ".PERSON_NAME p2 WHERE p2.ACTOR_ID = a.ACTOR_ID))"
                + " ORDER BY a.ACTOR_ID";
        long rows = 0;
        long previous = 0;
        try (Connection c = source.connect(); Statement s = c.createStatement()) {
            s.setFetchSize(5_000);
            try (ResultSet rs = s.executeQuery(sql)) {
                while (rs.next()) {
                    rows++;
                    long actorId = rs.getLong(1);
                    assertThat(actorId).isGreaterThan(previous);
                    previous = actorId;
                    long valid = rs.getLong(2);
                    boolean hasValid = !rs.wasNull();
                    long nameId = rs.getLong(3);
                    boolean hasName = !rs.wasNull();
                    long smallest = rs.getLong(4);
                    boolean hasAny = !rs.wasNull();
                    assertThat(hasName).isEqualTo(hasAny);
                    if (hasName) {
                        assertThat(nameId).isEqualTo(hasValid ? valid : smallest);
                    }
                }
            }
        }
        assertThat(rows).isEqualTo(summary.actorsPerSchema().get(BOTANY).longValue());
    }

    @Test
    void usersCoverNameFormsGroupsAndMemberships() throws SQLException {
        String u = "USD_METADATA.BRUKARAR";
        assertThat(count("SELECT COUNT(*) FROM " + u + " WHERE USR = 'olanor'")).isEqualTo(1);
        assertThat(count("SELECT COUNT(*) FROM " + u + " WHERE NAMN LIKE '%,%'")).isPositive();
        assertThat(count("SELECT COUNT(*) FROM " + u + " WHERE NAMN NOT LIKE '% %' AND NAMN NOT LIKE '%,%'")).as("single word").isPositive();
        assertThat(count("SELECT COUNT(*) FROM " + u + " WHERE NAMN IS NULL OR TRIM(NAMN) IS NULL")).as("blank").isPositive();
        assertThat(count("SELECT COUNT(*) FROM " + u + " WHERE EKSTERN_PASSORD LIKE '{SSHA}%'")).isPositive();
        for (String column : List.of("EPOST", "FEIDE_EPOST", "TELEFON", "FEIDE", "INSTITUSJON", "ADM", "OPPRETTA")) {
            assertThat(count("SELECT COUNT(*) FROM " + u + " WHERE " + column + " IS NOT NULL")).as(column).isPositive();
        }
        assertThat(count("SELECT COUNT(*) FROM (SELECT NAVN FROM USD_METADATA.GRUPPE GROUP BY NAVN HAVING COUNT(DISTINCT MUSEUM) > 1)"))
                .as("one group name under several museums").isPositive();
        assertThat(count("SELECT COUNT(*) FROM USD_METADATA.GRUPPE WHERE MUSEUM IS NULL")).isPositive();
        assertThat(count("SELECT COUNT(DISTINCT MUSEUM) FROM USD_METADATA.GRUPPE")).isEqualTo(5);
        for (String flag : List.of("'J'", "'N'", "'Y'", "'1'", "'0'")) {
            assertThat(count("SELECT COUNT(*) FROM USD_METADATA.BRUKERNAVN_GRUPPE WHERE DEFAULTGRUPPE = " + flag)).as(flag).isPositive();
        }
        assertThat(count("SELECT COUNT(*) FROM USD_METADATA.BRUKERNAVN_GRUPPE WHERE DEFAULTGRUPPE IS NULL")).isPositive();
        assertThat(count("SELECT COUNT(*) FROM USD_METADATA.BRUKERNAVN_GRUPPE WHERE BRUKERNAVN IS NULL")).isPositive();
        assertThat(count("SELECT COUNT(*) FROM USD_METADATA.BRUKERNAVN_GRUPPE b WHERE NOT EXISTS"
                + " (SELECT 1 FROM USD_METADATA.GRUPPE g WHERE g.GRUPPEID = b.GRUPPEID)")).isPositive();
    }

    @Test
    void badRowsAreThereAndOnlyTheNamedOnesExceedTheAgentLimits() throws SQLException {
        assertThat(summary.badUsernames()).containsExactly("testlangtnavn", "testlangepost");
        assertThat(count("SELECT COUNT(*) FROM USD_METADATA.BRUKARAR WHERE USR IN ('ola', 'OLA')")).isEqualTo(2);
        assertThat(count("SELECT COUNT(*) FROM USD_METADATA.BRUKARAR WHERE TRIM(USR) IS NULL")).isEqualTo(1);
        List<String> tooLong = new ArrayList<>();
        try (Connection c = source.connect(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT USR, NAMN, COALESCE(FEIDE_EPOST, EPOST) FROM USD_METADATA.BRUKARAR ORDER BY USR")) {
            while (rs.next()) {
                String first = firstName(rs.getString(2));
                String email = rs.getString(3);
                if ((first != null && first.length() > 50) || (email != null && email.trim().length() > 50)) {
                    tooLong.add(rs.getString(1));
                }
            }
        }
        assertThat(tooLong).containsExactlyInAnyOrderElementsOf(summary.badUsernames());
        try (MusitSource clean = MusitSource.inMemory("synthetic-clean")) {
            assertThat(new SyntheticMusit(42).generate(clean, 10, 50, false).badUsernames()).isEmpty();
        }
    }

    @Test
    void refusesANonEmptySource() {
        assertThatThrownBy(() -> new SyntheticMusit(42).generate(source, 1, 1, false))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("already");
    }

    /** The users flow's name split (flows.md): comma → "Last, First", else the last word is the surname. */
    private static String firstName(String namn) {
        if (namn == null || namn.isBlank()) {
            return null;
        }
        String t = namn.trim();
        int comma = t.indexOf(',');
        if (comma >= 0) {
            return t.substring(comma + 1).trim();
        }
        int space = t.lastIndexOf(' ');
        return space < 0 ? null : t.substring(0, space).trim();
    }

    private static long count(String sql) throws SQLException {
        try (Connection c = source.connect(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static String checksum(MusitSource musit) throws Exception {
        MessageDigest digest = MessageDigest.getInstance("SHA-256");
        try (Connection c = musit.connect(); Statement s = c.createStatement()) {
            for (String table : TABLES) {
                try (ResultSet rs = s.executeQuery("SELECT * FROM " + table + " ORDER BY 1")) {
                    int columns = rs.getMetaData().getColumnCount();
                    while (rs.next()) {
                        for (int i = 1; i <= columns; i++) {
                            digest.update(String.valueOf(rs.getString(i)).getBytes(StandardCharsets.UTF_8));
                            digest.update((byte) 0);
                        }
                    }
                }
            }
        }
        return HexFormat.of().formatHex(digest.digest());
    }
}
