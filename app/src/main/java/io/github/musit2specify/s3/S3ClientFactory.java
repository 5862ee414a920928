package io.github.musit2specify.s3;

import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.checksums.RequestChecksumCalculation;
import software.amazon.awssdk.core.checksums.ResponseChecksumValidation;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.S3Configuration;

import java.time.Duration;

/** Builds S3 clients from {@link S3Settings}; path-style and checksums WHEN_REQUIRED by default. */
public final class S3ClientFactory {
    static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(5);
    static final Duration SOCKET_TIMEOUT = Duration.ofSeconds(30);

    private S3ClientFactory() {
    }

    public static S3Client create(S3Settings settings) {
        return create(settings, RequestChecksumCalculation.WHEN_REQUIRED);
    }

    /**
     * @param checksumCalculation WHEN_REQUIRED for MinIO/S3Proxy compatibility (as the earlier boto3
     *                            client); WHEN_SUPPORTED is the SDK default, kept for tests of the fallback
     */
    public static S3Client create(S3Settings settings, RequestChecksumCalculation checksumCalculation) {
        var builder = S3Client.builder()
                .region(Region.of(settings.region()))
                .credentialsProvider(credentials(settings))
                .httpClientBuilder(UrlConnectionHttpClient.builder()
                        .connectionTimeout(CONNECT_TIMEOUT)
                        .socketTimeout(SOCKET_TIMEOUT))
                .requestChecksumCalculation(checksumCalculation)
                .responseChecksumValidation(ResponseChecksumValidation.WHEN_REQUIRED)
                .serviceConfiguration(S3Configuration.builder()
                        .pathStyleAccessEnabled(settings.forcePathStyle())
                        .chunkedEncodingEnabled(settings.payloadSigningEnabled())
                        .build())
                // our own retry policy (ReportUploader) decides; the SDK's would multiply the attempts
                .overrideConfiguration(o -> o.retryStrategy(software.amazon.awssdk.core.retry.RetryMode.STANDARD)
                        .retryStrategy(b -> b.maxAttempts(1)));
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
