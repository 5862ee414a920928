package io.github.musit2specify.report;

import ch.qos.logback.classic.Level;
import com.fasterxml.jackson.databind.JsonNode;
import io.github.musit2specify.config.Env;
import io.github.musit2specify.error.ErrorCode;
import io.github.musit2specify.error.MigrationException;
import io.github.musit2specify.json.Json;
import io.github.musit2specify.s3.S3ClientFactory;
import io.github.musit2specify.s3.S3Settings;
import io.github.musit2specify.testkit.EmbeddedS3;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.core.ResponseBytes;
import software.amazon.awssdk.core.checksums.RequestChecksumCalculation;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.GetObjectResponse;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/** Against S3Proxy in-process: upload, skip, the failures, and the payload-mode fallback. */
class ReportPublisherTest {
    private static final String TS = "20260410T145733Z";
    private static EmbeddedS3 s3;
    private static String bucket;

    @TempDir
    Path unsent;

    @BeforeAll
    static void startS3() {
        s3 = EmbeddedS3.shared();
        bucket = s3.createUniqueBucket("publisher");
    }

    @Test
    void uploadsPrettyJsonAtTheExactKeyWithBothLogLines() throws Exception {
        Map<String, String> env = env(bucket);
        env.put("S3_MIGRATION_REPORTS_PREFIX", "/prod/migration-reports/");
        MigrationReport report = report();
        PublishResult result;
        try (LogCapture logs = new LogCapture(ReportPublisher.class)) {
            result = ReportPublisher.fromEnv(Env.of(env)).publish(report);
            String key = "prod/migration-reports/collection-agents-musit-actor-person-name/" + TS + "/report.json";
            assertThat(result.key()).isEqualTo(key);
            assertThat(result.uploaded()).containsExactly("s3://" + bucket + "/" + key);
            assertThat(result.reportUploaded()).isTrue();
            assertThat(logs.lines(Level.INFO)).containsExactly(
                    "Uploading migration report to s3://" + bucket + "/" + key,
                    "Migration report upload finished: s3://" + bucket + "/" + key);
        }
        try (S3Client client = client(env)) {
            ResponseBytes<GetObjectResponse> object = client.getObjectAsBytes(b -> b.bucket(bucket).key(result.key()));
            assertThat(object.response().contentType()).isEqualTo("application/json");
            JsonNode parsed = Json.MAPPER.readTree(object.asUtf8String());
            assertThat(parsed).isEqualTo(report.toJsonNode());
            assertThat(parsed.fieldNames().next()).isEqualTo("report_version");
        }
        assertThat(unsent).isEmptyDirectory();
    }

    @Test
    void withoutBucketTheUploadIsSkippedWithTheInfoLine() {
        Map<String, String> env = env(bucket);
        env.put("S3_BUCKET", "  ");
        try (LogCapture logs = new LogCapture(ReportPublisher.class)) {
            PublishResult result = ReportPublisher.fromEnv(Env.of(env)).publish(report());
            assertThat(result.reportUploaded()).isFalse();
            assertThat(result.uploaded()).isEmpty();
            assertThat(result.key()).isEqualTo("migration-reports/collection-agents-musit-actor-person-name/" + TS + "/report.json");
            assertThat(logs.lines(Level.INFO)).singleElement().asString()
                    .contains("MIGRATION_REPORT_SKIP", "reason=no_S3_BUCKET", "S3_BUCKET");
        }
    }

    @Test
    void missingBucketFailsNamingNoSuchBucketAndKeepsTheReportLocally() throws Exception {
        MigrationReport report = report();
        MigrationException e;
        try (LogCapture logs = new LogCapture(ReportPublisher.class, ReportUploader.class)) {
            e = catchThrowableOfType(MigrationException.class,
                    () -> ReportPublisher.fromEnv(Env.of(env("no-such-bucket"))).publish(report));
            assertThat(logs.lines(Level.ERROR)).anyMatch(l -> l.contains("NoSuchBucket"));
            assertThat(logs.lines(Level.WARN)).anyMatch(l -> l.contains("saved locally to " + unsent.toAbsolutePath()));
        }
        String key = "migration-reports/collection-agents-musit-actor-person-name/" + TS + "/report.json";
        assertThat(e.errorCode()).isEqualTo(ErrorCode.S3_UPLOAD);
        assertThat(e.exitCode()).isEqualTo(1);
        assertThat(e.getMessage()).contains("NoSuchBucket", "404", "s3://no-such-bucket/" + key, "S3_BUCKET",
                "after 3 attempts", "saved locally to " + unsent.toAbsolutePath().resolve(key));
        assertSavedLocally(key, report);
    }

