package io.github.musit2specify.s3;

import io.github.musit2specify.config.Env;
import io.github.musit2specify.testkit.EmbeddedS3;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.checksums.RequestChecksumCalculation;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.http.SdkHttpRequest;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.S3Exception;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** What the settings really do on the wire (SDK 2.57.8 against S3Proxy), seen by an interceptor. */
class S3ClientFactoryTest {
    private static EmbeddedS3 s3;
    private static String bucket;

    @BeforeAll
    static void start() {
        s3 = EmbeddedS3.shared();
        bucket = s3.createUniqueBucket("factory");
    }

    @Test
    void compatibleModeUsesPathStyleOnePlainSignedBodyAndNoChecksumTrailer() {
        List<SdkHttpRequest> sent = new ArrayList<>();
        try (S3Client client = client(Map.of(), RequestChecksumCalculation.WHEN_REQUIRED, sent)) {
            client.putObject(b -> b.bucket(bucket).key("a/b.json"), RequestBody.fromString("{}"));
        }
        SdkHttpRequest put = sent.get(0);
        assertThat(put.host()).isEqualTo("localhost");
        assertThat(put.encodedPath()).isEqualTo("/" + bucket + "/a/b.json");
        assertThat(put.firstMatchingHeader("x-amz-trailer")).isEmpty();
        assertThat(put.firstMatchingHeader("Content-Encoding")).isEmpty();
        // over plain http the SDK signs the payload even with S3_PAYLOAD_SIGNING_ENABLED=false (its rule, not ours)
        assertThat(put.firstMatchingHeader("x-amz-content-sha256")).hasValueSatisfying(v -> assertThat(v).matches("[0-9a-f]{64}"));
    }

    @Test
    void payloadSigningEnabledSendsTheBodysSha256() {
        List<SdkHttpRequest> sent = new ArrayList<>();
        try (S3Client client = client(Map.of("S3_PAYLOAD_SIGNING_ENABLED", "yes"), RequestChecksumCalculation.WHEN_REQUIRED, sent)) {
            client.putObject(b -> b.bucket(bucket).key("signed.json"), RequestBody.fromString("{}"));
        }
        assertThat(sent.get(0).firstMatchingHeader("x-amz-content-sha256"))
                .contains("44136fa355b3678a1146ad16f7e8649e94fb4fc21fe77e8310c060f61caaff8a"); // sha256("{}")
    }

    @Test
    void virtualHostStyleWhenPathStyleIsTurnedOff() {
        List<SdkHttpRequest> sent = new ArrayList<>();
        try (S3Client client = client(Map.of("S3_FORCE_PATH_STYLE", "false"), RequestChecksumCalculation.WHEN_REQUIRED, sent)) {
            catchThrowableOfType(RuntimeException.class, () -> client.headBucket(b -> b.bucket(bucket)));
        }
        assertThat(sent).isNotEmpty();
        assertThat(sent.get(0).host()).isEqualTo(bucket + ".localhost");
    }

    @Test
    void sdkDefaultChecksumModeStreamsATrailerWhichS3ProxyRejects() {
        List<SdkHttpRequest> sent = new ArrayList<>();
        try (S3Client client = client(Map.of(), RequestChecksumCalculation.WHEN_SUPPORTED, sent)) {
            S3Exception e = catchThrowableOfType(S3Exception.class,
                    () -> client.putObject(b -> b.bucket(bucket).key("x.json"), RequestBody.fromString("{}")));
            assertThat(S3Failures.isSha256Mismatch(e)).isTrue();
            assertThat(e.statusCode()).isEqualTo(400);
        }
        assertThat(sent).hasSize(1); // the SDK's own retries are off
        assertThat(sent.get(0).firstMatchingHeader("x-amz-trailer")).isPresent();
    }

    private static S3Client client(Map<String, String> extra, RequestChecksumCalculation mode, List<SdkHttpRequest> sent) {
        Map<String, String> env = new HashMap<>(s3.env(bucket));
        // a host name, not an IP: the SDK's endpoint rules use path-style for IP endpoints whatever the setting
        env.put("S3_ENDPOINT_URL", "http://localhost:" + s3.endpoint().getPort());
        env.putAll(extra);
        return S3ClientFactory.builder(S3Settings.fromEnv(Env.of(env)), mode)
                .overrideConfiguration(o -> o.retryStrategy(b -> b.maxAttempts(1))
                        .addExecutionInterceptor(new ExecutionInterceptor() {
                            @Override
                            public void beforeTransmission(Context.BeforeTransmission context, ExecutionAttributes attributes) {
                                sent.add(context.httpRequest());
                            }
                        }))
                .build();
    }
}
