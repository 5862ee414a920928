package io.github.musit2specify.report;

import io.github.musit2specify.config.Env;
import io.github.musit2specify.error.ErrorCode;
import io.github.musit2specify.error.MigrationException;
import io.github.musit2specify.s3.S3Failures;
import io.github.musit2specify.s3.S3Settings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Hands a finished report to S3 (reports.md, "Upload behaviour"): skip without a bucket, upload
 * with the two log lines otherwise, and fail the run when the upload fails — after saving the
 * report locally (MIGRATION_REPORT_LOCAL_DIR) so the run's figures are not lost.
 */
public final class ReportPublisher {
    private static final Logger LOG = LoggerFactory.getLogger(ReportPublisher.class);

    private final S3Settings settings;
    private final UploadOptions options;

    public ReportPublisher(S3Settings settings) {
        this(settings, UploadOptions.defaults());
    }

    public ReportPublisher(S3Settings settings, UploadOptions options) {
        this.settings = settings;
        this.options = options;
    }

    /** S3 settings (reports.md) plus S3_UPLOAD_RETRY_DELAY_MS and MIGRATION_REPORT_LOCAL_DIR. */
    public static ReportPublisher fromEnv(Env env) {
        return new ReportPublisher(S3Settings.fromEnv(env), UploadOptions.fromEnv(env));
    }

    public PublishResult publish(MigrationReport report) {
        String key = settings.reportKeys().key(report.category(), report.metadata().generatedAtUtc());
        if (settings.bucket().isEmpty()) {
            LOG.info("MIGRATION_REPORT_SKIP reason=no_S3_BUCKET category={} key={} — set S3_BUCKET and S3 credentials"
                    + " where the flow runs (in Kubernetes: in the job's Secret) to upload reports",
                    report.category().folder(), key);
            return new PublishResult(key, List.of(), false, Optional.empty());
        }
        String bucket = settings.bucket().get();
        String uri = "s3://" + bucket + "/" + key;
        byte[] json = report.toJsonBytes();
        LOG.info("Uploading migration report to {}", uri);
        try {
            new ReportUploader(settings, options).upload(bucket, key, json);
        } catch (ReportUploader.UploadFailed failed) {
            throw failure(uri, key, json, failed);
        }
        LOG.info("Migration report upload finished: {}", uri);
        return new PublishResult(key, List.of(uri), true, Optional.empty());
    }

    private MigrationException failure(String uri, String key, byte[] json, ReportUploader.UploadFailed failed) {
        Throwable cause = failed.getCause();
        String what = "migration report upload to " + uri + " failed after " + failed.attempts()
                + (failed.attempts() == 1 ? " attempt" : " attempts") + ": " + S3Failures.describe(cause)
                + " — " + S3Failures.hint(cause);
        LOG.error("Migration report upload failed: {}", what);
        String where;
        try {
            Path saved = new LocalReportStore(options.localDir()).save(key, json);
            LOG.warn("Migration report saved locally to {} (upload it later to {} with: musit2specify reports upload-unsent)", saved, uri);
            where = "; the report was saved locally to " + saved;
        } catch (IOException | RuntimeException e) {
            LOG.error("Migration report could not be saved locally under {} either: {}", options.localDir(), e.toString());
            where = "; saving it locally under " + options.localDir().toAbsolutePath() + " failed too (" + e + ")";
        }
        return new MigrationException(ErrorCode.S3_UPLOAD, what + where, cause);
    }
}
