package io.github.musit2specify.flow.users;

import io.github.musit2specify.config.Env;
import io.github.musit2specify.testkit.EmbeddedMariaDb;
import io.github.musit2specify.testkit.MusitSource;
import io.github.musit2specify.testkit.SpecifyDump;
import io.github.musit2specify.testkit.SpecifyTestDatabase;
import io.github.musit2specify.testkit.UserRow;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Specify's rule that a login has its agent in every division: from Specify's bootstrap (spadmin and
 * ola in Biology) plus a division nobody has an agent in yet, the users flow gives every login a copy
 * of its first agent in every division; a re-run adds only the copies still missing.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class UsersAgentCopiesTest {
    private static final String LOGINS_WITHOUT_EXACTLY_ONE_AGENT_PER_DIVISION = "SELECT COUNT(*) FROM specifyuser u "
            + "CROSS JOIN division d WHERE (SELECT COUNT(*) FROM agent a WHERE a.SpecifyUserID = u.SpecifyUserID "
            + "AND a.DivisionID = d.UserGroupScopeId) <> 1";
    private static SpecifyTestDatabase specify;
    private static MusitSource musit;
    private static Env env;

    @BeforeAll
    static void setUp() throws SQLException {
        specify = EmbeddedMariaDb.shared().createDatabase("users_agent_copies", SpecifyDump.BOOTSTRAP,
                SpecifyDump.SECOND_LOGIN);
        addDivision("Geology/paleontology");
        musit = MusitSource.inMemory("users_agent_copies");
        musit.insertUsers(List.of(
                new UserRow("kari", "Kari Nordmann", "kari@example.org", null, null, null, null, null, null, null, null),
                new UserRow("per", "Per Hansen", null, null, null, null, null, null, null, null, null)));
        env = Env.of(specify.env(), musit.env("IT"));
    }

    @AfterAll
    static void tearDown() {
        musit.close();
    }

    @Test
    @Order(1)
    void aDryRunAddsNoAgent() {
        long agents = specify.count("SELECT COUNT(*) FROM agent");

        Map<String, Object> dry = UsersFlow.create(env, "IT", true).execute("20260410T120000Z");

        assertThat(dry.get("agents_linked")).isEqualTo(0);
        assertThat(specify.count("SELECT COUNT(*) FROM agent")).isEqualTo(agents);
    }

    @Test
    @Order(2)
    void everyLoginGetsItsAgentInEveryDivision() {
        Map<String, Object> live = UsersFlow.create(env, "IT", false).execute("20260410T120001Z");

        assertThat(live.get("users_created")).isEqualTo(2);
        assertThat(live.get("agents_created")).isEqualTo(2);
        // 2 new agents in Biology, and a copy of all 4 logins' agents in the second division
        assertThat(live.get("agents_linked")).isEqualTo(2 + 4);
        assertThat(specify.count(LOGINS_WITHOUT_EXACTLY_ONE_AGENT_PER_DIVISION)).isZero();
        assertThat(specify.count("SELECT COUNT(*) FROM agent a JOIN agent f ON f.SpecifyUserID = a.SpecifyUserID"
                + " JOIN division d ON d.UserGroupScopeId = a.DivisionID JOIN specifyuser u ON u.SpecifyUserID = a.SpecifyUserID"
                + " WHERE d.Name = 'Geology/paleontology' AND f.DivisionID = 1 AND u.Name = 'kari'"
                + " AND a.FirstName = 'Kari' AND a.LastName = 'Nordmann' AND a.Email = 'kari@example.org'"
                + " AND a.AgentType = 1 AND a.GUID IS NOT NULL AND a.GUID <> f.GUID")).isEqualTo(1);
        assertThat(specify.count("SELECT COUNT(*) FROM agent a JOIN specifyuser u ON u.SpecifyUserID = a.SpecifyUserID"
                + " WHERE u.Name = 'spadmin' AND a.DivisionID = 2 AND a.FirstName = 'Spec' AND a.LastName = 'Admin'"))
                .isEqualTo(1);
    }

    @Test
    @Order(3)
    void aReRunAddsOnlyTheCopiesStillMissing() throws SQLException {
        long agents = specify.count("SELECT COUNT(*) FROM agent");
        Map<String, Object> again = UsersFlow.create(env, "IT", false).execute("20260410T120002Z");
        assertThat(again.get("users_skipped")).isEqualTo(2);
        assertThat(again.get("agents_linked")).isEqualTo(0);
        assertThat(specify.count("SELECT COUNT(*) FROM agent")).isEqualTo(agents);

        addDivision("Kulturhistorie");
        Map<String, Object> third = UsersFlow.create(env, "IT", false).execute("20260410T120003Z");

        assertThat(third.get("agents_linked")).isEqualTo(4);
        assertThat(specify.count("SELECT COUNT(*) FROM agent")).isEqualTo(agents + 4);
        assertThat(specify.count(LOGINS_WITHOUT_EXACTLY_ONE_AGENT_PER_DIVISION)).isZero();
    }

    /** A division made outside Specify's setup, so no login has an agent there yet. */
    private static void addDivision(String name) throws SQLException {
        try (Connection c = specify.connect(); Statement s = c.createStatement()) {
            s.executeUpdate("INSERT INTO division (Name, Abbrev, InstitutionID, TimestampCreated, TimestampModified, version)"
                    + " VALUES ('" + name + "', '', 1, NOW(), NOW(), 0)");
        }
    }
}
