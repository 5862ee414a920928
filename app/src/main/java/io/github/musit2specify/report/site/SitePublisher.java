package io.github.musit2specify.report.site;

import io.github.musit2specify.error.ErrorCode;
import io.github.musit2specify.error.MigrationException;
import io.github.musit2specify.report.ReportKeyClassifier;
import io.github.musit2specify.s3.S3ClientFactory;
import io.github.musit2specify.s3.S3Clients;
import io.github.musit2specify.s3.S3Failures;
import io.github.musit2specify.s3.S3Settings;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.presigner.S3Presigner;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

/** Puts the built overview where people open it: a local folder, the bucket, a pre-signed link. */
public final class SitePublisher {
    /** Signature Version 4 links live at most seven days. */
    public static final int MAX_PRESIGN_DAYS = 7;
    /** No charset parameter: S3Proxy rewrites it and the signature no longer matches; the page declares UTF-8 itself. */
    static final String CONTENT_TYPE = "text/html";

    private SitePublisher() {
    }

    /** {@code {reportsRoot}/_site/index.html}, which {@code reports list} never shows. */
    public static String siteKey(S3Settings settings) {
        return settings.reportsRoot() + "/" + ReportKeyClassifier.SITE_FOLDER + "/" + ReportSite.INDEX_FILE;
    }

    /** Writes DIR/index.html (creating DIR); returns the file. */
    public static Path write(String html, Path dir) {
        try {
            Files.createDirectories(dir);
            Path index = dir.resolve(ReportSite.INDEX_FILE);
            Files.writeString(index, html, StandardCharsets.UTF_8);
            return index;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the overview into " + dir + ": " + e.getMessage(), e);
        }
    }

    /** Uploads the page to {@link #siteKey}; returns the key. */
    public static String upload(String html, S3Settings settings) {
        String bucket = settings.bucket().orElseThrow();
        String key = siteKey(settings);
        try {
            S3Clients.invocation().client(settings).putObject(b -> b.bucket(bucket).key(key).contentType(CONTENT_TYPE), RequestBody.fromString(html, StandardCharsets.UTF_8));
        } catch (SdkException e) {
            throw new MigrationException(ErrorCode.S3_UPLOAD, "cannot upload the overview to s3://" + bucket + "/" + key + ": "
                    + S3Failures.describe(e) + " — " + S3Failures.hint(e), e);
        }
        return key;
    }

    /** A GET link to the uploaded overview that works for {@code days} days without credentials. */
    public static URL presign(S3Settings settings, int days) {
        if (days < 1 || days > MAX_PRESIGN_DAYS) {
            throw new MigrationException(ErrorCode.USAGE, "--presign-days must be 1 to " + MAX_PRESIGN_DAYS
                    + " (S3 signatures last at most seven days), not " + days);
        }
        try (S3Presigner presigner = S3ClientFactory.presigner(settings)) {
            return presigner.presignGetObject(p -> p.signatureDuration(Duration.ofDays(days))
                    .getObjectRequest(g -> g.bucket(settings.bucket().orElseThrow()).key(siteKey(settings)))).url();
        }
    }
}
