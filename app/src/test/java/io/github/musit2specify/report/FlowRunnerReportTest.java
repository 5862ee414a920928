package io.github.musit2specify.report;

import io.github.musit2specify.config.Env;
import io.github.musit2specify.error.MigrationException;
import io.github.musit2specify.flow.FlowResult;
import io.github.musit2specify.flow.FlowRunner;
import io.github.musit2specify.flow.MigrationFlow;
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

    private static MigrationFlow flow() {
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

            public Map<String, Object> execute(String runTimestamp) {
                return Map.of("disciplines_created", 0);
            }
        };
    }
}
