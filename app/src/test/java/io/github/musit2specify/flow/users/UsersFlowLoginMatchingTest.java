package io.github.musit2specify.flow.users;

import io.github.musit2specify.config.Env;
import io.github.musit2specify.testkit.EmbeddedMariaDb;
import io.github.musit2specify.testkit.SpecifyBootstrap;
import io.github.musit2specify.testkit.MusitSource;
import io.github.musit2specify.testkit.SpecifyTestDatabase;
import io.github.musit2specify.testkit.UserRow;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Logins are matched as Specify's database collates names, existing ones and between users of one run. */
class UsersFlowLoginMatchingTest {
    private static SpecifyTestDatabase specify;
    private static MusitSource musit;
    private static Env env;

    @BeforeAll
    static void setUp() throws Exception {
        specify = EmbeddedMariaDb.shared().createSpecifyDatabase("users_login_matching");
        musit = MusitSource.inMemory("users_login_matching");
        musit.insertUsers(List.of(
                user("OLA", "Ola Nordmann"),
                user("ola", "Ola Nordmann"),
                user("Åse", "Åse Ødegård"),
                user("ase", "Ase Odegard"),
                user("kari", "Kari Nordmann"),
                user("PER", "Et Altfor Langt Fornavn Som Ikke Får Plass I Kolonnen Hansen"),
                user("per", "Per Hansen"),
                user(" siri ", "Siri Lie")));
        try (Connection c = specify.connect()) {
            UserFixtures.createExistingLogins(c, List.of("Kari"));
        }
        env = Env.of(specify.env(), musit.env("IT"));
    }

    @AfterAll
    static void tearDown() {
        musit.close();
    }

    @Test
    void oneLoginPerCollatedNameInDryAndLiveRuns() {
        Map<String, Object> dry = UsersFlow.create(env, "IT", true).execute("20260410T120000Z");
        Map<String, Object> live = UsersFlow.create(env, "IT", false).execute("20260410T120001Z");

        for (Map<String, Object> fields : List.of(dry, live)) {
            assertThat(fields.get("users_created")).isEqualTo(4); // OLA, Åse, per, siri
            assertThat(fields.get("users_skipped")).isEqualTo(3); // ola, ase, kari
            assertThat(fields.get("agents_created")).isEqualTo(4);
            assertThat(fields.get("errors")).isEqualTo(List.of(
                    "Error migrating user 'PER': agent.FirstName is 53 characters long; the column allows at most 50"));
        }
        assertThat(live.get("agents_linked")).isEqualTo(4);
        assertThat(specify.count("SELECT COUNT(*) FROM specifyuser WHERE Name = 'ola'")).isEqualTo(1);
        assertThat(specify.count("SELECT COUNT(*) FROM specifyuser WHERE BINARY Name = 'OLA'")).isEqualTo(1);
        assertThat(specify.count("SELECT COUNT(*) FROM specifyuser WHERE Name = 'Åse'")).isEqualTo(1); // Åse or ase, by USR order
        assertThat(specify.count("SELECT COUNT(*) FROM specifyuser WHERE BINARY Name = 'per'")).isEqualTo(1);
        assertThat(specify.count("SELECT COUNT(*) FROM specifyuser WHERE BINARY Name = 'siri'")).isEqualTo(1);
        assertThat(specify.count("SELECT COUNT(*) FROM specifyuser WHERE Name <> ?", SpecifyBootstrap.ADMIN_LOGIN)).isEqualTo(5);
    }

    private static UserRow user(String usr, String namn) {
        return new UserRow(usr, namn, null, null, null, null, null, null, null, null, null);
    }
}
