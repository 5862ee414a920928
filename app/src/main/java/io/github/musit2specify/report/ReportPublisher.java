package io.github.musit2specify.report;

import io.github.musit2specify.config.Env;
import io.github.musit2specify.error.ErrorCode;
import io.github.musit2specify.error.MigrationException;
import io.github.musit2specify.s3.S3ClientFactory;
import io.github.musit2specify.s3.S3Settings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.PutObjectRequest;
import software.amazon.awssdk.services.s3.model.S3Exception;

import java.util.List;
import java.util.Optional;

/**
 * Hands a finished report to S3 (reports.md, "Upload behaviour"): skip without a bucket, upload
 * with the two log lines otherwise, fail the run when the upload fails.
 */
public final class ReportPublisher {
    private static final Logger LOG = LoggerFactory.getLogger(ReportPublisher.class);

    private final S3Settings settings;

    public ReportPublisher(S3Settings settings) {
        this.settings = settings;
    }

    public static ReportPublisher fromEnv(Env env) {
        return new ReportPublisher(S3Settings.fromEnv(env));
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
        LOG.info("Uploading migration report to {}", uri);
        try (S3Client s3 = S3ClientFactory.create(settings)) {
            s3.putObject(PutObjectRequest.builder().bucket(bucket).key(key).contentType("application/json").build(),
                    RequestBody.fromBytes(report.toJsonBytes()));
        } catch (S3Exception e) {
            throw new MigrationException(ErrorCode.S3_UPLOAD, "migration report upload to " + uri + " failed: "
                    + e.awsErrorDetails().errorCode() + " (" + e.statusCode() + "): " + e.awsErrorDetails().errorMessage(), e);
        }
        LOG.info("Migration report upload finished: {}", uri);
        return new PublishResult(key, List.of(uri), true, Optional.empty());
    }
}
