package io.github.musit2specify.flow.users;

import io.github.musit2specify.config.Env;
import io.github.musit2specify.testkit.EmbeddedMariaDb;
import io.github.musit2specify.testkit.MusitSource;
import io.github.musit2specify.testkit.SpecifyTestDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import java.sql.Connection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Migrate Users on a production-shaped MUSIT: dry run, live run, re-run (in that order, on one database). */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class UsersFlowIntegrationTest {
    private static final int USERS = 3_000;
    private static SpecifyTestDatabase specify;
    private static MusitSource musit;
    private static UserFixtures.Fixture fixture;
    private static Env env;

    /** Logins and agents of Specify's guided setup (spadmin), there before the test adds any. */
    private static long setUpLogins;
    private static long setUpAgents;

    @BeforeAll
    static void setUp() throws Exception {
        specify = EmbeddedMariaDb.shared().createSpecifyDatabase("users_flow_it");
        setUpLogins = specify.count("SELECT COUNT(*) FROM specifyuser");
        setUpAgents = specify.count("SELECT COUNT(*) FROM agent");
        musit = MusitSource.inMemory("users_flow_it");
        fixture = UserFixtures.productionShaped(USERS, 20260410L);
        fixture.insertInto(musit);
        try (Connection c = specify.connect()) {
            UserFixtures.createExistingLogins(c, fixture.existingLogins());
        }
        env = Env.of(specify.env(), musit.env("IT"));
    }

    @AfterAll
    static void tearDown() {
        musit.close();
    }

    @Test
    @Order(1)
    void dryRunPredictsTheLiveRunWhichWritesEachLoginWithItsAgentAndARerunCreatesNothing() {
        Map<String, Object> dry = run(true);
        assertThat(specify.count("SELECT COUNT(*) FROM specifyuser")).isEqualTo(setUpLogins + fixture.existingLogins().size());
        assertThat(specify.count("SELECT COUNT(*) FROM agent")).isEqualTo(setUpAgents + fixture.existingLogins().size());

        long start = System.nanoTime();
        Map<String, Object> live = run(false);
        long millis = (System.nanoTime() - start) / 1_000_000;
        System.out.printf("Migrate Users live run: %d users in %d ms (%d created)%n",
                fixture.nonBlankUsers(), millis, (Integer) live.get("users_created"));

        assertThat(List.copyOf(live.keySet())).containsExactly("users_created", "users_skipped", "agents_created",
                "agents_linked", "errors", "group_to_museum_mapping");
        assertThat(live.get("users_created")).isEqualTo(fixture.expectedCreated());
        assertThat(live.get("agents_created")).isEqualTo(live.get("users_created"));
        assertThat(live.get("agents_linked")).isEqualTo(live.get("users_created"));
        assertThat(live.get("users_skipped")).isEqualTo(fixture.expectedSkipped());
        assertThat(errors(live)).hasSize(fixture.badLogins().size());
        for (String login : fixture.badLogins()) {
            assertThat(errors(live)).anyMatch(line -> line.startsWith("Error migrating user '" + login + "': "));
        }
        assertThat(errors(live)).anyMatch(line -> line.contains("agent.FirstName") && line.contains("at most 50"))
                .anyMatch(line -> line.contains("agent.Email") && line.contains("at most 50"))
                .noneMatch(line -> line.contains("@"));

        assertThat(dry.get("users_created")).isEqualTo(live.get("users_created"));
        assertThat(dry.get("users_skipped")).isEqualTo(live.get("users_skipped"));
        assertThat(dry.get("agents_created")).isEqualTo(live.get("agents_created"));
        assertThat(dry.get("agents_linked")).isEqualTo(0);
        assertThat(dry.get("errors")).isEqualTo(live.get("errors"));
        assertThat(dry.get("group_to_museum_mapping")).isEqualTo(live.get("group_to_museum_mapping"));

        assertThat(specify.count("SELECT COUNT(*) FROM specifyuser"))
                .isEqualTo(setUpLogins + fixture.existingLogins().size() + fixture.expectedCreated());
        assertThat(specify.count("SELECT COUNT(*) FROM specifyuser u WHERE NOT EXISTS"
                + " (SELECT 1 FROM agent a WHERE a.SpecifyUserID = u.SpecifyUserID)")).isZero();
        assertThat(specify.count("SELECT COUNT(*) FROM agent WHERE Remarks LIKE 'MUSIT-migration: USR=%'"
                + " AND AgentType = 1 AND SpecifyUserID IS NOT NULL"
                + " AND DivisionID = (SELECT MIN(UserGroupScopeId) FROM division)")).isEqualTo(fixture.expectedCreated());
        for (String login : fixture.badLogins()) {
            assertThat(specify.count("SELECT COUNT(*) FROM specifyuser WHERE Name = ?", login)).isZero();
        }

        Map<String, Object> rerun = run(false);
        assertThat(rerun.get("users_created")).isEqualTo(0);
        assertThat(rerun.get("agents_created")).isEqualTo(0);
        assertThat(rerun.get("users_skipped")).isEqualTo(fixture.nonBlankUsers() - fixture.badLogins().size());
        assertThat(rerun.get("errors")).isEqualTo(live.get("errors"));
        assertThat(specify.count("SELECT COUNT(*) FROM specifyuser"))
                .isEqualTo(setUpLogins + fixture.existingLogins().size() + fixture.expectedCreated());
    }

    @Test
    @Order(2)
    void migratedLoginsHaveUnusablePasswordsAndTheRequiredColumns() {
        long migrated = specify.count("SELECT COUNT(*) FROM specifyuser u JOIN agent a ON a.SpecifyUserID = u.SpecifyUserID"
                + " WHERE a.Remarks LIKE 'MUSIT-migration: USR=%'");
        assertThat(migrated).isEqualTo(fixture.expectedCreated());
        // Specify hex-decodes the stored value to check a password: a non-hex value matches no password.
        assertThat(specify.count("SELECT COUNT(*) FROM specifyuser u JOIN agent a ON a.SpecifyUserID = u.SpecifyUserID"
                + " WHERE a.Remarks LIKE 'MUSIT-migration: USR=%' AND u.Password REGEXP '^[0-9A-Fa-f]*$'")).isZero();
        assertThat(specify.count("SELECT COUNT(DISTINCT u.Password) FROM specifyuser u JOIN agent a"
                + " ON a.SpecifyUserID = u.SpecifyUserID WHERE a.Remarks LIKE 'MUSIT-migration: USR=%'")).isEqualTo(migrated);
        assertThat(specify.count("SELECT COUNT(*) FROM specifyuser WHERE Password LIKE ?",
                "%" + UserFixtures.EKSTERN_PASSORD + "%")).isZero();
        assertThat(specify.count("SELECT COUNT(*) FROM specifyuser u JOIN agent a ON a.SpecifyUserID = u.SpecifyUserID"
                + " WHERE a.Remarks LIKE 'MUSIT-migration: USR=%' AND u.UserType = 'Manager' AND u.IsLoggedIn = 0"
                + " AND u.IsLoggedInReport = 0 AND u.TimestampCreated IS NOT NULL AND u.Version = 0"
                + " AND a.TimestampCreated IS NOT NULL AND a.Version = 0")).isEqualTo(fixture.expectedCreated());
        // usr00000: "Nordmann-like, Given" comma form, Feide e-mail chosen, remarks with FEIDE and institution
        assertThat(specify.count("SELECT COUNT(*) FROM specifyuser u JOIN agent a ON a.SpecifyUserID = u.SpecifyUserID"
                + " WHERE u.Name = 'usr00000' AND u.EMail LIKE '%@uio.no' AND a.Email = u.EMail"
                + " AND a.Remarks = 'MUSIT-migration: USR=usr00000; FEIDE=usr00000@uio.no; institution=Naturhistorisk museum; admin=J'"))
                .isEqualTo(1);
    }

    private static Map<String, Object> run(boolean dryRun) {
        return UsersFlow.create(env, "it", dryRun).execute("20260410T120000Z");
    }

    @SuppressWarnings("unchecked")
    private static List<String> errors(Map<String, Object> fields) {
        return (List<String>) fields.get("errors");
    }
}
