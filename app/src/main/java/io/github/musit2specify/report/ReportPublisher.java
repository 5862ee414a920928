package io.github.musit2specify.report;

import io.github.musit2specify.config.Env;
import io.github.musit2specify.error.ErrorCode;
import io.github.musit2specify.error.MigrationException;
import io.github.musit2specify.s3.S3Failures;
import io.github.musit2specify.s3.S3Settings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
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
        return publish(report, Optional.empty());
    }

    /**
     * @param errorLog the complete error list of the run, uploaded beside the report as
     *                 {@value ReportKeys#ERRORS_FILE_NAME} when the report had to leave lines out
     */
    public PublishResult publish(MigrationReport report, Optional<Path> errorLog) {
        ReportKeys keys = settings.reportKeys();
        String ts = report.metadata().generatedAtUtc();
        String key = keys.key(report.category(), ts);
        if (settings.bucket().isEmpty()) {
            LOG.info("MIGRATION_REPORT_SKIP reason=no_S3_BUCKET category={} key={} — set S3_BUCKET and S3 credentials"
                    + " where the flow runs (in Kubernetes: in the job's Secret) to upload reports",
                    report.category().folder(), key);
            return new PublishResult(key, List.of(), false, Optional.empty());
        }
        String bucket = settings.bucket().get();
        String uri = "s3://" + bucket + "/" + key;
        byte[] json = report.toJsonBytes();
        Optional<byte[]> errorList = errorLog.map(ReportPublisher::readErrorList);
        String errorListKey = keys.key(report.category(), ts, ReportKeys.ERRORS_FILE_NAME);
        LOG.info("Uploading migration report to {}", uri);
        try {
            new ReportUploader(settings, options).upload(bucket, key, json);
        } catch (ReportUploader.UploadFailed failed) {
            String where = "; the report was " + keepLocally("Migration report", key, json, uri);
            errorList.ifPresent(content -> keepLocally("Complete error list", errorListKey, content, uri));
            throw failure("migration report", uri, failed, where);
        }
        LOG.info("Migration report upload finished: {}", uri);
        List<String> uploaded = new ArrayList<>(List.of(uri));
        errorList.ifPresent(content -> uploaded.add(uploadFile("the complete error list", errorListKey, content)));
        return new PublishResult(key, uploaded, true, Optional.empty());
    }

    private static byte[] readErrorList(Path log) {
        try {
            return Files.readAllBytes(log);
        } catch (IOException e) {
            throw new MigrationException(ErrorCode.S3_UPLOAD, "cannot read the complete error list " + log + ": " + e, e);
        }
    }

    /**
     * Uploads one more file (the complete error list beside a report, a schema snapshot's artifacts)
     * with the same retries; when every attempt failed, keeps it locally under its key (so
     * {@code reports upload-unsent} sends it later) and throws S3_UPLOAD. The caller checks S3_BUCKET.
     *
     * @param what for the log and the message, e.g. "the complete error list"
     * @return the {@code s3://} URI written
     */
    public String uploadFile(String what, String key, byte[] content) {
        String bucket = settings.bucket().orElseThrow(() -> new IllegalStateException("S3_BUCKET is not set"));
        String uri = "s3://" + bucket + "/" + key;
        LOG.info("Uploading {} to {}", what, uri);
        try {
            new ReportUploader(settings, options).upload(bucket, key, content);
        } catch (ReportUploader.UploadFailed failed) {
            throw failure(what, uri, failed, "; it was " + keepLocally(what, key, content, uri));
        }
        LOG.info("Upload of {} finished: {}", what, uri);
        return uri;
    }

    /**
     * Several files in order, each as {@link #uploadFile}; after the first failure the files not sent
     * yet are not tried but kept locally as well, so nothing of the set is lost.
     *
     * @return the {@code s3://} URIs written, in order
     */
    public List<String> uploadFiles(String what, Map<String, byte[]> contentByKey) {
        List<String> uris = new ArrayList<>();
        List<Map.Entry<String, byte[]>> files = List.copyOf(contentByKey.entrySet());
        for (int i = 0; i < files.size(); i++) {
            try {
                uris.add(uploadFile(what, files.get(i).getKey(), files.get(i).getValue()));
            } catch (MigrationException e) {
                String bucket = settings.bucket().orElseThrow();
                files.subList(i + 1, files.size()).forEach(f ->
                        keepLocally(what, f.getKey(), f.getValue(), "s3://" + bucket + "/" + f.getKey()));
                throw e;
            }
        }
        return uris;
    }

    private MigrationException failure(String file, String uri, ReportUploader.UploadFailed failed, String where) {
        Throwable cause = failed.getCause();
        String what = file + " upload to " + uri + " failed after " + failed.attempts()
                + (failed.attempts() == 1 ? " attempt" : " attempts") + ": " + S3Failures.describe(cause)
                + " — " + S3Failures.hint(cause);
        LOG.error("Upload failed: {}", what);
        return new MigrationException(ErrorCode.S3_UPLOAD, what + where, cause);
    }

    /** A run file goes to the local folder when its upload failed, so nothing is lost; returns where, for the message. */
    private String keepLocally(String what, String key, byte[] content, String uri) {
        try {
            Path saved = new LocalReportStore(options.localDir()).save(key, content);
            LOG.warn("{} saved locally to {} (upload it later to {} with: musit2specify reports upload-unsent)",
                    what, saved, uri);
            return "saved locally to " + saved;
        } catch (IOException | RuntimeException e) {
            LOG.error("{} could not be saved locally under {} either: {}", what, options.localDir(), e.toString());
            return "not saved: writing it under " + options.localDir().toAbsolutePath() + " failed too (" + e + ")";
        }
    }
}
