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
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongPredicate;

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
    void whenNoActorIsToMigratePersonNameIsNeverRead() throws SQLException {
        try (MusitSource musit = MusitSource.inMemory("actor_source_all_skipped")) {
            new SyntheticMusit(11, new SyntheticMusit.ActorShape(50, 0)).generate(musit, 3_000, 0, false);
            try (Connection c = musit.connect()) {
                Map<Long, String> full = readRows(c, id -> true);
                countStatements(c);
                Map<Long, String> none = readRows(c, id -> false);
                assertThat(executions(c, ".PERSON_NAME ")).as("statements on PERSON_NAME: %s", statements(c)).isZero();
                assertThat(executions(c, ".ACTOR ")).isEqualTo(1);
                assertThat(executions(c, "ACTORNAME")).as("reads of every ACTOR column: %s", statements(c)).isZero();
                assertThat(none).hasSameSizeAs(full).hasSizeGreaterThan(1_000);
                full.forEach((id, row) -> assertThat(none.get(id)).as("actor %d", id)
                        .isEqualTo(skipped(row)));
                assertThat(full.values()).anyMatch(row -> !row.equals(skipped(row)));
            }
        }
    }

    @ParameterizedTest(name = "valid share {0} %, {1} names per person")
    @CsvSource({"0, 2", "75, 0", "100, 3"})
    void aResumedReadReadsNamesFromItsFirstUnmigratedActorOnAndChoosesTheSameNames(int validShare, int namesPerPerson)
            throws SQLException {
        try (MusitSource musit = MusitSource.inMemory("actor_source_resume_" + validShare + "_" + namesPerPerson)) {
            new SyntheticMusit(13, new SyntheticMusit.ActorShape(validShare, namesPerPerson)).generate(musit, 3_000, 0, false);
            try (Connection c = musit.connect()) {
                Map<Long, String> full = readRows(c, id -> true);
                long first = new ArrayList<>(full.keySet()).get(full.size() / 2);
                long namesFromFirst = count(c, "SELECT COUNT(*) FROM " + BOT + ".PERSON_NAME WHERE ACTOR_ID >= " + first);
                long actorsFromFirst = count(c, "SELECT COUNT(*) FROM " + BOT + ".ACTOR WHERE ACTOR_ID >= " + first);
                long names = count(c, "SELECT COUNT(*) FROM " + BOT + ".PERSON_NAME");
                countStatements(c);
                Map<Long, String> resumed = readRows(c, id -> id >= first);
                full.forEach((id, row) -> assertThat(resumed.get(id)).as("actor %d", id)
                        .isEqualTo(id >= first ? row : skipped(row)));
                assertThat(executions(c, "PERSON_NAME WHERE ACTOR_ID >=")).isEqualTo(1);
                assertThat(rowsReturned(c, "PERSON_NAME WHERE ACTOR_ID >=")).as("names read")
                        .isEqualTo(namesFromFirst).isLessThan(names);
                assertThat(rowsReturned(c, "ACTORNAME")).as("actors read with every column")
                        .isEqualTo(actorsFromFirst).isLessThan(full.size());
            }
        }
    }

    @ParameterizedTest(name = "valid share {0} %, {1} names per person")
    @CsvSource({"0, 2", "75, 0", "100, 3", "50, 1"})
    void unmigratedActorsBetweenMigratedOnesGetTheNamesOfAFullRead(int validShare, int namesPerPerson) throws SQLException {
        try (MusitSource musit = MusitSource.inMemory("actor_source_mixed_" + validShare + "_" + namesPerPerson)) {
            new SyntheticMusit(17, new SyntheticMusit.ActorShape(validShare, namesPerPerson)).generate(musit, 3_000, 0, false);
            try (Connection c = musit.connect()) {
                Map<Long, String> full = readRows(c, id -> true);
                LongPredicate unmigrated = id -> id % 7 == 3 || id % 5 == 0;
                Map<Long, String> mixed = readRows(c, unmigrated);
                assertThat(full.keySet()).anyMatch(unmigrated::test).anyMatch(id -> !unmigrated.test(id));
                full.forEach((id, row) -> assertThat(mixed.get(id)).as("actor %d", id)
                        .isEqualTo(unmigrated.test(id) ? row : skipped(row)));
            }
        }
    }

    @ParameterizedTest(name = "split at {0} of the ids, {1}")
    @CsvSource({"0.5, all migrated", "0.5, first three quarters migrated", "0.5, first quarter migrated",
            "0.5, every third unmigrated", "0.5, none migrated", "0.01, all migrated", "0.99, first three quarters migrated",
            "1.5, all migrated"})
    void aReadSplitInTwoHandsOverTheSameActorsInTheSameOrder(double at, String which) throws SQLException {
        try (MusitSource musit = MusitSource.inMemory("actor_source_split_" + (int) (at * 100) + "_" + which.length())) {
            new SyntheticMusit(23, new SyntheticMusit.ActorShape(75, 0)).generate(musit, 3_000, 0, false);
            try (Connection c = musit.connect()) {
                List<Long> ids = new ArrayList<>(readRows(c, id -> true).keySet());
                long quarter = ids.get(ids.size() / 4);
                long threeQuarters = ids.get(ids.size() * 3 / 4);
                LongPredicate toMigrate = switch (which) {
                    case "all migrated" -> id -> false;
                    case "first three quarters migrated" -> id -> id >= threeQuarters;
                    case "first quarter migrated" -> id -> id >= quarter;
                    case "every third unmigrated" -> id -> id % 3 == 0;
                    default -> id -> true;
                };
                long splitAt = at >= 1 ? ids.get(ids.size() - 1) + 1 : ids.get((int) (ids.size() * at));
                List<String> whole = new ArrayList<>();
                long wholeRows = ActorSource.stream(c, BOT, toMigrate, null, (a, m) -> whole.add(describe(a, m)));
                List<String> split = new ArrayList<>();
                long splitRows = ActorSource.stream(c, BOT, toMigrate, new ActorSource.Split(splitAt, musit::connect),
                        (a, m) -> split.add(describe(a, m)));

                assertThat(split).isEqualTo(whole).hasSizeGreaterThan(1_000);
                assertThat(splitRows).isEqualTo(wholeRows).isEqualTo(whole.size());
            }
        }
    }

    @Test
    void aFailingSecondReadFailsTheStreamWithItsCause() throws SQLException {
        try (MusitSource musit = MusitSource.inMemory("actor_source_split_failing")) {
            new SyntheticMusit(29, new SyntheticMusit.ActorShape(75, 0)).generate(musit, 500, 0, false);
            try (Connection c = musit.connect()) {
                ActorSource.Split broken = new ActorSource.Split(100, () -> {
                    throw new SQLException("no second session");
                });
                org.assertj.core.api.Assertions.assertThatThrownBy(() ->
                                ActorSource.stream(c, BOT, id -> false, broken, (a, m) -> { }))
                        .isInstanceOf(SQLException.class).hasMessage("no second session");
            }
        }
    }

    @Test
    void aStopDuringTheFirstRangeEndsTheSecondReadAndClosesItsConnectionFirst() throws SQLException {
        try (MusitSource musit = MusitSource.inMemory("actor_source_split_stopped")) {
            new SyntheticMusit(31, new SyntheticMusit.ActorShape(75, 0)).generate(musit, 3_000, 0, false);
            try (Connection c = musit.connect()) {
                List<Long> ids = new ArrayList<>(readRows(c, id -> true).keySet());
                List<Connection> second = new ArrayList<>();
                ActorSource.Split split = new ActorSource.Split(ids.get(ids.size() / 2), () -> {
                    Connection opened = musit.connect();
                    second.add(opened);
                    return opened;
                });
                int[] seen = {0};

                org.assertj.core.api.Assertions.assertThatThrownBy(() -> ActorSource.stream(c, BOT, id -> false, split,
                        (a, m) -> {
                            if (++seen[0] == 100) {
                                throw new IllegalStateException("stop requested");
                            }
                        })).hasMessage("stop requested");

                assertThat(second).hasSize(1);
                assertThat(second.get(0).isClosed()).isTrue();
            }
        }
    }

    private static String describe(ActorRecord a, boolean toMigrate) {
        return a.actorId() + "|" + toMigrate + "|" + a.actorType() + "|" + a.actorName() + "|" + a.surname();
    }

    @Test
    void validIdsOutsideTheActorsOwnNamesResolveWhenTheNamesScanStartsLater() throws SQLException {
        try (MusitSource musit = MusitSource.inMemory("actor_source_anomalies_resumed")) {
            musit.insertActors(BOT, List.of(actor(2, null), actor(3, null), actor(5, 30L), actor(6, 20L), actor(9, null)));
            musit.insertPersonNames(BOT, List.of(name(20, 2, "Two's"), name(30, 3, "Three's"), name(31, 3, "Three's later"),
                    name(60, 6, "Own but not valid"), name(91, 9, "Nine's later"), name(90, 9, "Nine's")));
            try (Connection c = musit.connect()) {
                List<String> merged = new ArrayList<>();
                ActorSource.stream(c, BOT, id -> id >= 5, (a, toMigrate) -> merged.add(a.actorId() + "|" + a.surname()
                        + (toMigrate ? "" : " (skipped)")));
                assertThat(merged).containsExactly("2|null (skipped)", "3|null (skipped)", "5|Three's", "6|Two's", "9|Nine's");
            }
        }
    }

    @Test
    void statementsNameOnlyWhitelistedSchemasAndNoSubquery() {
        assertThat(ActorSource.statements(BOT)).hasSize(4).allSatisfy(sql ->
                assertThat(sql).contains(BOT + ".").doesNotContain("(SELECT"));
        assertThat(ActorSource.statements(BOT)).containsAll(ActorSource.perActorStatements(BOT));
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

    /** Actor id → "type|actorname|birth|death|email|institution|note|surname|middle|given|title" as read. */
    private static Map<Long, String> readRows(Connection c, LongPredicate toMigrate) throws SQLException {
        Map<Long, String> rows = new LinkedHashMap<>();
        long read = ActorSource.stream(c, BOT, toMigrate, (a, migrating) -> rows.put(a.actorId(), String.join("|",
                String.valueOf(a.actorType()), a.actorName(), String.valueOf(a.birthDate()), String.valueOf(a.deathDate()),
                a.email(), a.institution(), a.note(), a.surname(), a.middleName(), a.givenName(), a.title())));
        assertThat(read).isEqualTo(rows.size());
        return rows;
    }

    /** What an actor not to migrate comes as: its type alone. */
    private static String skipped(String row) {
        return row.substring(0, row.indexOf('|')) + "|null".repeat(10);
    }

    /** From here on H2 counts executions and (results materialised, not lazy) rows per statement. */
    private static void countStatements(Connection c) throws SQLException {
        try (Statement st = c.createStatement()) {
            st.execute("SET LAZY_QUERY_EXECUTION FALSE");
            st.execute("SET QUERY_STATISTICS TRUE");
        }
    }

    private static long executions(Connection c, String sqlPart) throws SQLException {
        return statistic(c, "EXECUTION_COUNT", sqlPart);
    }

    private static long rowsReturned(Connection c, String sqlPart) throws SQLException {
        return statistic(c, "CUMULATIVE_ROW_COUNT", sqlPart);
    }

    private static long statistic(Connection c, String column, String sqlPart) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT COALESCE(SUM(" + column + "), 0) FROM"
                + " INFORMATION_SCHEMA.QUERY_STATISTICS WHERE SQL_STATEMENT LIKE ? AND SQL_STATEMENT NOT LIKE '%QUERY_STATISTICS%'")) {
            ps.setString(1, "%" + sqlPart + "%");
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    private static List<String> statements(Connection c) throws SQLException {
        List<String> sql = new ArrayList<>();
        try (Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT SQL_STATEMENT FROM INFORMATION_SCHEMA.QUERY_STATISTICS")) {
            while (rs.next()) {
                sql.add(rs.getString(1));
            }
        }
        return sql;
    }

    private static long count(Connection c, String sql) throws SQLException {
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static ActorRow actor(long id, Long validNameId) {
        return new ActorRow(id, 0, "Actor " + id, validNameId, null, null, null, null, null);
    }

    private static PersonNameRow name(long id, long actorId, String surname) {
        return new PersonNameRow(id, actorId, surname, null, "Given", null, 1);
    }
}
