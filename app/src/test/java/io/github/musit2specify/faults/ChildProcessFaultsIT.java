package io.github.musit2specify.faults;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.musit2specify.json.Json;
import io.github.musit2specify.report.ReportPublisher;
import org.junit.jupiter.api.Test;

import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static io.github.musit2specify.faults.RunFaultsIT.completesWithoutDuplicates;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The faults of issue 11 that need the CLI in a JVM of its own: a signal, folders the JVM cannot write,
 * and LOG_FORMAT=json as the jar selects it. Same assertions as {@link RunFaultsIT}.
 */
class ChildProcessFaultsIT {
    private static final int ACTORS = 6_000;
    /** Batches of 1,000 keep the fault worlds small: a stalled second batch is reached after 1,000 actors. */
    private static final String[] LIVE_RUN = {"run", "migrate-musit-agents", "--oracle-env", FaultWorld.PROFILE, "--dry-run=false",
            "--batch-size", "1000"};

    /** Row: SIGTERM mid-run (kubectl delete, activeDeadlineSeconds). */
    @Test
    void sigtermStopsTheRunWritesAnInterruptedReportAndExits143() throws Exception {
        // the second batch stalls; the reader fills the batches in flight behind it and waits: the signal
        // finds it reading, with most actors still to come
        try (FaultWorld world = new FaultWorld("sigterm", 12_000)) {
            world.stallInsertOf(world.botanyActorAt(1_500), 4);
            ChildCli child = ChildCli.start(world.dir, world.env(), List.of(), LIVE_RUN);
            long signalled;
            try {
                world.awaitStalledInsert(Duration.ofSeconds(90));
                signalled = System.nanoTime();
                child.process.destroy(); // SIGTERM
                assertThat(child.await(60)).as(child.err()).isEqualTo(143);
            } finally {
                child.process.destroyForcibly();
                world.removeStall();
            }
            assertThat(Duration.ofNanos(System.nanoTime() - signalled)).as("within the Kubernetes grace period")
                    .isLessThan(Duration.ofSeconds(25));
            assertThat(child.err()).contains("SIGTERM received: stopping the run", "interrupted by SIGTERM",
                    "report with status interrupted uploaded to s3://" + world.bucket);

            JsonNode report = world.uploadedReport(world.env()).orElseThrow().getValue();
            assertThat(report.path("status").asText()).isEqualTo("interrupted");
            assertThat(report.at("/failure/error_code").asText()).isEqualTo("INTERRUPTED");
            assertThat(report.at("/failure/cause").asText()).contains("SIGTERM");
            long created = report.path("agents_created").asLong(-1);
            assertThat(created).as("the stalled batch and the rows read before the stop were committed")
                    .isGreaterThanOrEqualTo(2_000).isLessThan(world.actors / 2);
            assertThat(world.agentsWritten()).isEqualTo(created);
            assertThat(report.path("oracle_actors_extracted").asLong()).isEqualTo(created);

            // the lock was released: the re-run takes it and completes the rest
            completesWithoutDuplicates(world, world.actors - created);
        }
    }

    /** Row: S3 down and the local folder not writable. */
    @Test
    void withS3DownAndNoWritableFolderTheWholeReportGoesToStdout() throws Exception {
        try (FaultWorld world = new FaultWorld("nowhere", ACTORS)) {
            Path blocker = Files.writeString(world.dir.resolve("a-file-not-a-folder"), "x");
            Map<String, String> env = new HashMap<>(world.env());
            env.put("S3_ENDPOINT_URL", "http://127.0.0.1:" + closedPort());
            env.put("MIGRATION_REPORT_LOCAL_DIR", blocker.resolve("unsent").toString());
            ChildCli child = ChildCli.start(world.dir, env, List.of("-Duser.dir=" + blocker.resolve("cwd"),
                    "-Djava.io.tmpdir=" + blocker.resolve("tmp")), LIVE_RUN);
            assertThat(child.await(120)).as(child.err()).isEqualTo(1);

            assertThat(child.err()).contains("S3 preflight before writing to Specify", "nothing was written to Specify",
                    "could not be saved in any folder");
            String out = child.out();
            assertThat(out).contains(ReportPublisher.STDOUT_BEGIN, ReportPublisher.STDOUT_END);
            String json = out.substring(out.indexOf('\n', out.indexOf(ReportPublisher.STDOUT_BEGIN)) + 1,
                    out.indexOf(ReportPublisher.STDOUT_END));
            JsonNode report = Json.MAPPER.readTree(json);
            assertThat(report.path("status").asText()).isEqualTo("failed");
            assertThat(report.at("/failure/error_code").asText()).isEqualTo("S3_UPLOAD");
            assertThat(report.path("specify_database").asText()).endsWith("/" + world.specify.name());
            assertThat(report.path("agents_created").asLong(0)).isEqualTo(world.agentsWritten()).isZero();
            assertThat(blocker).isRegularFile();

            completesWithoutDuplicates(world, world.actors);
        }
    }

    /** Row: LOG_FORMAT=json and a failing run. */
    @Test
    void withJsonLogsTheFailureLineAndStackTraceAreJsonWithFlowAndRun() throws Exception {
        try (FaultWorld world = new FaultWorld("jsonlogs", 500)) {
            Map<String, String> env = new HashMap<>(world.env());
            env.put("LOG_FORMAT", "json");
            env.put("DATABASE_NAME", "faults_no_such_database");
            ChildCli child = ChildCli.start(world.dir, env, List.of(), "--verbose", "run", "migrate-musit-agents",
                    "--oracle-env", FaultWorld.PROFILE, "--dry-run=false");
            assertThat(child.await(120)).as(child.err()).isEqualTo(1);

            List<String> lines = child.err().lines().filter(l -> !l.isBlank()).toList();
            assertThat(lines).isNotEmpty();
            JsonNode failureLine = null;
            for (String line : lines) {
                JsonNode node = Json.MAPPER.readTree(line);
                assertThat(node.isObject()).as(line).isTrue();
                if (node.path("formattedMessage").asText().startsWith("musit2specify: ")) {
                    failureLine = node;
                }
            }
            assertThat(failureLine).as("the failure line, as JSON:\n" + child.err()).isNotNull();
            assertThat(failureLine.path("level").asText()).isEqualTo("ERROR");
            assertThat(failureLine.at("/mdc/flow").asText()).isEqualTo("migrate_musit_agents");
            assertThat(failureLine.at("/mdc/run").asText()).matches("\\d{8}T\\d{6}Z");
            assertThat(failureLine.path("formattedMessage").asText()).contains("faults_no_such_database");
            assertThat(failureLine.path("throwable").isObject()).as("--verbose: the stack trace, as JSON").isTrue();

            JsonNode report = world.uploadedReport(world.env()).orElseThrow().getValue();
            assertThat(report.path("generated_at_utc").asText()).isEqualTo(failureLine.at("/mdc/run").asText());
            assertThat(report.path("status").asText()).isEqualTo("failed");
            assertThat(report.path("specify_database").asText()).endsWith("/faults_no_such_database");
            assertThat(world.agentsWritten()).isZero();

            completesWithoutDuplicates(world, world.actors);
        }
    }

    private static int closedPort() throws Exception {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
