package io.github.musit2specify.report;

import io.github.musit2specify.config.Env;
import io.github.musit2specify.error.ErrorCode;
import io.github.musit2specify.error.MigrationException;
import software.amazon.awssdk.core.checksums.RequestChecksumCalculation;

import java.nio.file.Path;
import java.time.Duration;

/**
 * How reports are uploaded: the pause between the two retries, where a report goes when the upload
 * fails, and the request checksum mode of the first try (WHEN_REQUIRED; WHEN_SUPPORTED only to test
 * the XAmzContentSHA256Mismatch fallback).
 */
public record UploadOptions(Duration retryDelay, Path localDir, RequestChecksumCalculation checksumCalculation) {
    public static final int RETRIES = 2;
    public static final Duration DEFAULT_RETRY_DELAY = Duration.ofSeconds(5);
    public static final Path DEFAULT_LOCAL_DIR = Path.of("migration-reports-unsent");
    public static final String RETRY_DELAY_VARIABLE = "S3_UPLOAD_RETRY_DELAY_MS";
    public static final String LOCAL_DIR_VARIABLE = "MIGRATION_REPORT_LOCAL_DIR";

    public UploadOptions {
        if (retryDelay.isNegative()) {
            throw new IllegalArgumentException("retry delay must not be negative: " + retryDelay);
        }
    }

    public static UploadOptions defaults() {
        return new UploadOptions(DEFAULT_RETRY_DELAY, DEFAULT_LOCAL_DIR, RequestChecksumCalculation.WHEN_REQUIRED);
    }

    /** {@value #RETRY_DELAY_VARIABLE} (milliseconds, default 5000) and {@value #LOCAL_DIR_VARIABLE}. */
    public static UploadOptions fromEnv(Env env) {
        int delayMs = env.integer(RETRY_DELAY_VARIABLE, (int) DEFAULT_RETRY_DELAY.toMillis());
        if (delayMs < 0) {
            throw new MigrationException(ErrorCode.CONFIGURATION,
                    RETRY_DELAY_VARIABLE + " has the value '" + delayMs + "'; expected milliseconds >= 0");
        }
        Path dir = env.get(LOCAL_DIR_VARIABLE).map(Path::of).orElse(DEFAULT_LOCAL_DIR);
        return new UploadOptions(Duration.ofMillis(delayMs), dir, RequestChecksumCalculation.WHEN_REQUIRED);
    }

    public UploadOptions withRetryDelay(Duration delay) {
        return new UploadOptions(delay, localDir, checksumCalculation);
    }

    public UploadOptions withLocalDir(Path dir) {
        return new UploadOptions(retryDelay, dir, checksumCalculation);
    }

    public UploadOptions withChecksumCalculation(RequestChecksumCalculation calculation) {
        return new UploadOptions(retryDelay, localDir, calculation);
    }
}