    @Test
    void wrongSecretFailsWithSignatureDoesNotMatchAndNeverShowsTheSecret() throws Exception {
        Map<String, String> env = env(bucket);
        env.put("AWS_SECRET_ACCESS_KEY", "wrong-secret-value-123");
        MigrationReport report = report();
        try (LogCapture logs = new LogCapture(ReportPublisher.class, ReportUploader.class)) {
            MigrationException e = catchThrowableOfType(MigrationException.class,
                    () -> ReportPublisher.fromEnv(Env.of(env)).publish(report));
            assertThat(e.getMessage()).contains("SignatureDoesNotMatch", "403", "AWS_SECRET_ACCESS_KEY", "saved locally")
                    .doesNotContain("wrong-secret-value-123").doesNotContain(s3.secretKey());
            assertThat(String.join("\n", logs.lines())).doesNotContain("wrong-secret-value-123");
        }
        assertSavedLocally(report);
    }

    @Test
    void endpointNotListeningFailsInBoundedTimeAfterTwoRetries() throws Exception {
        Map<String, String> env = env(bucket);
        env.put("S3_ENDPOINT_URL", "http://127.0.0.1:" + freePort());
        MigrationReport report = report();
        try (LogCapture logs = new LogCapture(ReportUploader.class)) {
            MigrationException e = assertTimeoutPreemptively(Duration.ofSeconds(60), () -> catchThrowableOfType(
                    MigrationException.class, () -> ReportPublisher.fromEnv(Env.of(env)).publish(report)));
            assertThat(e.getMessage()).contains("after 3 attempts", "no answer from the S3 service", "S3_ENDPOINT_URL",
                    "saved locally");
            assertThat(logs.lines(Level.WARN)).hasSize(2)
                    .allMatch(l -> l.contains("retrying in 20 ms"))
                    .anyMatch(l -> l.startsWith("Migration report upload attempt 1 of 3"))
                    .anyMatch(l -> l.startsWith("Migration report upload attempt 2 of 3"));
        }
        assertSavedLocally(report);
    }

    @Test
    void eachAttemptIsOneConnectionTheSdkDoesNotRetryOnItsOwn() throws Exception {
        AtomicInteger connections = new AtomicInteger();
        try (ServerSocket server = new ServerSocket(0)) {
            Thread acceptor = new Thread(() -> {
                while (!server.isClosed()) {
                    try (Socket ignored = server.accept()) {
                        connections.incrementAndGet();
                    } catch (IOException closed) {
                        return;
                    }
                }
            });
            acceptor.setDaemon(true);
            acceptor.start();
            Map<String, String> env = env(bucket);
            env.put("S3_ENDPOINT_URL", "http://127.0.0.1:" + server.getLocalPort());
            MigrationException e = catchThrowableOfType(MigrationException.class,
                    () -> ReportPublisher.fromEnv(Env.of(env)).publish(report()));
            assertThat(e.getMessage()).contains("after 3 attempts");
        }
        assertThat(connections.get()).isEqualTo(3);
    }

