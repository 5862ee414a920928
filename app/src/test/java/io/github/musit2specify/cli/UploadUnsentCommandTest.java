package io.github.musit2specify.cli;

import io.github.musit2specify.config.Env;
import io.github.musit2specify.error.MigrationException;
import io.github.musit2specify.report.MigrationReport;
import io.github.musit2specify.report.ReportCategory;
import io.github.musit2specify.report.ReportMetadata;
import io.github.musit2specify.report.ReportPublisher;
import io.github.musit2specify.testkit.EmbeddedS3;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Reports kept locally after a failed upload reach S3 later through `reports upload-unsent`. */
class UploadUnsentCommandTest {
    @TempDir
    Path unsent;

    @Test
    void aKeptReportIsUploadedToItsKeyAndItsLocalCopyRemoved() {
        EmbeddedS3 s3 = EmbeddedS3.shared();
        String bucket = "later-" + UUID.randomUUID().toString().substring(0, 8);
        Map<String, String> vars = new HashMap<>(s3.env(bucket));
        vars.put("MIGRATION_REPORT_LOCAL_DIR", unsent.toString());
        vars.put("S3_UPLOAD_RETRY_DELAY_MS", "0");
        Env env = Env.of(vars);
        MigrationReport report = new MigrationReport(ReportMetadata.of(
                ReportCategory.REPORT_CATEGORY_SPECIFY_STRUCTURE_SYNC, "20260413T072900Z", null, false),
                Map.of("divisions_created", 1));
        String key = "migration-reports/specify-structure-sync/20260413T072900Z/report.json";
        assertThatThrownBy(() -> ReportPublisher.fromEnv(env).publish(report)).isInstanceOf(MigrationException.class);
        assertThat(unsent.resolve(key)).isRegularFile();

        s3.createBucket(bucket);
        StringWriter out = new StringWriter();
        int exit = Main.run(env, new PrintWriter(out), new PrintWriter(new StringWriter()), "reports", "upload-unsent");

        assertThat(exit).isZero();
        assertThat(out.toString()).contains("uploaded  s3://" + bucket + "/" + key);
        assertThat(unsent.resolve(key)).doesNotExist();
        StringWriter shown = new StringWriter();
        assertThat(Main.run(env, new PrintWriter(shown), new PrintWriter(new StringWriter()), "reports", "show", key)).isZero();
        assertThat(shown.toString()).contains("\"divisions_created\" : 1", "\"generated_at_utc\" : \"20260413T072900Z\"");
    }

    @Test
    void aReportThatStillCannotBeUploadedStaysAndTheCommandExitsWith1() throws Exception {
        EmbeddedS3 s3 = EmbeddedS3.shared();
        Map<String, String> vars = new HashMap<>(s3.env("never-created-" + UUID.randomUUID().toString().substring(0, 8)));
        vars.put("MIGRATION_REPORT_LOCAL_DIR", unsent.toString());
        vars.put("S3_UPLOAD_RETRY_DELAY_MS", "0");
        Path kept = unsent.resolve("migration-reports/specify-structure-sync/20260413T072900Z/report.json");
        Files.createDirectories(kept.getParent());
        Files.writeString(kept, "{\"flow\":\"sync_specify_structure\"}");
        StringWriter out = new StringWriter();
        int exit = Main.run(Env.of(vars), new PrintWriter(out), new PrintWriter(new StringWriter()), "reports", "upload-unsent");
        assertThat(exit).isEqualTo(1);
        assertThat(out.toString()).contains("FAILED", "NoSuchBucket");
        assertThat(kept).isRegularFile();
    }

    @Test
    void nothingKeptIsSaidPlainly() {
        Map<String, String> vars = new HashMap<>(EmbeddedS3.shared().env("any-bucket"));
        vars.put("MIGRATION_REPORT_LOCAL_DIR", unsent.resolve("empty").toString());
        StringWriter out = new StringWriter();
        assertThat(Main.run(Env.of(vars), new PrintWriter(out), new PrintWriter(new StringWriter()),
                "reports", "upload-unsent")).isZero();
        assertThat(out.toString()).contains("No kept reports");
    }

    @Test
    void withoutABucketTheCommandNamesS3Bucket() {
        StringWriter err = new StringWriter();
        int exit = Main.run(Env.of(Map.of("MIGRATION_REPORT_LOCAL_DIR", unsent.toString())),
                new PrintWriter(new StringWriter()), new PrintWriter(err), "reports", "upload-unsent");
        assertThat(exit).isEqualTo(2);
        assertThat(err.toString()).contains("S3_BUCKET is not set");
    }
}
