package io.github.musit2specify.report;

import io.github.musit2specify.error.ErrorCode;
import io.github.musit2specify.error.MigrationException;
import io.github.musit2specify.s3.S3Clients;
import io.github.musit2specify.s3.S3Failures;
import io.github.musit2specify.s3.S3Settings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Uploads the reports a run kept locally because S3 failed (MIGRATION_REPORT_LOCAL_DIR), each to the
 * key it was meant for, and removes the local copy once the upload succeeded.
 */
public final class UnsentReports {
    private static final Logger LOG = LoggerFactory.getLogger(UnsentReports.class);

    private final S3Settings settings;
    private final UploadOptions options;

    public UnsentReports(S3Settings settings, UploadOptions options) {
        this.settings = settings;
        this.options = options;
    }

    /** One kept report: uploaded to {@code uri}, or still local with the reason. */
    public record Outcome(String key, String uri, boolean uploaded, String problem) {
    }

    public List<Outcome> uploadAll() {
        String bucket = settings.bucket().orElseThrow(() -> new MigrationException(ErrorCode.CONFIGURATION,
                "S3_BUCKET is not set (needed to upload the kept reports); set it to the bucket the flows upload to"));
        LocalReportStore store = new LocalReportStore(options.localDir());
        List<String> keys;
        try {
            keys = store.keys();
        } catch (IOException e) {
            throw new MigrationException(ErrorCode.CONFIGURATION,
                    "cannot read the kept reports under " + store.path("") + ": " + e.getMessage(), e);
        }
        List<Outcome> outcomes = new ArrayList<>();
        for (String key : keys) {
            outcomes.add(upload(store, bucket, key));
        }
        return outcomes;
    }

    private Outcome upload(LocalReportStore store, String bucket, String key) {
        String uri = "s3://" + bucket + "/" + key;
        try {
            LOG.info("Uploading migration report to {}", uri);
            new ReportUploader(settings, options, S3Clients.invocation()).upload(bucket, key, store.read(key));
            LOG.info("Migration report upload finished: {}", uri);
            store.delete(key);
            return new Outcome(key, uri, true, null);
        } catch (ReportUploader.UploadFailed e) {
            return new Outcome(key, uri, false, S3Failures.describe(e.getCause()) + " — " + S3Failures.hint(e.getCause()));
        } catch (IOException e) {
            return new Outcome(key, uri, false, "cannot read or remove " + store.path(key) + ": " + e.getMessage());
        }
    }
}
