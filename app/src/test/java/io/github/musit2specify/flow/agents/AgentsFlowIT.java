package io.github.musit2specify.flow.agents;

import io.github.musit2specify.cli.Main;
import io.github.musit2specify.config.Env;
import io.github.musit2specify.error.ErrorCode;
import io.github.musit2specify.error.MigrationException;
import io.github.musit2specify.flow.FlowLock;
import io.github.musit2specify.flow.FlowResult;
import io.github.musit2specify.flow.FlowRunner;
import io.github.musit2specify.report.ReportPublisher;
import io.github.musit2specify.testkit.ActorRow;
import io.github.musit2specify.testkit.EmbeddedMariaDb;
import io.github.musit2specify.testkit.MusitSource;
import io.github.musit2specify.testkit.PersonNameRow;
import io.github.musit2specify.testkit.SpecifyTestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** migrate-musit-agents on the embedded Specify schema (MariaDB) with MUSIT in H2 (Oracle mode). */
class AgentsFlowIT {
    /** Agents this flow writes; Specify's set-up agents (spadmin's) are not counted. */
    private static final String MIGRATED_AGENTS = "SELECT COUNT(*) FROM agent WHERE Remarks LIKE 'MUSIT-migration: ACTOR;%'";

    private static final String BOT = "MUSIT_BOTANIKK_FELLES";
    private static final String ENT = "MUSIT_ZOOLOGI_ENTOMOLOGI";
    private static final String PROFILE = "IT";

    private SpecifyTestDatabase specify;
    private MusitSource musit;
    private Env env;

    @BeforeEach
    void setUp(TestInfo info) {
        String name = "agents_" + info.getTestMethod().orElseThrow().getName().toLowerCase();
        specify = EmbeddedMariaDb.shared().createSpecifyDatabase(name.length() > 60 ? name.substring(0, 60) : name);
        musit = MusitSource.inMemory(name);
        env = Env.of(specify.env(), musit.env(PROFILE));
    }

    @AfterEach
    void tearDown() {
        musit.close();
    }

    private void edgeCaseActors() {
        musit.insertActors(BOT, List.of(
                new ActorRow(1, 0, "Nordmann, Ola", 10L, LocalDate.of(1850, 3, 1), LocalDate.of(1920, 12, 31),
                        " ola@example.no ", " Universitetet i Oslo ", "samlet i Finnmark"),
                new ActorRow(2, 0, "Two Names", null, null, null, null, null, null),
                new ActorRow(3, 0, "Bare Actorname", null, null, null, null, null, null),
                new ActorRow(4, null, null, null, null, null, null, null, null),
                new ActorRow(5, 1, "Norsk Botanisk Forening", null, null, null, null, null, null),
                new ActorRow(6, 2, null, null, null, null, null, null, null),
                new ActorRow(8, 0, "Long", 80L, null, null, "e".repeat(70) + "@x.no", "i".repeat(300), "n".repeat(700)),
                new ActorRow(12, 0, "Twelve", 120L, null, null, null, null, null)));
        musit.insertPersonNames(BOT, List.of(
                new PersonNameRow(10, 1, " Nordmann ", "Mellom", " Ola ", "Dr.", 1),
                new PersonNameRow(11, 1, "Variant", null, "Old", null, 2),
                new PersonNameRow(21, 2, "Later", null, "Second", null, 1),
                new PersonNameRow(20, 2, "Ødegård", null, "Åsmund", null, 1),
                new PersonNameRow(80, 8, "Lang", null, "G".repeat(60), null, 1),
                new PersonNameRow(120, 12, "Tolv", null, "Tolvsen", null, 1)));
        musit.insertActors(ENT, List.of(new ActorRow(1, 0, "Entomolog", 1L, null, null, null, null, null)));
        musit.insertPersonNames(ENT, List.of(new PersonNameRow(1, 1, "Müller", null, "José", null, 1)));
    }

    private FlowResult run(boolean dryRun) {
        return run(dryRun, null);
    }

    private FlowResult run(boolean dryRun, List<String> schemas) {
        return new FlowRunner(ReportPublisher.fromEnv(Env.of(Map.of())), Clock.systemUTC())
                .run(AgentsFlow.create(env, new AgentsParameters(PROFILE, dryRun, schemas)));
    }

