package io.github.musit2specify.sandbox;

import com.fasterxml.jackson.core.type.TypeReference;
import io.github.musit2specify.cli.Main;
import io.github.musit2specify.config.Env;
import io.github.musit2specify.json.Json;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The rehearsal end to end, in-process with small sizes: three flows, three reports in S3, then a re-run. */
class SandboxEndToEndTest {
    private static final int ACTORS = 600;
    private static final int USERS = 40;

    @TempDir
    Path dataDir;

    @Test
    void threeReportsLandAtTheirKeysAndASecondRunCreatesNothing() throws Exception {
        ByteArrayOutputStream console = new ByteArrayOutputStream();
        PrintStream out = new PrintStream(console, true, StandardCharsets.UTF_8);
        Map<String, FlowOutcome> first;
        try (Steps steps = new Steps(out, false); SandboxWorld world = SandboxWorld.start(dataDir, ACTORS, USERS, 7, steps)) {
            List<FlowOutcome> outcomes = Sandbox.runFlows(world, false, steps);
            first = byVerb(outcomes);
            assertThat(first).containsOnlyKeys("sync-specify-structure", "migrate-musit-agents", "migrate-users");
            assertThat(outcomes).allMatch(FlowOutcome::succeeded);

            assertReportInS3(world, first.get("sync-specify-structure"), "specify-structure-sync");
            assertReportInS3(world, first.get("migrate-musit-agents"), "collection-agents-musit-actor-person-name");
            assertReportInS3(world, first.get("migrate-users"), "application-users-usd-metadata-brukarar");

            Map<String, Object> structure = first.get("sync-specify-structure").result();
            assertThat(structure).containsEntry("divisions_created", 1).containsEntry("disciplines_created", 9)
                    .containsEntry("collections_created", 49); // Karplanter Moser/NHM: Specify's guided setup
            Map<String, Object> agents = first.get("migrate-musit-agents").result();
            assertThat(agents).containsEntry("oracle_actors_extracted", ACTORS).containsEntry("agents_created", ACTORS)
                    .containsEntry("dry_run", false);
            Map<String, Object> users = first.get("migrate-users").result();
            assertThat((Integer) users.get("users_created")).isGreaterThanOrEqualTo(USERS - 5);
            assertThat(users.get("agents_created")).isEqualTo(users.get("users_created"));
            // each new login: its agent in Biology and a copy in the division the structure sync made
            assertThat(users.get("agents_linked")).isEqualTo(2 * (Integer) users.get("users_created"));
            assertThat(world.specify().count("SELECT COUNT(*) FROM agent WHERE Remarks LIKE 'MUSIT-migration: ACTOR;%'"))
                    .isEqualTo(ACTORS);

            Sandbox.printSummary(world, outcomes, out);
        }
        assertThat(console.toString(StandardCharsets.UTF_8)).contains("✔ run migrate-musit-agents", "Summary",
                "s3://" + SandboxWorld.BUCKET + "/migration-reports/collection-agents-musit-actor-person-name/");

        try (Steps steps = new Steps(out, false); SandboxWorld again = SandboxWorld.start(dataDir, ACTORS, USERS, 7, steps)) {
            assertThat(again.generated()).as("MUSIT data is reused, not regenerated").isNull();
            Map<String, FlowOutcome> second = byVerb(Sandbox.runFlows(again, false, steps));
            assertThat(second.get("sync-specify-structure").result()).containsEntry("divisions_created", 0)
                    .containsEntry("disciplines_created", 0).containsEntry("collections_created", 0)
                    .containsEntry("collections_skipped", 50);
            assertThat(second.get("migrate-musit-agents").result()).containsEntry("agents_created", 0)
                    .containsEntry("agents_skipped", ACTORS);
            assertThat(second.get("migrate-users").result()).containsEntry("users_created", 0)
                    .containsEntry("agents_created", 0).containsEntry("agents_linked", 0);
            assertThat(second.get("migrate-users").result().get("errors"))
                    .isEqualTo(first.get("migrate-users").result().get("errors"));
            assertThat(Sandbox.reportsList(again)).contains("6 reports");
        }
    }

    private static Map<String, FlowOutcome> byVerb(List<FlowOutcome> outcomes) {
        return outcomes.stream().collect(java.util.stream.Collectors.toMap(FlowOutcome::verb, o -> o));
    }

    /** Reads the report back through S3 (reports show) and checks key layout, file and content. */
    private static void assertReportInS3(SandboxWorld world, FlowOutcome outcome, String folder) throws Exception {
        assertThat(outcome.key()).matches("migration-reports/" + folder + "/\\d{8}T\\d{6}Z/report\\.json");
        assertThat(outcome.result().get("uploaded")).isEqualTo(List.of("s3://" + SandboxWorld.BUCKET + "/" + outcome.key()));
        assertThat(Files.exists(world.objectPath(outcome.key()))).isTrue();
        StringWriter shown = new StringWriter();
        int exit = Main.run(Env.of(world.env()), new PrintWriter(shown), new PrintWriter(new StringWriter()),
                "reports", "show", outcome.key());
        assertThat(exit).isZero();
        Map<String, Object> report = Json.MAPPER.readValue(shown.toString(), new TypeReference<Map<String, Object>>() { });
        assertThat(report.get("generated_at_utc")).isEqualTo(outcome.key().split("/")[2]);
        for (Map.Entry<String, Object> field : report.entrySet()) {
            assertThat(outcome.result()).containsEntry(field.getKey(), field.getValue());
        }
    }
}
