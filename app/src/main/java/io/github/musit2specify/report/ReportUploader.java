package io.github.musit2specify.report;

import io.github.musit2specify.s3.S3Clients;
import io.github.musit2specify.s3.S3Failures;
import io.github.musit2specify.s3.S3Settings;
import io.github.resilience4j.retry.Retry;
import io.github.resilience4j.retry.RetryConfig;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.core.checksums.RequestChecksumCalculation;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.PutObjectRequest;

/**
 * One PUT of one report with the retry policy of reports.md: two retries, {@code retryDelay} apart
 * (every answer of the service is retried; only a client without credentials is not). When the
 * service answers XAmzContentSHA256Mismatch, the same attempt is repeated once with payload signing
 * switched the other way and no streaming checksum trailer; later attempts keep that mode.
 */
final class ReportUploader {
    private static final Logger LOG = LoggerFactory.getLogger(ReportUploader.class);

    private final S3Settings settings;
    private final UploadOptions options;
    private final S3Clients clients;

    ReportUploader(S3Settings settings, UploadOptions options, S3Clients clients) {
        this.settings = settings;
        this.options = options;
        this.clients = clients;
    }

    /** Thrown when every attempt failed; {@link #attempts()} says how many were made. */
    static final class UploadFailed extends RuntimeException {
        private final int attempts;

        UploadFailed(RuntimeException last, int attempts) {
            super(last.getMessage(), last);
            this.attempts = attempts;
        }

        int attempts() {
            return attempts;
        }
    }

    void upload(String bucket, String key, byte[] content) {
        Attempts state = new Attempts(bucket, key, content);
        RetryConfig config = RetryConfig.custom()
                .maxAttempts(1 + UploadOptions.RETRIES)
                .waitDuration(options.retryDelay())
                .retryOnException(e -> !S3Failures.isPermanent(e) && !(state.switched && S3Failures.isSha256Mismatch(e)))
                .build();
        Retry retry = Retry.of("migration-report-upload", config);
        retry.getEventPublisher().onRetry(event -> LOG.warn(
                "Migration report upload attempt {} of {} to s3://{}/{} failed: {}; retrying in {} ms",
                event.getNumberOfRetryAttempts(), 1 + UploadOptions.RETRIES, bucket, key,
                S3Failures.describe(event.getLastThrowable()), options.retryDelay().toMillis()));
        try {
            Retry.decorateRunnable(retry, state::attempt).run();
        } catch (RuntimeException e) {
            throw new UploadFailed(e, state.count);
        }
    }

    /**
     * report.json is JSON; the other files of a run folder (errors.txt) are UTF-8 text, as are a schema
     * snapshot's CSVs and DBML. No charset parameter: S3Proxy rewrites it, and the request signature
     * then no longer matches (403).
     */
    static String contentType(String key) {
        if (key.endsWith(".json")) {
            return "application/json";
        }
        return key.endsWith(".csv") ? "text/csv" : "text/plain";
    }

    private final class Attempts {
        private final String bucket;
        private final String key;
        private final byte[] content;
        private boolean switched;
        private int count;

        Attempts(String bucket, String key, byte[] content) {
            this.bucket = bucket;
            this.key = key;
            this.content = content;
        }

        void attempt() {
            count++;
            if (switched) {
                put(fallback());
                return;
            }
            try {
                put(primary());
            } catch (RuntimeException e) {
                if (!S3Failures.isSha256Mismatch(e)) {
                    throw e;
                }
                switched = true;
                LOG.warn("S3 answered {} for s3://{}/{}; trying once more with payload signing {} and no streaming"
                                + " checksum trailer (MinIO/proxy compatibility)", S3Failures.SHA256_MISMATCH, bucket, key,
                        settings.payloadSigningEnabled() ? "disabled" : "enabled");
                put(fallback());
                LOG.info("Upload in the other payload mode worked; consider setting S3_PAYLOAD_SIGNING_ENABLED={}",
                        !settings.payloadSigningEnabled());
            }
        }

        private void put(S3Client client) {
            client.putObject(PutObjectRequest.builder().bucket(bucket).key(key).contentType(contentType(key)).build(),
                    RequestBody.fromBytes(content));
        }

        private S3Client primary() {
            return clients.client(settings, options.checksumCalculation());
        }

        private S3Client fallback() {
            return clients.client(settings.withPayloadSigning(!settings.payloadSigningEnabled()),
                    RequestChecksumCalculation.WHEN_REQUIRED);
        }
    }
}