    @Test
    void liveRunWritesTheExpectedColumns() throws Exception {
        edgeCaseActors();
        FlowResult result = run(false);

        assertThat(result.<Number>field("agents_created").longValue()).isEqualTo(9);
        assertThat(result.<Number>field("oracle_actors_extracted").longValue()).isEqualTo(9);
        assertThat(result.<Map<String, Object>>field("oracle_rows_per_schema"))
                .containsExactly(Map.entry(BOT, 8L), Map.entry(ENT, 1L));
        assertThat(result.<Map<String, Object>>field("oracle_actor_type_counts"))
                .containsExactly(Map.entry("0", 6L), Map.entry("1", 1L), Map.entry("2", 1L), Map.entry("null", 1L));
        assertThat(result.<List<String>>field("errors")).isEmpty();
        assertThat(result.<List<String>>field("schemas_processed")).containsExactly(BOT, ENT);
        assertThat(result.<Map<String, Object>>field("values_truncated")).containsExactly(Map.entry("FirstName", 1L),
                Map.entry("LastName", 0L), Map.entry("MiddleInitial", 0L), Map.entry("Title", 0L),
                Map.entry("Remarks.institution", 1L), Map.entry("Remarks.oracle_note", 1L));
        assertThat(result.<Number>field("emails_left_out_too_long").longValue()).isEqualTo(1);

        Map<String, Object> ola = agent(BOT, 1);
        assertThat(ola).containsEntry("AgentType", 1L).containsEntry("FirstName", "Ola")
                .containsEntry("LastName", "Nordmann").containsEntry("MiddleInitial", "Mellom")
                .containsEntry("Title", "Dr.").containsEntry("Email", "ola@example.no")
                .containsEntry("DateOfBirth", java.sql.Timestamp.valueOf("1850-03-01 00:00:00")) // datetime(6) in Specify 7.12
                .containsEntry("DateOfDeath", java.sql.Timestamp.valueOf("1920-12-31 00:00:00"))
                .containsEntry("SpecifyUserID", null)
                .containsEntry("Remarks", "MUSIT-migration: ACTOR; schema=" + BOT
                        + "; ACTOR_ID=1; institution=Universitetet i Oslo; oracle_note=samlet i Finnmark");
        assertThat(ola.get("DivisionID")).isEqualTo(specify.count("SELECT MIN(UserGroupScopeId) FROM division"));
        assertThat(ola.get("TimestampCreated")).isNotNull();

        assertThat(agent(BOT, 2)).containsEntry("FirstName", "Åsmund").containsEntry("LastName", "Ødegård");
        assertThat(agent(BOT, 3)).containsEntry("FirstName", null).containsEntry("LastName", "Bare Actorname");
        assertThat(agent(BOT, 4)).containsEntry("AgentType", 1L).containsEntry("LastName", "(unknown)");
        assertThat(agent(BOT, 5)).containsEntry("AgentType", 0L).containsEntry("LastName", "Norsk Botanisk Forening");
        assertThat(agent(BOT, 6)).containsEntry("AgentType", 0L).containsEntry("LastName", "(organization)");
        Map<String, Object> longOne = agent(BOT, 8);
        assertThat((String) longOne.get("FirstName")).hasSize(50);
        assertThat(longOne.get("Email")).as("a 75-character address is left out, never cut").isNull();
        assertThat((String) longOne.get("Remarks")).contains("i".repeat(200) + "; oracle_note=" + "n".repeat(500))
                .doesNotContain("i".repeat(201));
        assertThat(agent(ENT, 1)).containsEntry("FirstName", "José").containsEntry("LastName", "Müller");
        assertThat(specify.count(MIGRATED_AGENTS)).isEqualTo(9);
    }

    @Test
    void secondRunCreatesNothingAndSkipsAll() {
        edgeCaseActors();
        run(false);
        FlowResult again = run(false);
        assertThat(again.<Number>field("agents_created").longValue()).isZero();
        assertThat(again.<Number>field("agents_skipped").longValue()).isEqualTo(9);
        assertThat(specify.count(MIGRATED_AGENTS)).isEqualTo(9);
    }

    @Test
    void dryRunPredictsTheLiveCountersAndWritesNothing() {
        edgeCaseActors();
        insertAgentWithRemarks("MUSIT-migration: ACTOR; schema=" + BOT + "; ACTOR_ID=1; institution=old value");
        FlowResult dry = run(true);
        assertThat(specify.count(MIGRATED_AGENTS)).isEqualTo(1);
        FlowResult live = run(false);
        for (String counter : List.of("oracle_actors_extracted", "oracle_rows_per_schema", "oracle_actor_type_counts",
                "agents_created", "agents_skipped", "agents_linked", "schemas_processed", "values_truncated",
                "emails_left_out_too_long", "errors")) {
            assertThat((Object) dry.field(counter)).as(counter).isEqualTo(live.field(counter));
        }
        assertThat(dry.report().metadata().dryRun()).isTrue();
        assertThat(live.<Number>field("agents_created").longValue()).isEqualTo(8);
    }

