package io.github.musit2specify.report;

import io.github.musit2specify.config.Env;
import io.github.musit2specify.error.MigrationException;
import io.github.musit2specify.flow.ErrorLines;
import io.github.musit2specify.flow.FlowResult;
import io.github.musit2specify.flow.FlowRunner;
import io.github.musit2specify.flow.MigrationFlow;
import io.github.musit2specify.flow.WriteGate;
import io.github.musit2specify.testkit.EmbeddedS3;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** A whole run as a flow sees it: the publisher's outcome in the result, or the run failing. */
class FlowRunnerReportTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-04-13T07:29:00Z"), ZoneOffset.UTC);

    @Test
    void runWithoutBucketSucceedsAndSaysNothingWasUploaded() {
        FlowResult result = new FlowRunner(ReportPublisher.fromEnv(Env.of(Map.of())), CLOCK).run(flow());
        assertThat(result.asMap())
                .containsEntry("generated_at_utc", "20260413T072900Z")
                .containsEntry("report_uploaded", false)
                .containsEntry("uploaded", List.of())
                .containsEntry("key", "migration-reports/specify-structure-sync/20260413T072900Z/report.json");
    }

    @Test
    void runWithUploadFailsTheRunAndKeepsTheReport(@TempDir Path unsent) {
        EmbeddedS3 s3 = EmbeddedS3.shared();
        Map<String, String> env = new HashMap<>(s3.env("bucket-that-is-not-there"));
        env.put("MIGRATION_REPORT_LOCAL_DIR", unsent.toString());
        env.put("S3_UPLOAD_RETRY_DELAY_MS", "0");
        MigrationException e = catchThrowableOfType(MigrationException.class,
                () -> new FlowRunner(ReportPublisher.fromEnv(Env.of(env)), CLOCK).run(flow()));
        assertThat(e.exitCode()).isEqualTo(1);
        assertThat(unsent.resolve("migration-reports/specify-structure-sync/20260413T072900Z/report.json")).isRegularFile();
    }

    @Test
    void runWithBucketListsTheUploadedUri() {
        EmbeddedS3 s3 = EmbeddedS3.shared();
        String bucket = s3.createUniqueBucket("runner");
        FlowResult result = new FlowRunner(ReportPublisher.fromEnv(Env.of(s3.env(bucket))), CLOCK).run(flow());
        assertThat(result.asMap()).containsEntry("report_uploaded", true).containsEntry("uploaded",
                List.of("s3://" + bucket + "/migration-reports/specify-structure-sync/20260413T072900Z/report.json"));
    }

    @Test
    void aRunWithMoreErrorsThanTheReportKeepsPutsTheCompleteListBesideIt() throws Exception {
        EmbeddedS3 s3 = EmbeddedS3.shared();
        String bucket = s3.createUniqueBucket("errors");
        FlowResult result = new FlowRunner(ReportPublisher.fromEnv(Env.of(s3.env(bucket))), CLOCK).run(flow(250));

        String folder = "migration-reports/specify-structure-sync/20260413T072900Z/";
        assertThat(result.asMap()).containsEntry("uploaded", List.of("s3://" + bucket + "/" + folder + "report.json",
                "s3://" + bucket + "/" + folder + "errors.txt"));
        List<String> reportLines = result.field("errors");
        assertThat(reportLines).hasSize(201);
        assertThat(reportLines.get(200)).contains("50 more errors omitted", "errors.txt beside this report lists all 250");
        try (software.amazon.awssdk.services.s3.S3Client client = io.github.musit2specify.s3.S3ClientFactory.create(
                io.github.musit2specify.s3.S3Settings.fromEnv(Env.of(s3.env(bucket))))) {
            var object = client.getObjectAsBytes(b -> b.bucket(bucket).key(folder + "errors.txt"));
            assertThat(object.response().contentType()).startsWith("text/plain");
            List<String> all = object.asUtf8String().lines().toList();
            assertThat(all).hasSize(250).startsWith("Error 0").endsWith("Error 249");
        }
    }

    @Test
    void twoRunsOfOneFlowInARowNeverShareAReportFolder() {
        EmbeddedS3 s3 = EmbeddedS3.shared();
        String bucket = s3.createUniqueBucket("twice");
        ReportPublisher publisher = ReportPublisher.fromEnv(Env.of(s3.env(bucket)));
        FlowResult first = new FlowRunner(publisher, Clock.systemUTC()).run(flow());
        FlowResult second = new FlowRunner(publisher, Clock.systemUTC()).run(flow());
        assertThat(second.publish().key()).isNotEqualTo(first.publish().key());
        assertThat(second.report().metadata().generatedAtUtc()).isGreaterThan(first.report().metadata().generatedAtUtc());
    }

    @Test
    void withinTheCapNoErrorListIsWritten() {
        EmbeddedS3 s3 = EmbeddedS3.shared();
        String bucket = s3.createUniqueBucket("fewerrors");
        FlowResult result = new FlowRunner(ReportPublisher.fromEnv(Env.of(s3.env(bucket))), CLOCK).run(flow(200));
        assertThat(result.<List<String>>field("errors")).hasSize(200);
        assertThat(result.publish().uploaded()).hasSize(1);
    }

    private static MigrationFlow flow() {
        return flow(0);
    }

    private static MigrationFlow flow(int errorLines) {
        return new MigrationFlow() {
            public ReportCategory category() {
                return ReportCategory.REPORT_CATEGORY_SPECIFY_STRUCTURE_SYNC;
            }

            public String oracleEnv() {
                return null;
            }

            public boolean dryRun() {
                return true;
            }

            public Map<String, Object> execute(String runTimestamp, ErrorLines errors, WriteGate gate) {
                for (int i = 0; i < errorLines; i++) {
                    errors.add("Error " + i);
                }
                return Map.of("disciplines_created", 0, "errors", errors.forReport());
            }
        };
    }
}
