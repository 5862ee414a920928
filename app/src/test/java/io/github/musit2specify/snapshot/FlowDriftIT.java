package io.github.musit2specify.snapshot;

import ch.qos.logback.classic.Level;
import io.github.musit2specify.cli.Main;
import io.github.musit2specify.config.Env;
import io.github.musit2specify.flow.agents.AgentsFlow;
import io.github.musit2specify.flow.agents.AgentsParameters;
import io.github.musit2specify.flow.users.UsersFlow;
import io.github.musit2specify.report.LogCapture;
import io.github.musit2specify.report.ReportPublisher;
import io.github.musit2specify.s3.S3ClientFactory;
import io.github.musit2specify.s3.S3Clients;
import io.github.musit2specify.s3.S3Settings;
import io.github.musit2specify.testkit.EmbeddedMariaDb;
import io.github.musit2specify.testkit.EmbeddedS3;
import io.github.musit2specify.testkit.MusitSource;
import io.github.musit2specify.testkit.OracleCatalogViews;
import io.github.musit2specify.testkit.SpecifyTestDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.s3.S3Client;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The agents and users flows warn (log and report) when the tables and columns they read differ from
 * the latest snapshot; the tables they do not read may change freely.
 */
class FlowDriftIT {
    static SpecifyTestDatabase specify;
    static MusitSource musit;
    static EmbeddedS3 s3;
    static Env env;

    @BeforeAll
    static void setUp() throws Exception {
        specify = EmbeddedMariaDb.shared().createSpecifyDatabase("flow_drift_it");
        musit = MusitSource.inMemory("flow-drift-it");
        OracleCatalogViews.install(musit);
        s3 = EmbeddedS3.shared();
        env = Env.of(specify.env(), musit.env("IT"), s3.env(s3.createUniqueBucket("flow-drift")));
        MusitSchemaSnapshot.create(env, "IT", List.of()).take(Clock.fixed(Instant.parse("2026-04-01T08:00:00Z"), ZoneOffset.UTC));
        try (Connection c = musit.connect(); Statement s = c.createStatement()) {
            s.execute("ALTER TABLE USD_METADATA.GRUPPE ALTER COLUMN MUSEUM VARCHAR2(20)");
            s.execute("ALTER TABLE USD_METADATA.BRUKARAR ADD NEW_COLUMN VARCHAR2(10)");          // not read by the flow
            s.execute("ALTER TABLE MUSIT_ZOOLOGI_ENTOMOLOGI.ACTOR ALTER COLUMN NOTE VARCHAR2(2000)");
            s.execute("ALTER TABLE MUSIT_ZOOLOGI_ENTOMOLOGI.GROUPMEMBERSHIP ADD NOTE VARCHAR2(10)"); // not read
        }
    }

    @AfterAll
    static void tearDown() {
        musit.close();
    }

    @Test
    void usersFlowWarnsAboutTheColumnItReadsThatChanged() {
        try (LogCapture logs = new LogCapture(SchemaDrift.class)) {
            Map<String, Object> fields = UsersFlow.create(env, "IT", true).execute("20260410T150000Z");
            String warning = "MUSIT schema drift since snapshot 20260401T080000Z: column USD_METADATA.GRUPPE.MUSEUM"
                    + " was VARCHAR2(4000) NULL, is VARCHAR2(20) NULL";
            assertThat(fields.get("warnings")).isEqualTo(List.of(warning));
            assertThat(logs.lines(Level.WARN)).containsExactly(warning);
        }
    }

    @Test
    void aLiveCliRunSharesOneS3ClientForPreflightDriftLookUpAndReportUpload() {
        S3Clients clients = S3Clients.invocation();
        clients.close();
        int before = clients.built();
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        try (LogCapture logs = new LogCapture(ReportPublisher.class)) {
            int exit = Main.run(env, new PrintWriter(out), new PrintWriter(err), "run", "migrate-users", "--oracle-env", "IT",
                    "--dry-run=false", "--json");
            assertThat(exit).as(err.toString()).isZero();
            assertThat(logs.lines(Level.INFO)).anyMatch(l -> l.startsWith("S3 preflight passed"))
                    .anyMatch(l -> l.startsWith("Migration report upload finished"));
        }
        assertThat(out.toString()).contains("MUSIT schema drift since snapshot");
        assertThat(clients.built() - before).as("S3 clients built by one run").isEqualTo(1);
        assertThat(clients.open()).as("closed when the invocation ends").isZero();
        S3Settings settings = S3Settings.fromEnv(env);
        try (S3Client client = S3ClientFactory.create(settings)) {
            assertThat(client.listObjectsV2(b -> b.bucket(settings.bucket().orElseThrow())
                    .prefix(settings.reportsRoot() + "/" + ReportPublisher.PREFLIGHT_FOLDER + "/")).contents())
                    .as("the preflight's object, deleted when the run ended").isEmpty();
        }
    }

    @Test
    void agentsFlowWarnsOnlyForTheSchemasItReads() {
        Map<String, Object> both = AgentsFlow.create(env, new AgentsParameters("IT", true,
                List.of("MUSIT_BOTANIKK_FELLES", "MUSIT_ZOOLOGI_ENTOMOLOGI"))).execute("20260410T150000Z");
        assertThat(both.get("warnings")).isEqualTo(List.of("MUSIT schema drift since snapshot 20260401T080000Z:"
                + " column MUSIT_ZOOLOGI_ENTOMOLOGI.ACTOR.NOTE was VARCHAR2(4000) NULL, is VARCHAR2(2000) NULL"));
        Map<String, Object> botany = AgentsFlow.create(env, new AgentsParameters("IT", true,
                List.of("MUSIT_BOTANIKK_FELLES"))).execute("20260410T150000Z");
        assertThat(botany).doesNotContainKey("warnings");
    }
}