    @Test
    void sha256MismatchFallsBackOnceToTheOtherPayloadModeAndSaysSo() throws Exception {
        String own = s3.createUniqueBucket("fallback");
        Map<String, String> env = env(own);
        S3Settings settings = S3Settings.fromEnv(Env.of(env));
        UploadOptions sdkDefaultMode = UploadOptions.fromEnv(Env.of(env))
                .withChecksumCalculation(RequestChecksumCalculation.WHEN_SUPPORTED);
        MigrationReport report = report();
        try (LogCapture logs = new LogCapture(ReportPublisher.class, ReportUploader.class)) {
            PublishResult result = new ReportPublisher(settings, sdkDefaultMode).publish(report);
            assertThat(result.reportUploaded()).isTrue();
            assertThat(logs.lines(Level.WARN)).singleElement().asString()
                    .contains("XAmzContentSHA256Mismatch", "payload signing enabled", "no streaming checksum trailer");
            assertThat(logs.lines(Level.INFO)).contains("Migration report upload finished: " + result.uploaded().get(0));
        }
        try (S3Client client = client(env)) {
            String body = client.getObjectAsBytes(b -> b.bucket(own).key(
                    settings.reportKeys().key(report.category(), TS))).asUtf8String();
            assertThat(Json.MAPPER.readTree(body)).isEqualTo(report.toJsonNode());
        }
    }

    private void assertSavedLocally(MigrationReport report) throws IOException {
        assertSavedLocally("migration-reports/collection-agents-musit-actor-person-name/" + TS + "/report.json", report);
    }

    private void assertSavedLocally(String key, MigrationReport report) throws IOException {
        Path file = unsent.resolve(key);
        assertThat(file).isRegularFile();
        assertThat(Json.MAPPER.readTree(Files.readString(file))).isEqualTo(report.toJsonNode());
    }

    @Test
    void thePreflightWritesItsObjectUnderTheReportsRootAndTheRunsEndDeletesIt() {
        String own = s3.createUniqueBucket("preflight");
        Map<String, String> env = env(own);
        env.put("S3_MIGRATION_REPORTS_PREFIX", "prod/reports");
        ReportPublisher publisher = ReportPublisher.fromEnv(Env.of(env));
        try (S3Client client = client(env)) {
            publisher.preflight();
            List<String> written = keys(client, own);
            assertThat(written).singleElement(as(org.assertj.core.api.InstanceOfAssertFactories.STRING))
                    .matches("prod/reports/" + ReportPublisher.PREFLIGHT_FOLDER + "/[0-9a-f-]{36}\\.txt");

            publisher.removePreflightObject();
            assertThat(keys(client, own)).isEmpty();
            publisher.removePreflightObject(); // nothing left to delete: no request, no warning
        }
    }

    @Test
    void aPreflightThatCannotWriteNamesTheWriteAndTheHintAndLeavesNothingToDelete() {
        Map<String, String> env = env("no-such-bucket-" + System.nanoTime());
        ReportPublisher publisher = ReportPublisher.fromEnv(Env.of(env));

        MigrationException failure = catchThrowableOfType(MigrationException.class, publisher::preflight);

        assertThat(failure.errorCode()).isEqualTo(ErrorCode.S3_UPLOAD);
        assertThat(failure.getMessage()).contains("S3 preflight before writing to Specify: write s3://no-such-bucket-",
                "NoSuchBucket", "S3_BUCKET", "nothing was written to Specify");
        try (LogCapture logs = new LogCapture(ReportPublisher.class)) {
            publisher.removePreflightObject();
            assertThat(logs.lines(Level.WARN)).isEmpty();
        }
    }

    private static List<String> keys(S3Client client, String bucketName) {
        return client.listObjectsV2(b -> b.bucket(bucketName)).contents().stream()
                .map(software.amazon.awssdk.services.s3.model.S3Object::key).toList();
    }

    private Map<String, String> env(String bucketName) {
        Map<String, String> env = new HashMap<>(s3.env(bucketName));
        env.put("S3_UPLOAD_RETRY_DELAY_MS", "20");
        env.put("MIGRATION_REPORT_LOCAL_DIR", unsent.toString());
        return env;
    }

    private static S3Client client(Map<String, String> env) {
        return S3ClientFactory.create(S3Settings.fromEnv(Env.of(env)));
    }

    static MigrationReport report() {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("actors_read", 12);
        fields.put("agents_created", 10);
        fields.put("errors", List.of("actor 7: name missing"));
        return new MigrationReport(ReportMetadata.of(ReportCategory.REPORT_CATEGORY_MUSIT_COLLECTION_AGENTS, TS, "TEST", true),
                fields);
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
