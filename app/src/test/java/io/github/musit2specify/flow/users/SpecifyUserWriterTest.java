package io.github.musit2specify.flow.users;

import io.github.musit2specify.testkit.EmbeddedMariaDb;
import io.github.musit2specify.testkit.SpecifyTestDatabase;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A chunk is written with a few statements, and a chunk that fails is halved until the failing users stand
 * alone: they become failures with the database's reason, leave nothing behind, and every other user of
 * the chunk is written with its agent, linked to its own login.
 */
class SpecifyUserWriterTest {
    private static final String REFUSED_LAST_NAME = "Avvist";
    private static SpecifyTestDatabase specify;
    private static long divisionId;

    @BeforeAll
    static void setUp() throws Exception {
        specify = EmbeddedMariaDb.shared().createSpecifyDatabase("users_writer");
        divisionId = specify.count("SELECT MIN(UserGroupScopeId) FROM division");
        try (Connection c = specify.connect(); Statement s = c.createStatement()) {
            s.execute("CREATE TRIGGER refuse_agents_in_writer_test BEFORE INSERT ON agent FOR EACH ROW BEGIN"
                    + " IF NEW.LastName = '" + REFUSED_LAST_NAME + "' THEN"
                    + " SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'agent refused by the test trigger';"
                    + " END IF; END");
            UserFixtures.createExistingLogins(c, List.of("taken"));
        }
    }

    @Test
    void onlyTheRefusedUsersOfAChunkAreLeftOutAndNothingOfThemIsWritten() throws Exception {
        List<PlannedUser> chunk = new ArrayList<>();
        for (int i = 0; i < 37; i++) {
            String last = i == 3 || i == 30 ? REFUSED_LAST_NAME : "Hansen" + i;
            chunk.add(user(String.format("w%02d", i), last));
        }
        // a login the database already has: its unique name refuses it at the specifyuser insert
        chunk.add(17, user("TAKEN", "Berg"));
        long agentsBefore = specify.count("SELECT COUNT(*) FROM agent");

        SpecifyUserWriter.Outcome outcome;
        try (Connection c = specify.connect()) {
            outcome = new SpecifyUserWriter(c, divisionId).write(chunk);
        }

        assertThat(outcome.usersCreated()).isEqualTo(35);
        assertThat(outcome.agentsCreated()).isEqualTo(35);
        assertThat(outcome.agentsLinked()).isEqualTo(35);
        assertThat(outcome.failures()).extracting(SpecifyUserWriter.Failure::login).containsExactly("w03", "TAKEN", "w30");
        assertThat(outcome.failures().get(0).reason()).contains("agent refused by the test trigger");
        assertThat(outcome.failures().get(1).reason()).startsWith("the database refused the login (constraint): ");
        assertThat(specify.count("SELECT COUNT(*) FROM specifyuser WHERE Name LIKE 'w%'")).isEqualTo(35);
        assertThat(specify.count("SELECT COUNT(*) FROM specifyuser WHERE Name IN ('w03', 'w30')")).isZero();
        assertThat(specify.count("SELECT COUNT(*) FROM agent")).isEqualTo(agentsBefore + 35);
        // the existing login 'taken' got no agent from the refused 'TAKEN'
        assertThat(specify.count("SELECT COUNT(*) FROM agent a JOIN specifyuser u ON u.SpecifyUserID = a.SpecifyUserID"
                + " WHERE u.Name = 'taken' AND a.Remarks LIKE 'MUSIT-migration:%'")).isZero();
        // every agent belongs to the login of its own user, with that user's values
        assertThat(specify.count("SELECT COUNT(*) FROM agent a JOIN specifyuser u ON u.SpecifyUserID = a.SpecifyUserID"
                + " WHERE u.Name LIKE 'w%' AND a.Remarks = CONCAT('MUSIT-migration: USR=', u.Name) AND a.Email = u.EMail"
                + " AND a.Email = CONCAT(u.Name, '@example.org') AND a.LastName = CONCAT('Hansen', SUBSTRING(u.Name, 2) + 0)"
                + " AND a.FirstName = 'Per' AND a.AgentType = 1 AND a.DivisionID = ?", divisionId)).isEqualTo(35);
        assertThat(specify.count("SELECT COUNT(*) FROM specifyuser u WHERE u.Name LIKE 'w%' AND u.UserType = 'Manager'"
                + " AND u.IsLoggedIn = 0 AND u.IsLoggedInReport = 0 AND u.Password LIKE ? AND u.Version = 0",
                UnusablePassword.PREFIX + "%")).isEqualTo(35);
    }

    @Test
    void aChunkIsTwoInsertsAndOneCommitWhateverItsSize() throws Exception {
        List<PlannedUser> chunk = new ArrayList<>();
        for (int i = 0; i < 120; i++) {
            chunk.add(user(String.format("c%03d", i), "Hansen" + i));
        }
        try (Connection c = specify.connect()) {
            long insertsBefore = sessionStatus(c, "Com_insert");
            long commitsBefore = sessionStatus(c, "Com_commit");
            SpecifyUserWriter.Outcome outcome = new SpecifyUserWriter(c, divisionId).write(chunk);

            assertThat(outcome.usersCreated()).isEqualTo(120);
            assertThat(outcome.failures()).isEmpty();
            assertThat(sessionStatus(c, "Com_insert") - insertsBefore).isEqualTo(2);
            assertThat(sessionStatus(c, "Com_commit") - commitsBefore).isEqualTo(1);
        }
        assertThat(specify.count("SELECT COUNT(*) FROM agent a JOIN specifyuser u ON u.SpecifyUserID = a.SpecifyUserID"
                + " WHERE u.Name LIKE 'c%' AND a.Remarks = CONCAT('MUSIT-migration: USR=', u.Name)")).isEqualTo(120);
    }

    private static long sessionStatus(Connection c, String variable) throws Exception {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SHOW SESSION STATUS LIKE '" + variable + "'")) {
            rs.next();
            return rs.getLong(2);
        }
    }

    private static PlannedUser user(String login, String lastName) {
        return new PlannedUser(login, login.toLowerCase(java.util.Locale.ROOT) + "@example.org",
                new PersonName("Per", lastName), "MUSIT-migration: USR=" + login);
    }
}