    @Test
    void markerFollowedByMoreRemarksCountsAsMigratedButActor1DoesNotMatchActor12() {
        edgeCaseActors();
        insertAgentWithRemarks("MUSIT-migration: ACTOR; schema=" + BOT + "; ACTOR_ID=1; institution=Universitetet i Oslo");
        FlowResult result = run(false, List.of(BOT));
        assertThat(result.<Number>field("agents_skipped").longValue()).isEqualTo(1);
        assertThat(result.<Number>field("agents_created").longValue()).isEqualTo(7);
        assertThat(specify.count("SELECT COUNT(*) FROM agent WHERE Remarks LIKE ?",
                "MUSIT-migration: ACTOR; schema=" + BOT + "; ACTOR_ID=12%")).isEqualTo(1);
        assertThat(specify.count("SELECT COUNT(*) FROM agent WHERE Remarks LIKE ?",
                "MUSIT-migration: ACTOR; schema=" + BOT + "; ACTOR_ID=1;%")).isEqualTo(1);
    }

    @Test
    void theSameActorIdInBothSchemasYieldsTwoAgents() {
        edgeCaseActors();
        run(false);
        assertThat(specify.count("SELECT COUNT(*) FROM agent WHERE Remarks LIKE '%; ACTOR_ID=1;%' OR Remarks LIKE '%; ACTOR_ID=1'"))
                .isEqualTo(2);
    }

    @Test
    void aRowTheDatabaseRejectsBecomesOneErrorLineWhileItsBatchNeighboursAreWritten() throws Exception {
        List<ActorRow> actors = new ArrayList<>();
        List<PersonNameRow> names = new ArrayList<>();
        for (int id = 1; id <= 2_500; id++) {
            actors.add(new ActorRow(id, 0, null, (long) id, null, null, null, null, null));
            names.add(new PersonNameRow(id, id, id == 1_234 ? "Reject Me" : "Person" + id, null, "Given", null, 1));
        }
        musit.insertActors(BOT, actors);
        musit.insertPersonNames(BOT, names);
        try (Connection c = specify.connect(); Statement st = c.createStatement()) {
            st.execute("CREATE TRIGGER reject_me BEFORE INSERT ON agent FOR EACH ROW "
                    + "IF NEW.LastName = 'Reject Me' THEN SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'rejected by test trigger'; END IF");
        }
        FlowResult result = run(false, List.of(BOT));
        assertThat(result.<List<String>>field("errors"))
                .containsExactly("Error migrating " + BOT + ".ACTOR_ID=1234: rejected by test trigger");
        assertThat(result.<Number>field("agents_created").longValue()).isEqualTo(2_499);
        assertThat(specify.count(MIGRATED_AGENTS)).isEqualTo(2_499);
        assertThat(specify.count("SELECT COUNT(*) FROM agent WHERE LastName IN ('Person1233', 'Person1235')")).isEqualTo(2);
    }

    @Test
    void noDivisionFailsWithAClearMessage() {
        specify = EmbeddedMariaDb.shared().createEmptySpecifyDatabase("agents_no_division");
        env = Env.of(specify.env(), musit.env(PROFILE));
        edgeCaseActors();
        assertThatThrownBy(() -> run(false))
                .isInstanceOf(MigrationException.class)
                .hasMessageContaining("must be initialised first")
                .extracting(e -> ((MigrationException) e).errorCode()).isEqualTo(ErrorCode.SPECIFY_STATE);
    }

    @Test
    void aSchemaOutsideTheWhitelistExitsWith2BeforeAnyConnection() {
        Map<String, String> unreachable = new HashMap<>(specify.env());
        unreachable.put("DATABASE_PORT", "1");
        StringWriter err = new StringWriter();
        int exit = Main.run(Env.of(unreachable), new PrintWriter(new StringWriter()), new PrintWriter(err),
                "run", "migrate-musit-agents", "--musit-schemas", "MUSIT_BOTANIKK_FELLES,SYS");
        assertThat(exit).isEqualTo(2);
        assertThat(err.toString()).contains("'SYS' is not allowed").doesNotContain("connect");
    }

