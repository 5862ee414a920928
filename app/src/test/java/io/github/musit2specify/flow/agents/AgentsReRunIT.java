package io.github.musit2specify.flow.agents;

import io.github.musit2specify.config.Env;
import io.github.musit2specify.flow.FlowResult;
import io.github.musit2specify.flow.FlowRunner;
import io.github.musit2specify.report.ReportPublisher;
import io.github.musit2specify.testkit.EmbeddedMariaDb;
import io.github.musit2specify.testkit.MusitSource;
import io.github.musit2specify.testkit.SpecifyTestDatabase;
import io.github.musit2specify.testkit.SyntheticMusit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;

/** Re-runs and resumed runs of migrate-musit-agents: names are read only for the actors still to migrate. */
class AgentsReRunIT {
    private static final String BOT = "MUSIT_BOTANIKK_FELLES";
    private static final String PROFILE = "IT";
    private static final String BOT_MARKERS = "MUSIT-migration: ACTOR; schema=" + BOT + "; ACTOR\\_ID=%";
    private static final String ACTOR_ID_OF_MARKER =
            "CAST(SUBSTRING_INDEX(SUBSTRING_INDEX(Remarks, 'ACTOR_ID=', -1), ';', 1) AS UNSIGNED)";
    private static final List<String> SOURCE_COUNTERS = List.of("oracle_actors_extracted", "oracle_rows_per_schema",
            "oracle_actor_type_counts", "schemas_processed");

    private SpecifyTestDatabase specify;
    private MusitSource musit;
    private Env env;
    private int actors;

    @BeforeEach
    void setUp(TestInfo info) {
        String name = "rerun_" + info.getTestMethod().orElseThrow().getName().toLowerCase();
        specify = EmbeddedMariaDb.shared().createSpecifyDatabase(name.length() > 60 ? name.substring(0, 60) : name);
        musit = MusitSource.inMemory(name);
        env = Env.of(specify.env(), musit.env(PROFILE));
        actors = new SyntheticMusit(23).generate(musit, 1_500, 0, false).actors();
    }

    @AfterEach
    void tearDown() {
        musit.close();
    }

    @Test
    void aReRunOfMigratedActorsNeverReadsPersonNameAndCountsAsTheFirstRun() throws SQLException {
        FlowResult first = run();
        try (Connection c = musit.connect(); Statement st = c.createStatement()) {
            for (String schema : MusitSource.ACTOR_SCHEMAS) {
                st.execute("DROP TABLE " + schema + ".PERSON_NAME CASCADE");
            }
        }
        FlowResult again = run();
        assertThat(again.<List<String>>field("errors")).isEmpty();
        assertThat(again.<Number>field("agents_created").longValue()).isZero();
        assertThat(again.<Number>field("agents_skipped").longValue()).isEqualTo(actors);
        for (String counter : SOURCE_COUNTERS) {
            assertThat((Object) again.field(counter)).as(counter).isEqualTo(first.field(counter));
        }
        assertThat(first.<Number>field("oracle_actors_extracted").longValue()).isEqualTo(actors);
    }

    @Test
    void aRunResumedAfterTheFirstHalfWritesTheAgentsOfAFullRun() throws SQLException {
        resumesLikeAFullRun(ACTOR_ID_OF_MARKER + " > (SELECT * FROM (SELECT AVG(" + ACTOR_ID_OF_MARKER + ") FROM agent"
                + " WHERE Remarks LIKE '" + BOT_MARKERS + "') AS half)");
    }

    @Test
    void aRunWhoseUnmigratedActorsLieBetweenMigratedOnesWritesTheAgentsOfAFullRun() throws SQLException {
        resumesLikeAFullRun("(" + ACTOR_ID_OF_MARKER + " % 3 = 1 OR " + ACTOR_ID_OF_MARKER + " % 11 = 0)");
    }

    /** Full run, then the botany agents matching {@code condition} deleted (as if never written), then a run again. */
    private void resumesLikeAFullRun(String condition) throws SQLException {
        run();
        Map<String, String> full = agents();
        long deleted;
        try (Connection c = specify.connect(); Statement st = c.createStatement()) {
            deleted = st.executeUpdate("DELETE FROM agent WHERE Remarks LIKE '" + BOT_MARKERS + "' AND " + condition);
        }
        assertThat(deleted).isBetween(100L, actors - 100L);
        FlowResult resumed = run();
        assertThat(resumed.<Number>field("agents_created").longValue()).isEqualTo(deleted);
        assertThat(resumed.<Number>field("agents_skipped").longValue()).isEqualTo(actors - deleted);
        assertThat(agents()).isEqualTo(full);
    }

    private FlowResult run() {
        return new FlowRunner(ReportPublisher.fromEnv(Env.of(Map.of())), Clock.systemUTC())
                .run(AgentsFlow.create(env, new AgentsParameters(PROFILE, false, null)));
    }

    /** Migrated agents by marker: every mapped column. */
    private Map<String, String> agents() throws SQLException {
        Map<String, String> rows = new TreeMap<>();
        try (Connection c = specify.connect();
             PreparedStatement ps = c.prepareStatement("SELECT Remarks, AgentType, FirstName, LastName, MiddleInitial,"
                     + " Title, Email, DateOfBirth, DateOfDeath, DivisionID FROM agent WHERE Remarks LIKE 'MUSIT-migration: ACTOR;%'");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                StringBuilder row = new StringBuilder();
                for (int i = 2; i <= 10; i++) {
                    row.append(rs.getString(i)).append('|');
                }
                rows.put(rs.getString(1), row.toString());
            }
        }
        assertThat(rows).hasSize(actors);
        return rows;
    }
}
