package io.github.musit2specify.s3;

import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.checksums.RequestChecksumCalculation;
import software.amazon.awssdk.core.checksums.ResponseChecksumValidation;
import software.amazon.awssdk.http.auth.aws.signer.AwsV4FamilyHttpSigner;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.S3ClientBuilder;
import software.amazon.awssdk.services.s3.S3Configuration;
import software.amazon.awssdk.services.s3.presigner.S3Presigner;
import software.amazon.awssdk.services.s3.auth.scheme.S3AuthSchemeProvider;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.HttpURLConnection;
import java.net.URI;
import java.time.Duration;

/**
 * Builds S3 clients from {@link S3Settings}. The default is the compatible mode that MinIO, Ceph and
 * S3Proxy accept (as the earlier boto3 client): path-style addressing (S3_FORCE_PATH_STYLE), request
 * checksums only WHEN_REQUIRED (so no streaming checksum trailer), one plain (not aws-chunked) body,
 * payload signing per S3_PAYLOAD_SIGNING_ENABLED. Measured with SDK 2.57.8: over plain http the SDK
 * signs the payload whatever that setting says; over https "false" sends UNSIGNED-PAYLOAD.
 *
 * <p>The SDK's own retries are off: callers (ReportUploader) retry, and the attempts must add up to
 * what the log says. Timeouts are bounded so an unreachable endpoint fails in bounded time.
 */
public final class S3ClientFactory {
    public static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(5);
    public static final Duration SOCKET_TIMEOUT = Duration.ofSeconds(30);
    public static final Duration API_CALL_ATTEMPT_TIMEOUT = Duration.ofSeconds(60);

    private S3ClientFactory() {
    }

    /** The compatible mode (checksums WHEN_REQUIRED). */
    public static S3Client create(S3Settings settings) {
        return create(settings, RequestChecksumCalculation.WHEN_REQUIRED);
    }

    /**
     * @param checksumCalculation WHEN_REQUIRED for the compatible mode; WHEN_SUPPORTED keeps every SDK
     *                            default for uploads (aws-chunked body with a CRC32 trailer) — the mode
     *                            S3Proxy answers with XAmzContentSHA256Mismatch, used to test the fallback
     */
    public static S3Client create(S3Settings settings, RequestChecksumCalculation checksumCalculation) {
        return builder(settings, checksumCalculation).build();
    }

    static S3ClientBuilder builder(S3Settings settings, RequestChecksumCalculation checksumCalculation) {
        boolean compatible = checksumCalculation == RequestChecksumCalculation.WHEN_REQUIRED;
        boolean signPayload = settings.payloadSigningEnabled();
        S3ClientBuilder builder = S3Client.builder()
                .region(Region.of(settings.region()))
                .credentialsProvider(credentials(settings))
                .forcePathStyle(settings.forcePathStyle())
                .requestChecksumCalculation(checksumCalculation)
                .responseChecksumValidation(ResponseChecksumValidation.WHEN_REQUIRED)
                .authSchemeProvider(params -> S3AuthSchemeProvider.defaultProvider().resolveAuthScheme(params).stream()
                        .map(option -> {
                            var b = option.toBuilder().putSignerProperty(AwsV4FamilyHttpSigner.PAYLOAD_SIGNING_ENABLED, signPayload);
                            if (compatible) {
                                b.putSignerProperty(AwsV4FamilyHttpSigner.CHUNK_ENCODING_ENABLED, false);
                            }
                            return b.build();
                        })
                        .toList())
                .overrideConfiguration(o -> o
                        .retryStrategy(b -> b.maxAttempts(1))
                        .apiCallAttemptTimeout(API_CALL_ATTEMPT_TIMEOUT));
        httpClient(builder, settings);
        settings.endpoint().ifPresent(builder::endpointOverride);
        return builder;
    }

    /**
     * Over plain http (an in-house MinIO, S3Proxy) the connections are made here: the SDK's own factory
     * sets up TLS when the client is built, which costs a cold JVM about 0.15 s for nothing. Same
     * timeouts either way.
     */
    private static void httpClient(S3ClientBuilder builder, S3Settings settings) {
        if (settings.endpoint().map(uri -> "http".equalsIgnoreCase(uri.getScheme())).orElse(false)) {
            builder.httpClient(UrlConnectionHttpClient.create(S3ClientFactory::plainHttpConnection));
        } else {
            builder.httpClientBuilder(UrlConnectionHttpClient.builder()
                    .connectionTimeout(CONNECT_TIMEOUT)
                    .socketTimeout(SOCKET_TIMEOUT));
        }
    }

    private static HttpURLConnection plainHttpConnection(URI uri) {
        try {
            HttpURLConnection connection = (HttpURLConnection) uri.toURL().openConnection();
            connection.setConnectTimeout((int) CONNECT_TIMEOUT.toMillis());
            connection.setReadTimeout((int) SOCKET_TIMEOUT.toMillis());
            return connection;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open a connection to " + uri, e);
        }
    }

    /** Signs GET links for the same endpoint, region, credentials and addressing as {@link #create}. */
    public static S3Presigner presigner(S3Settings settings) {
        S3Presigner.Builder builder = S3Presigner.builder()
                .region(Region.of(settings.region()))
                .credentialsProvider(credentials(settings))
                .serviceConfiguration(S3Configuration.builder().pathStyleAccessEnabled(settings.forcePathStyle()).build());
        settings.endpoint().ifPresent(builder::endpointOverride);
        return builder.build();
    }

    private static AwsCredentialsProvider credentials(S3Settings settings) {
        if (settings.accessKeyId().isPresent() && settings.secretAccessKey().isPresent()) {
            return StaticCredentialsProvider.create(AwsBasicCredentials.create(
                    settings.accessKeyId().get(), settings.secretAccessKey().get()));
        }
        return DefaultCredentialsProvider.builder().build();
    }
}