    @Test
    void unreachableDatabasesFailWithExit1AndAHintNamingTheVariables() throws Exception {
        Map<String, String> closedSpecify = new HashMap<>(specify.env());
        closedSpecify.put("DATABASE_PORT", String.valueOf(closedPort()));
        StringWriter err = new StringWriter();
        int exit = Main.run(Env.of(closedSpecify, musit.env(PROFILE)), new PrintWriter(new StringWriter()),
                new PrintWriter(err), "run", "migrate-musit-agents", "--oracle-env", PROFILE);
        assertThat(exit).isEqualTo(1);
        assertThat(err.toString()).contains("cannot connect to the Specify database", "check DATABASE_HOST and DATABASE_PORT");

        // a password no random text contains: the driver's message carries a random base64 CONNECTION_ID
        Map<String, String> closedOracle = Map.of("ORACLE_GONE_USER", "musit", "ORACLE_GONE_PASSWORD", "Gone-Secret-7781",
                "ORACLE_GONE_HOST", "127.0.0.1", "ORACLE_GONE_PORT", String.valueOf(closedPort()), "ORACLE_GONE_SERVICE", "MUS");
        err = new StringWriter();
        exit = Main.run(Env.of(specify.env(), closedOracle), new PrintWriter(new StringWriter()), new PrintWriter(err),
                "run", "migrate-musit-agents", "--oracle-env", "gone");
        assertThat(exit).isEqualTo(1);
        assertThat(err.toString()).contains("cannot connect to MUSIT (Oracle profile GONE", "check ORACLE_GONE_HOST and ORACLE_GONE_PORT")
                .doesNotContain("Gone-Secret-7781");
    }

    private static int closedPort() throws java.io.IOException {
        try (java.net.ServerSocket socket = new java.net.ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    @Test
    void aConcurrentRunFailsAtOnceNamingTheLock() throws Exception {
        edgeCaseActors();
        String lock = FlowLock.lockName(specify.name(), "migrate_musit_agents");
        try (Connection holder = specify.connect(); PreparedStatement ps = holder.prepareStatement("SELECT GET_LOCK(?, 0)")) {
            ps.setString(1, lock);
            ps.executeQuery().close();
            StringWriter err = new StringWriter();
            long start = System.nanoTime();
            int exit = Main.run(env, new PrintWriter(new StringWriter()), new PrintWriter(err),
                    "run", "migrate-musit-agents", "--oracle-env", PROFILE, "--dry-run=false");
            assertThat(exit).isEqualTo(1);
            assertThat(err.toString()).contains(lock);
            assertThat(System.nanoTime() - start).as("fails at once, does not wait").isLessThan(20_000_000_000L);
        }
        assertThat(specify.count(MIGRATED_AGENTS)).isZero();
    }

    @Test
    void cliPrintsOneJsonObjectWithCountersKeyAndUploadState() throws Exception {
        edgeCaseActors();
        StringWriter out = new StringWriter();
        int exit = Main.run(env, new PrintWriter(out), new PrintWriter(new StringWriter()),
                "run", "migrate-musit-agents", "--oracle-env", PROFILE, "--json");
        assertThat(exit).isZero();
        Map<String, Object> json = io.github.musit2specify.json.Json.MAPPER.readValue(out.toString(),
                new com.fasterxml.jackson.core.type.TypeReference<Map<String, Object>>() { });
        assertThat(json).containsEntry("flow", "migrate_musit_agents").containsEntry("dry_run", true)
                .containsEntry("agents_created", 9).containsEntry("report_uploaded", false)
                .containsEntry("uploaded", List.of()).containsEntry("oracle_env", PROFILE);
        assertThat((String) json.get("key")).matches(
                "migration-reports/collection-agents-musit-actor-person-name/\\d{8}T\\d{6}Z/report.json");
    }

    private void insertAgentWithRemarks(String remarks) {
        try (Connection c = specify.connect();
             PreparedStatement ps = c.prepareStatement("INSERT INTO agent (TimestampCreated, Version, AgentType, LastName,"
                     + " Remarks, DivisionID) VALUES (NOW(), 0, 1, 'Existing', ?, (SELECT MIN(UserGroupScopeId) FROM division))")) {
            ps.setString(1, remarks);
            ps.executeUpdate();
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private Map<String, Object> agent(String schema, long actorId) throws Exception {
        try (Connection c = specify.connect();
             PreparedStatement ps = c.prepareStatement("SELECT AgentType, FirstName, LastName, MiddleInitial, Title, Email,"
                     + " DateOfBirth, DateOfDeath, Remarks, DivisionID, SpecifyUserID, TimestampCreated FROM agent"
                     + " WHERE Remarks = ? OR Remarks LIKE ?")) {
            String marker = MigrationMarker.of(schema, actorId);
            ps.setString(1, marker);
            ps.setString(2, marker + ";%");
            try (ResultSet rs = ps.executeQuery()) {
                assertThat(rs.next()).as("agent for %s.%d", schema, actorId).isTrue();
                Map<String, Object> row = new HashMap<>();
                for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
                    Object v = rs.getObject(i);
                    row.put(rs.getMetaData().getColumnLabel(i), v instanceof Number n ? (Object) n.longValue() : v);
                }
                assertThat(rs.next()).as("only one agent for %s.%d", schema, actorId).isFalse();
                return row;
            }
        }
    }
}
