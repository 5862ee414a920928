package io.github.musit2specify.flow.users;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import io.github.musit2specify.cli.Main;
import io.github.musit2specify.config.ConfigErrors;
import io.github.musit2specify.config.Env;
import io.github.musit2specify.error.ErrorCode;
import io.github.musit2specify.error.MigrationException;
import io.github.musit2specify.flow.FlowLock;
import io.github.musit2specify.json.Json;
import io.github.musit2specify.specify.SpecifyDatabase;
import io.github.musit2specify.specify.SpecifySettings;
import io.github.musit2specify.testkit.EmbeddedMariaDb;
import io.github.musit2specify.testkit.GroupRow;
import io.github.musit2specify.testkit.MembershipRow;
import io.github.musit2specify.testkit.MusitSource;
import io.github.musit2specify.testkit.SpecifyTestDatabase;
import io.github.musit2specify.testkit.UserRow;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The `run migrate-users` verb end to end, the flow lock, and the failures before any write. */
class MigrateUsersCommandTest {
    private static SpecifyTestDatabase specify;
    private static MusitSource musit;
    private static Map<String, String> vars;

    @BeforeAll
    static void setUp() {
        specify = EmbeddedMariaDb.shared().createSpecifyDatabase("users_cli");
        musit = MusitSource.inMemory("users_cli");
        musit.insertGroups(List.of(new GroupRow(1, "Administrasjon", "NHM", null), new GroupRow(2, "Gjest", null, null)));
        musit.insertUsers(List.of(
                new UserRow("ola", "Nordmann, Ola", "ola@nhm.no", "22851600", "NHM", "ola@uio.no", "ola.feide@uio.no",
                        "Postboks 1172", "J", null, "secret"),
                new UserRow("kari", "Kari Nordmann", "kari@nhm.no", null, null, null, null, null, null, null, null)));
        musit.insertMemberships(List.of(new MembershipRow(1, "ola", 1L, "J"), new MembershipRow(2, "kari", 2L, "n")));
        vars = new HashMap<>(specify.env());
        vars.putAll(musit.env("PROD"));
    }

    @AfterAll
    static void tearDown() {
        musit.close();
    }

    @Test
    void liveRunPrintsExactlyOneJsonObjectWithTheReportCounters() {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();

        int exit = Main.run(Env.of(vars), new PrintWriter(out), new PrintWriter(err),
                "run", "migrate-users", "--dry-run=false", "--json");

        assertThat(exit).as("stderr: %s", err).isZero();
        JsonNode result = readJson(out.toString());
        assertThat(result.get("flow").asText()).isEqualTo("migrate_users");
        assertThat(result.get("dry_run").asBoolean()).isFalse();
        assertThat(result.get("oracle_env").asText()).isEqualTo("PROD");
        assertThat(result.get("users_created").asInt()).isEqualTo(2);
        assertThat(result.get("agents_created").asInt()).isEqualTo(2);
        assertThat(result.get("agents_linked").asInt()).isEqualTo(2);
        assertThat(result.get("users_skipped").asInt()).isZero();
        assertThat(result.get("errors")).isEmpty();
        assertThat(result.get("group_to_museum_mapping").toString())
                .isEqualTo("[{\"museum\":\"(none)\",\"groups\":[\"Gjest\"]},{\"museum\":\"NHM\",\"groups\":[\"Administrasjon\"]}]");
        assertThat(result.get("report_uploaded").asBoolean()).isFalse();
        assertThat(result.get("key").asText()).contains("application-users-usd-metadata-brukarar/");
        assertThat(out.toString()).doesNotContain("@").doesNotContain("22851600");
    }

    @Test
    void aSecondRunWhileTheLockIsHeldFailsAtOnceWithLockHeld() {
        SpecifySettings settings = SpecifySettings.fromEnv(Env.of(vars), new ConfigErrors());
        try (SpecifyDatabase db = SpecifyDatabase.open(settings);
             FlowLock held = FlowLock.acquire(db, "migrate_users")) {
            assertThat(held.name()).contains("migrate_users");
            assertThatThrownBy(() -> UsersFlow.create(Env.of(vars), "PROD", true).execute("20260410T120000Z"))
                    .isInstanceOfSatisfying(MigrationException.class,
                            e -> assertThat(e.errorCode()).isEqualTo(ErrorCode.LOCK_HELD));

            StringWriter out = new StringWriter();
            int exit = Main.run(Env.of(vars), new PrintWriter(out), new PrintWriter(new StringWriter()),
                    "run", "migrate-users", "--oracle-env", "prod", "--json");
            assertThat(exit).isEqualTo(1);
            assertThat(readJson(out.toString()).get("errorCode").asText()).isEqualTo("LOCK_HELD");
        }
    }

    @Test
    void helpNamesTheOptions() {
        StringWriter out = new StringWriter();

        int exit = Main.run(Env.of(Map.of()), new PrintWriter(out), new PrintWriter(new StringWriter()),
                "run", "migrate-users", "--help");

        assertThat(exit).isZero();
        assertThat(out.toString()).contains("migrate-users", "--oracle-env", "--dry-run", "--json");
    }

    @Test
    void missingSettingsAreNamedTogetherWithExitCode2() {
        StringWriter err = new StringWriter();

        int exit = Main.run(Env.of(Map.of()), new PrintWriter(new StringWriter()), new PrintWriter(err),
                "run", "migrate-users", "--oracle-env", "test");

        assertThat(exit).isEqualTo(2);
        assertThat(err.toString()).contains("ORACLE_TEST_USER", "ORACLE_TEST_PASSWORD", "ORACLE_TEST_HOST",
                "ORACLE_TEST_SERVICE", "APP_USER_PASSWORD");
    }

    @Test
    void aSpecifyDatabaseWithoutDivisionFailsTheRunWithTheClearMessage() {
        SpecifyTestDatabase empty = EmbeddedMariaDb.shared().createEmptySpecifyDatabase("users_cli_no_division");
        Map<String, String> emptyVars = new HashMap<>(vars);
        emptyVars.putAll(empty.env());

        assertThatThrownBy(() -> UsersFlow.create(Env.of(emptyVars), "PROD", true).execute("20260410T120000Z"))
                .isInstanceOfSatisfying(MigrationException.class, e -> {
                    assertThat(e.errorCode()).isEqualTo(ErrorCode.SPECIFY_STATE);
                    assertThat(e.getMessage()).contains("must be initialised first");
                });
        assertThat(empty.count("SELECT COUNT(*) FROM specifyuser")).isZero();
    }

    /** The one JSON object printed on stdout (fails when there is anything else). */
    private static JsonNode readJson(String stdout) {
        List<JsonNode> objects = new ArrayList<>();
        try (MappingIterator<JsonNode> it = Json.MAPPER.readerFor(JsonNode.class).readValues(stdout)) {
            it.forEachRemaining(objects::add);
        } catch (java.io.IOException e) {
            throw new AssertionError("stdout is not JSON: " + stdout, e);
        }
        assertThat(objects).hasSize(1);
        assertThat(objects.get(0).isObject()).isTrue();
        return objects.get(0);
    }
}
