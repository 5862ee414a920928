package io.github.musit2specify.flow.agents;

import io.github.musit2specify.testkit.ActorRow;
import io.github.musit2specify.testkit.MusitSource;
import io.github.musit2specify.testkit.PersonNameRow;
import io.github.musit2specify.testkit.SyntheticMusit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The merged two-stream read against the plain one-query definition, on H2 in Oracle mode. */
class ActorSourceTest {
    private static final String BOT = "MUSIT_BOTANIKK_FELLES";

    /** The definition of flows.md as one query: slow (a subquery per actor), but obviously right. */
    private static String reference(String s) {
        return "SELECT a.ACTOR_ID, pn.PERSON_SURNAME, pn.PERSON_MIDDLE_NAME, pn.PERSON_GIVEN_NAME, pn.TITLE"
                + " FROM " + s + ".ACTOR a LEFT JOIN " + s + ".PERSON_NAME pn ON pn.PERSON_NAME_ID = COALESCE("
                + "a.VALID_PERSON_NAME_ID, (SELECT MIN(p2.PERSON_NAME_ID) FROM " + s + ".PERSON_NAME p2"
                + " WHERE p2.ACTOR_ID = a.ACTOR_ID)) ORDER BY a.ACTOR_ID";
    }

    @ParameterizedTest(name = "valid share {0} %, {1} names per person")
    @CsvSource({"0, 2", "75, 0", "100, 3", "50, 1"})
    void choosesTheSameNamesAsTheOneQueryDefinitionOnSyntheticWorlds(int validShare, int namesPerPerson) throws SQLException {
        try (MusitSource musit = MusitSource.inMemory("actor_source_" + validShare + "_" + namesPerPerson)) {
            new SyntheticMusit(7, new SyntheticMusit.ActorShape(validShare, namesPerPerson)).generate(musit, 4_000, 0, false);
            try (Connection c = musit.connect()) {
                List<String> merged = new ArrayList<>();
                long rows = ActorSource.stream(c, BOT, a -> merged.add(a.actorId() + "|" + a.surname() + "|"
                        + a.middleName() + "|" + a.givenName() + "|" + a.title()));
                List<String> expected = referenceRows(c, BOT);
                assertThat(rows).isEqualTo(expected.size()).isGreaterThan(3_000);
                assertThat(merged).isEqualTo(expected);
            }
        }
    }

    @Test
    void validIdsOutsideTheActorsOwnNamesAndNamesWithoutActorsBehaveAsTheDefinition() throws SQLException {
        try (MusitSource musit = MusitSource.inMemory("actor_source_anomalies")) {
            musit.insertActors(BOT, List.of(
                    actor(2, 30L),   // points at actor 3's name
                    actor(3, null),  // smallest of its names, though 31 was inserted first
                    actor(5, 999L),  // points nowhere: no name, no fallback
                    actor(6, null),  // no names at all
                    actor(9, 90L)));
            musit.insertPersonNames(BOT, List.of(
                    name(1, 1, "Orphan before"), name(31, 3, "Later"), name(30, 3, "Smallest"),
                    name(20, 2, "Own but not valid"), name(40, 4, "Orphan between"), name(91, 9, "Other"),
                    name(90, 9, "Valid"), name(100, 10, "Orphan after")));
            try (Connection c = musit.connect()) {
                List<String> merged = new ArrayList<>();
                ActorSource.stream(c, BOT, a -> merged.add(a.actorId() + "|" + a.surname()));
                assertThat(merged).containsExactly("2|Smallest", "3|Smallest", "5|null", "6|null", "9|Valid");
                List<String> expected = new ArrayList<>();
                for (String row : referenceRows(c, BOT)) {
                    String[] parts = row.split("\\|");
                    expected.add(parts[0] + "|" + parts[1]);
                }
                assertThat(merged).isEqualTo(expected);
            }
        }
    }

    @Test
    void statementsNameOnlyWhitelistedSchemasAndNoSubquery() {
        assertThat(ActorSource.statements(BOT)).hasSize(3).allSatisfy(sql ->
                assertThat(sql).contains(BOT + ".").doesNotContain("(SELECT"));
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> ActorSource.statements("SYS"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("SYS");
    }

    private static List<String> referenceRows(Connection c, String schema) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(reference(schema)); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                rows.add(rs.getLong(1) + "|" + rs.getString(2) + "|" + rs.getString(3) + "|" + rs.getString(4)
                        + "|" + rs.getString(5));
            }
        }
        return rows;
    }

    private static ActorRow actor(long id, Long validNameId) {
        return new ActorRow(id, 0, "Actor " + id, validNameId, null, null, null, null, null);
    }

    private static PersonNameRow name(long id, long actorId, String surname) {
        return new PersonNameRow(id, actorId, surname, null, "Given", null, 1);
    }
}
