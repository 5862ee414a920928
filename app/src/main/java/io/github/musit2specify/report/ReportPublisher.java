package io.github.musit2specify.report;

import io.github.musit2specify.config.Env;
import io.github.musit2specify.error.ErrorCode;
import io.github.musit2specify.error.MigrationException;
import io.github.musit2specify.s3.BucketProbe;
import io.github.musit2specify.s3.S3Clients;
import io.github.musit2specify.s3.S3Failures;
import io.github.musit2specify.s3.S3Settings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Hands a finished report to S3 (reports.md, "Upload behaviour"): skip without a bucket, upload
 * with the two log lines otherwise, and fail the run when the upload fails — after keeping the
 * report locally so the run's figures are never lost: MIGRATION_REPORT_LOCAL_DIR, else the working
 * directory, else the system temp folder, else the whole JSON on stdout.
 */
public final class ReportPublisher {
    private static final Logger LOG = LoggerFactory.getLogger(ReportPublisher.class);
    /** The preflight's probe object goes under {@code {reportsRoot}/} in this folder, and is deleted when the run ends. */
    public static final String PREFLIGHT_FOLDER = "preflight";
    public static final String STDOUT_BEGIN = "----- BEGIN MIGRATION REPORT (not saved anywhere else)";
    public static final String STDOUT_END = "----- END MIGRATION REPORT";

    private final S3Settings settings;
    private final UploadOptions options;
    private final PrintStream stdout;
    private final S3Clients clients;
    /** The key of the object the preflight wrote, until {@link #removePreflightObject()} deletes it. */
    private volatile String preflightObject;

    public ReportPublisher(S3Settings settings) {
        this(settings, UploadOptions.defaults());
    }

    public ReportPublisher(S3Settings settings, UploadOptions options) {
        this(settings, options, System.out);
    }

    /** @param stdout where a report goes, as the last resort, when no folder can keep it */
    public ReportPublisher(S3Settings settings, UploadOptions options, PrintStream stdout) {
        this(settings, options, stdout, S3Clients.invocation());
    }

    /** @param clients where the S3 clients come from (the invocation's shared ones; tests count them) */
    public ReportPublisher(S3Settings settings, UploadOptions options, PrintStream stdout, S3Clients clients) {
        this.settings = settings;
        this.options = options;
        this.stdout = stdout;
        this.clients = clients;
    }

    /** S3 settings (reports.md) plus S3_UPLOAD_RETRY_DELAY_MS and MIGRATION_REPORT_LOCAL_DIR. */
    public static ReportPublisher fromEnv(Env env) {
        return new ReportPublisher(S3Settings.fromEnv(env), UploadOptions.fromEnv(env));
    }

    /**
     * Before a live run touches Specify: when S3_BUCKET is set, prove the bucket reachable and writable
     * with these credentials by writing a small object under the reports root, as the report will be.
     * The object is deleted when the run ends ({@link #removePreflightObject()}), not here: the run's
     * first write waits for this, and one request less is some tens of milliseconds sooner.
     */
    public void preflight() {
        if (settings.bucket().isEmpty()) {
            return;
        }
        String bucket = settings.bucket().get();
        String key = settings.reportsRoot() + "/" + PREFLIGHT_FOLDER + "/" + UUID.randomUUID() + ".txt";
        try {
            BucketProbe.write(clients.client(settings), bucket, key);
            preflightObject = key;
            LOG.info("S3 preflight passed: s3://{} is writable under {}/", bucket, settings.reportsRoot());
        } catch (BucketProbe.Failed e) {
            throw new MigrationException(ErrorCode.S3_UPLOAD, "S3 preflight before writing to Specify: "
                    + e.getMessage() + " — " + e.hint() + "; nothing was written to Specify", e.getCause());
        }
    }

    /**
     * Deletes the object the preflight wrote, if it did. A failure is only a warning: the object is
     * a line of text that says it is safe to delete, and the run's report does not depend on it.
     */
    public void removePreflightObject() {
        String key = preflightObject;
        if (key == null) {
            return;
        }
        preflightObject = null;
        String bucket = settings.bucket().orElseThrow();
        try {
            BucketProbe.delete(clients.client(settings), bucket, key);
        } catch (BucketProbe.Failed e) {
            LOG.warn("The S3 preflight object was left behind: {} — it is safe to delete", e.getMessage());
        }
    }

    /** Keeps the report locally without trying S3 (the preflight showed the bucket unusable). */
    public PublishResult keepLocally(MigrationReport report) {
        String key = settings.reportKeys().key(report.category(), report.metadata().generatedAtUtc());
        Optional<Path> saved = keepLocally("Migration report", key, report.toJsonBytes(),
                settings.bucket().map(b -> "s3://" + b + "/" + key).orElse(key));
        return new PublishResult(key, List.of(), false, saved);
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
            new ReportUploader(settings, options, clients).upload(bucket, key, json);
        } catch (ReportUploader.UploadFailed failed) {
            String where = "; the report was " + keepLocally("Migration report", key, json, uri)
                    .map(p -> "saved locally to " + p).orElse("not saved in any folder (printed on stdout)");
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
            new ReportUploader(settings, options, clients).upload(bucket, key, content);
        } catch (ReportUploader.UploadFailed failed) {
            throw failure(what, uri, failed, "; it was " + keepLocally(what, key, content, uri)
                    .map(p -> "saved locally to " + p).orElse("not saved in any folder (printed on stdout)"));
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

    /**
     * A run file goes to the first writable of MIGRATION_REPORT_LOCAL_DIR, the working directory and the
     * system temp folder; when none is, its whole content goes to stdout. Returns where it was saved.
     */
    private Optional<Path> keepLocally(String what, String key, byte[] content, String uri) {
        for (Path dir : localFolders()) {
            try {
                Path saved = new LocalReportStore(dir).save(key, content);
                LOG.warn("{} saved locally to {} (upload it later to {} with: musit2specify reports upload-unsent)",
                        what, saved, uri);
                return Optional.of(saved);
            } catch (IOException | RuntimeException e) {
                LOG.error("{} could not be saved under {}: {}", what, dir.toAbsolutePath(), e.toString());
            }
        }
        LOG.error("{} could not be saved in any folder: printing it on stdout between {} and {}", what,
                STDOUT_BEGIN, STDOUT_END);
        stdout.println(STDOUT_BEGIN + " " + key);
        stdout.println(new String(content, StandardCharsets.UTF_8));
        stdout.println(STDOUT_END);
        stdout.flush();
        return Optional.empty();
    }

    private List<Path> localFolders() {
        Path unsent = UploadOptions.DEFAULT_LOCAL_DIR;
        return List.of(options.localDir(),
                Path.of(System.getProperty("user.dir")).resolve(unsent),
                Path.of(System.getProperty("java.io.tmpdir")).resolve(unsent));
    }
}
