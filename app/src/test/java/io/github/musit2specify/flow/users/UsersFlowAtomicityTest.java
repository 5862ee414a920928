package io.github.musit2specify.flow.users;

import io.github.musit2specify.config.Env;
import io.github.musit2specify.testkit.EmbeddedMariaDb;
import io.github.musit2specify.testkit.MusitSource;
import io.github.musit2specify.testkit.SpecifyTestDatabase;
import io.github.musit2specify.testkit.UserRow;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The earlier implementation's defect: an agent insert failed after its login was saved, leaving a login
 * without an agent. Here the database refuses some agents (a trigger stands in for any failure the
 * validation cannot foresee): those users leave nothing behind, the rest of their chunk is written.
 */
class UsersFlowAtomicityTest {
    private static final int USERS = UserMigrator.CHUNK + 50;
    private static SpecifyTestDatabase specify;
    private static MusitSource musit;
    private static Env env;

    /** Logins of Specify's guided setup (spadmin), there before the test adds any. */
    private static long setUpLogins;

    @BeforeAll
    static void setUp() throws Exception {
        specify = EmbeddedMariaDb.shared().createSpecifyDatabase("users_atomicity");
        setUpLogins = specify.count("SELECT COUNT(*) FROM specifyuser");
        try (Connection c = specify.connect(); Statement s = c.createStatement()) {
            s.execute("CREATE TRIGGER refuse_some_agents BEFORE INSERT ON agent FOR EACH ROW BEGIN"
                    + " IF NEW.LastName = 'Avvist' THEN"
                    + " SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'agent refused by the test trigger';"
                    + " END IF; END");
        }
        musit = MusitSource.inMemory("users_atomicity");
        List<UserRow> users = new ArrayList<>();
        for (int i = 0; i < USERS; i++) {
            String lastName = i == 10 || i == UserMigrator.CHUNK + 5 ? "Avvist" : "Hansen";
            users.add(new UserRow(String.format("u%04d", i), "Per " + lastName, null, null, null, null, null, null,
                    null, null, null));
        }
        musit.insertUsers(users);
        env = Env.of(specify.env(), musit.env("IT"));
    }

    @AfterAll
    static void tearDown() {
        musit.close();
    }

    @Test
    @SuppressWarnings("unchecked")
    void aRefusedAgentLeavesNoLoginBehindAndTheRestOfItsChunkIsWritten() {
        Map<String, Object> live = UsersFlow.create(env, "IT", false).execute("20260410T120000Z");

        assertThat(live.get("users_created")).isEqualTo(USERS - 2);
        assertThat(live.get("agents_created")).isEqualTo(USERS - 2);
        assertThat(live.get("agents_linked")).isEqualTo(USERS - 2);
        assertThat((List<String>) live.get("errors")).hasSize(2)
                .anySatisfy(line -> assertThat(line).startsWith("Error migrating user 'u0010': ")
                        .contains("agent refused by the test trigger"))
                .anySatisfy(line -> assertThat(line)
                        .startsWith("Error migrating user '" + String.format("u%04d", UserMigrator.CHUNK + 5) + "': "));
        assertThat(specify.count("SELECT COUNT(*) FROM specifyuser")).isEqualTo(setUpLogins + USERS - 2);
        assertThat(specify.count("SELECT COUNT(*) FROM specifyuser WHERE Name IN ('u0010', ?)",
                String.format("u%04d", UserMigrator.CHUNK + 5))).isZero();
        assertThat(specify.count("SELECT COUNT(*) FROM specifyuser u WHERE NOT EXISTS"
                + " (SELECT 1 FROM agent a WHERE a.SpecifyUserID = u.SpecifyUserID)")).isZero();
    }
}
