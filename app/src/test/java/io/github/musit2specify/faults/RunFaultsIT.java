package io.github.musit2specify.faults;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.musit2specify.json.Json;
import io.github.musit2specify.testkit.ActorRow;
import io.github.musit2specify.testkit.PersonNameRow;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The faults of issue 11 on real components (embedded MariaDB with Specify's schema, S3Proxy, MUSIT in H2),
 * through the CLI in this JVM. Each case asserts the exit code, the report where it ended up (status,
 * counters, failure), that Specify holds exactly what the report says was written, and that a re-run then
 * completes without a duplicate. The cases needing a JVM of their own are in {@link ChildProcessFaultsIT}.
 */
class RunFaultsIT {
    private static final int ACTORS = 6_000;

    /** Row: DATABASE_NAME, DATABASE_HOST or APP_USER_NAME missing from the Secret. */
    @Test
    void aLiveRunNeedsItsSpecifyTargetNamedAndEveryReportNamesIt() throws Exception {
        try (FaultWorld world = new FaultWorld("unnamed", ACTORS)) {
            Map<String, String> unnamed = new HashMap<>(world.env());
            unnamed.keySet().removeAll(List.of("DATABASE_HOST", "DATABASE_NAME", "APP_USER_NAME"));

            Cli live = Cli.agents(unnamed, false);
            assertThat(live.exitCode()).as(live.err()).isEqualTo(2);
            assertThat(live.err()).contains("DATABASE_HOST, DATABASE_NAME, APP_USER_NAME are not set",
                    "live run (--dry-run=false)", "specify7-mariadb");
            assertThat(world.agentsWritten()).isZero();
            assertThat(world.uploadedReport(world.env())).as("nothing started, nothing to report").isEmpty();

            Cli config = Cli.run(unnamed, "config", "--oracle-env", FaultWorld.PROFILE);
            assertThat(config.out()).contains("specify7-mariadb:" + world.specify.port() + "/specify (default: DATABASE_HOST,"
                    + " DATABASE_NAME not set)", "bn_specify (default: APP_USER_NAME not set)", "Complete for dry runs only")
                    .doesNotContain("Complete.");

            // a dry run may use a default, says so, and its report names the database it tried
            Map<String, String> defaultName = new HashMap<>(world.env());
            defaultName.remove("DATABASE_NAME");
            Cli dry;
            try (EncodedLogs logs = new EncodedLogs()) {
                dry = Cli.agents(defaultName, true);
                assertThat(logs.text()).contains("Dry run with default Specify settings: DATABASE_NAME=specify",
                        "specify_database=" + world.specify.host() + ":" + world.specify.port() + "/specify");
            }
            assertThat(dry.exitCode()).as(dry.err()).isEqualTo(1);
            JsonNode failed = world.uploadedReport(world.env()).orElseThrow().getValue();
            assertThat(failed.path("status").asText()).isEqualTo("failed");
            assertThat(failed.path("specify_database").asText()).isEqualTo(world.specify.host() + ":" + world.specify.port() + "/specify");
            assertThat(failed.at("/failure/error_code").asText()).isEqualTo("SPECIFY_CONNECTION");
            assertThat(failed.at("/failure/hint").asText()).contains("re-run");

            JsonNode done = completesWithoutDuplicates(world, world.actors);
            assertThat(done.path("specify_database").asText()).isEqualTo(world.specify.host() + ":" + world.specify.port()
                    + "/" + world.specify.name());
            assertThat(done.path("oracle_database").asText()).startsWith("jdbc:h2:file:").doesNotContain("PASSWORD", ";");
        }
    }

    /** Row: the Specify connection killed mid-run. */
    @Test
    void killedSpecifyConnectionsEndInAFailedReportWithTheCountsReached() throws Exception {
        try (FaultWorld world = new FaultWorld("killed", ACTORS)) {
            world.stallInsertOf(world.botanyActorAt(3_500), 30);
            ExecutorService runThread = Executors.newSingleThreadExecutor();
            try {
                Future<Cli> running = runThread.submit(() -> Cli.agents(world.env(), false));
                world.awaitStalledInsert(Duration.ofSeconds(60));
                assertThat(world.killRunConnections()).isPositive();
                Cli run = running.get(120, TimeUnit.SECONDS);

                assertThat(run.exitCode()).as(run.err()).isEqualTo(1);
                assertThat(run.json().path("errorCode").asText()).isEqualTo("SPECIFY_WRITE");
                Map.Entry<String, JsonNode> uploaded = world.uploadedReport(world.env()).orElseThrow();
                assertThat(run.json().path("message").asText()).contains("report with status failed uploaded to s3://"
                        + world.bucket + "/" + uploaded.getKey());
                JsonNode report = uploaded.getValue();
                assertThat(report.path("status").asText()).isEqualTo("failed");
                assertThat(report.at("/failure/error_code").asText()).isEqualTo("SPECIFY_WRITE");
                assertThat(report.at("/failure/cause").asText()).contains("writing agents", world.specify.name());
                assertThat(report.at("/failure/hint").asText()).contains("re-run the same command");
                long created = report.path("agents_created").asLong(-1);
                // batches of 1,000 (the first one smaller): every batch before the one holding actor 3,500, not that one
                assertThat(created).as("the batches committed before the stalled one").isGreaterThan(3_500 - 1_000)
                        .isLessThan(3_500);
                assertThat(world.agentsWritten()).isEqualTo(created);
                assertThat(report.path("oracle_actors_extracted").asLong()).isBetween(created, (long) world.actors);
            } finally {
                runThread.shutdownNow();
                world.removeStall();
            }
            long committed = world.agentsWritten();
            JsonNode rerun = completesWithoutDuplicates(world, world.actors - committed);
            assertThat(rerun.path("agents_skipped").asLong()).isEqualTo(committed);
        }
    }

    /** Row: bucket typo or bad S3 keys on a live run. */
    @ParameterizedTest
    @ValueSource(strings = {"bucket typo", "bad secret key"})
    void anUnusableBucketFailsTheLiveRunBeforeSpecifyIsTouched(String fault) throws Exception {
        try (FaultWorld world = new FaultWorld(fault.startsWith("bucket") ? "typo" : "badkey", ACTORS)) {
            Map<String, String> env = new HashMap<>(world.env());
            if (fault.startsWith("bucket")) {
                env.put("S3_BUCKET", world.bucket + "-typo");
            } else {
                env.put("AWS_SECRET_ACCESS_KEY", "not-the-secret-key");
            }
            Cli run = Cli.agents(env, false);

            assertThat(run.exitCode()).as(run.err()).isEqualTo(1);
            assertThat(run.err()).contains("S3 preflight before writing to Specify", "nothing was written to Specify",
                    fault.startsWith("bucket") ? "NoSuchBucket" : "403",
                    fault.startsWith("bucket") ? "S3_BUCKET" : "AWS_SECRET_ACCESS_KEY");
            assertThat(world.agentsWritten()).isZero();
            Map<String, JsonNode> kept = FaultWorld.keptReports(world.dir.resolve("unsent"));
            assertThat(kept).hasSize(1);
            JsonNode report = kept.values().iterator().next();
            assertThat(run.err()).contains(world.dir.resolve("unsent").resolve(kept.keySet().iterator().next()).toString());
            assertThat(report.path("status").asText()).isEqualTo("failed");
            assertThat(report.at("/failure/error_code").asText()).isEqualTo("S3_UPLOAD");
            assertThat(report.path("agents_created").asLong(0)).isEqualTo(world.agentsWritten()).isZero();
            assertThat(report.path("specify_database").asText()).endsWith("/" + world.specify.name());

            completesWithoutDuplicates(world, world.actors);
        }
    }

    /** Row: a database error that quotes an e-mail address. */
    @Test
    void anEmailQuotedByADatabaseErrorIsRedactedInTheReport() throws Exception {
        try (FaultWorld world = new FaultWorld("quoted", 500)) {
            try (Connection c = world.specify.connect(); Statement s = c.createStatement()) {
                s.execute("CREATE UNIQUE INDEX fault_unique_email ON agent (Email)");
                s.execute("INSERT INTO agent (TimestampCreated, Version, AgentType, LastName, Email, GUID)"
                        + " VALUES (NOW(), 0, 1, 'Existing', 'ola@nhm.example', UUID())");
            }
            world.musit.insertActors(FaultWorld.BOTANY, List.of(new ActorRow(9_999_999, 0, "Nordmann, Ola", 9_999_999L,
                    null, null, "ola@nhm.example", null, null)));
            world.musit.insertPersonNames(FaultWorld.BOTANY, List.of(new PersonNameRow(9_999_999, 9_999_999, "Nordmann",
                    null, "Ola", null, 1)));
            long before = world.agentsWritten();

            Cli run = Cli.agents(world.env(), false);
            assertThat(run.exitCode()).as(run.err()).isZero();
            JsonNode report = world.uploadedReport(world.env()).orElseThrow().getValue();
            assertThat(report.path("status").asText()).isEqualTo("completed");
            assertThat(report.path("errors").toString()).contains("Duplicate entry", "<e-mail>", "ACTOR_ID=9999999")
                    .doesNotContain("ola@nhm.example", "nhm.example");
            // synthetic actors that share an address fail on the unique index too: every failed row is one error line
            long failedRows = report.path("errors").size();
            assertThat(failedRows).isBetween(1L, 199L);
            assertThat(report.path("agents_created").asLong()).isEqualTo(world.actors + 1 - failedRows)
                    .isEqualTo(world.agentsWritten() - before);
            assertThat(run.out()).doesNotContain("ola@nhm.example");

            Cli rerun = Cli.agents(world.env(), false);
            assertThat(rerun.exitCode()).isZero();
            assertThat(rerun.json().path("agents_created").asLong()).isZero();
            assertThat(rerun.json().path("errors").toString()).contains("<e-mail>").doesNotContain("ola@nhm.example");
            assertThat(rerun.json().path("errors")).hasSize((int) failedRows);
            assertThat(world.migratedAgents()).isEqualTo(world.actors + 1 - failedRows);
            assertThat(world.duplicateMarkers()).isZero();
        }
    }

    /** Row: --oracle-env 'TE ST;rm'. */
    @Test
    void theOracleProfileMustBeAName() throws Exception {
        try (FaultWorld world = new FaultWorld("profile", 500)) {
            for (String verb : List.of("run migrate-musit-agents --dry-run=false", "config", "check")) {
                List<String> args = new java.util.ArrayList<>(List.of(verb.split(" ")));
                args.addAll(List.of("--oracle-env", "TE ST;rm"));
                Cli run = Cli.run(world.env(), args.toArray(String[]::new));
                assertThat(run.exitCode()).as(verb + ": " + run.err()).isEqualTo(2);
                assertThat(run.err()).contains("--oracle-env 'TE ST;rm' is not a profile name")
                        .doesNotContain("ORACLE_TE ST");
            }
            assertThat(world.agentsWritten()).isZero();
            completesWithoutDuplicates(world, world.actors);
        }
    }

    /** Row: S3_MIGRATION_REPORTS_PREFIX=prod//reports. */
    @Test
    void repeatedSlashesInTheReportsPrefixAreCollapsedForUploadAndListing() throws Exception {
        try (FaultWorld world = new FaultWorld("slashes", 500)) {
            Map<String, String> env = new HashMap<>(world.env());
            env.put("S3_MIGRATION_REPORTS_PREFIX", "/prod//reports/");
            Cli run = Cli.agents(env, false);
            assertThat(run.exitCode()).as(run.err()).isZero();
            String key = run.json().path("key").asText();
            assertThat(key).startsWith("prod/reports/collection-agents-musit-actor-person-name/");
            assertThat(run.json().path("agents_created").asLong()).isEqualTo(world.actors).isEqualTo(world.agentsWritten());

            Cli list = Cli.run(env, "reports", "list", "--json");
            assertThat(list.exitCode()).as(list.err()).isZero();
            JsonNode reports = list.json().path("reports");
            assertThat(reports).hasSize(1);
            assertThat(reports.get(0).path("key").asText()).isEqualTo(key);
            assertThat(reports.get(0).path("status").asText()).isEqualTo("completed");
            Cli table = Cli.run(env, "reports", "list");
            assertThat(table.out()).contains("STATUS", "completed", key);

            Cli rerun = Cli.agents(env, false);
            assertThat(rerun.exitCode()).isZero();
            assertThat(rerun.json().path("agents_created").asLong()).isZero();
            assertThat(world.migratedAgents()).isEqualTo(world.actors);
            assertThat(world.duplicateMarkers()).isZero();
            assertThat(Cli.run(env, "reports", "list", "--json").json().path("reports")).hasSize(2);
        }
    }

    /** A live run with the world's full settings completes; every actor is then migrated exactly once. */
    static JsonNode completesWithoutDuplicates(FaultWorld world, long expectedCreated) throws Exception {
        long before = world.agentsWritten();
        Cli rerun = Cli.agents(world.env(), false);
        assertThat(rerun.exitCode()).as(rerun.err()).isZero();
        JsonNode result = rerun.json();
        assertThat(result.path("status").asText()).isEqualTo("completed");
        assertThat(result.has("failure")).isFalse();
        assertThat(result.path("agents_created").asLong()).isEqualTo(expectedCreated).isEqualTo(world.agentsWritten() - before);
        assertThat(world.migratedAgents()).isEqualTo(world.actors);
        assertThat(world.duplicateMarkers()).isZero();
        JsonNode uploaded = world.uploadedReport(world.env()).orElseThrow().getValue();
        assertThat(Json.MAPPER.writeValueAsString(uploaded)).contains("\"status\" : \"completed\"");
        return result;
    }
}
