package io.github.musit2specify.s3;

import io.github.musit2specify.config.Env;
import io.github.musit2specify.flow.Meanwhile;
import io.github.musit2specify.testkit.EmbeddedS3;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.checksums.RequestChecksumCalculation;
import software.amazon.awssdk.services.s3.S3Client;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** One client per client setting, built on first use, shared across threads, closed together. */
class S3ClientsTest {
    private final List<S3Client> built = new ArrayList<>();
    private final S3Clients clients = new S3Clients((settings, checksums) -> {
        S3Client client = S3ClientFactory.create(settings, checksums);
        synchronized (built) {
            built.add(client);
        }
        return client;
    });

    @Test
    void buildsNothingUntilAsked() {
        assertThat(clients.built()).isZero();
        clients.close();
        assertThat(built).isEmpty();
    }

    @Test
    void oneClientServesEveryBucketAndPrefixOfTheSameService() {
        EmbeddedS3 s3 = EmbeddedS3.shared();
        S3Settings reports = settings(s3, Map.of("S3_BUCKET", "a", "S3_MIGRATION_REPORTS_PREFIX", "x"));
        S3Settings snapshots = settings(s3, Map.of("S3_BUCKET", "b", "S3_PREFIX", "y"));
        S3Client first = clients.client(reports);
        assertThat(clients.client(snapshots)).isSameAs(first);
        assertThat(clients.built()).isEqualTo(1);
        clients.close();
    }

    @Test
    void anotherPayloadOrChecksumModeGetsItsOwnClient() {
        S3Settings settings = settings(EmbeddedS3.shared(), Map.of());
        S3Client compatible = clients.client(settings);
        S3Client otherSigning = clients.client(settings.withPayloadSigning(!settings.payloadSigningEnabled()));
        S3Client sdkDefaults = clients.client(settings, RequestChecksumCalculation.WHEN_SUPPORTED);
        assertThat(List.of(compatible, otherSigning, sdkDefaults)).doesNotHaveDuplicates();
        assertThat(clients.client(settings, RequestChecksumCalculation.WHEN_REQUIRED)).isSameAs(compatible);
        assertThat(clients.built()).isEqualTo(3);
        clients.close();
    }

    @Test
    void twoThreadsAskingAtOnceGetTheSameClientBuiltOnce() throws Exception {
        EmbeddedS3 s3 = EmbeddedS3.shared();
        String bucket = s3.createUniqueBucket("clients");
        S3Settings settings = settings(s3, Map.of("S3_BUCKET", bucket));
        CountDownLatch go = new CountDownLatch(1);
        CompletableFuture<S3Client> a = CompletableFuture.supplyAsync(() -> await(go, settings));
        CompletableFuture<S3Client> b = CompletableFuture.supplyAsync(() -> await(go, settings));
        go.countDown();
        assertThat(a.get()).isSameAs(b.get());
        assertThat(clients.built()).isEqualTo(1);
        // and it works from both: S3Proxy answers the bucket head
        CompletableFuture.allOf(
                CompletableFuture.runAsync(() -> a.join().headBucket(h -> h.bucket(bucket))),
                CompletableFuture.runAsync(() -> b.join().headBucket(h -> h.bucket(bucket)))).get();
        clients.close();
    }

    @Test
    void closeClosesEveryClientAndTheNextCallBuildsAFreshOne() {
        EmbeddedS3 s3 = EmbeddedS3.shared();
        String bucket = s3.createUniqueBucket("clients");
        S3Settings settings = settings(s3, Map.of("S3_BUCKET", bucket));
        S3Client first = clients.client(settings);
        clients.close();
        S3Client second = clients.client(settings);
        assertThat(second).isNotSameAs(first);
        assertThat(clients.built()).isEqualTo(2);
        second.headBucket(h -> h.bucket(bucket)); // the fresh one works
        assertThat(clients.open()).isEqualTo(1);
        clients.close();
        assertThat(clients.open()).isZero();
    }

    @Test
    void aClientBuiltMeanwhileIsTheOneTheCommandGetsLater() {
        EmbeddedS3 s3 = EmbeddedS3.shared();
        String bucket = s3.createUniqueBucket("clients");
        S3Settings settings = settings(s3, Map.of("S3_BUCKET", bucket));

        Meanwhile<S3Client> building = Meanwhile.start("s3-client-build", () -> clients.client(settings));
        S3Client client = clients.client(settings); // waits for the build in flight instead of building again

        assertThat(building.get()).isSameAs(client);
        assertThat(clients.built()).isEqualTo(1);
        assertThat(built).containsExactly(client);
        client.headBucket(h -> h.bucket(bucket)); // over plain http, with no TLS set up
        clients.close();
    }

    @Test
    void aFailedBuildMeanwhileIsLeftUnreadAndTheCommandsOwnCallSaysWhy() {
        S3Clients failing = new S3Clients((settings, checksums) -> {
            throw new IllegalStateException("no client for " + settings.region());
        });
        S3Settings settings = settings(EmbeddedS3.shared(), Map.of());

        Meanwhile<S3Client> building = Meanwhile.start("s3-client-build", () -> failing.client(settings));

        assertThat(building.awaitFailure()).hasMessageContaining("no client for");
        assertThat(failing.open()).isZero();
        assertThatThrownBy(() -> failing.client(settings)).hasMessageContaining("no client for");
    }

    private S3Client await(CountDownLatch go, S3Settings settings) {
        try {
            go.await();
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
        return clients.client(settings);
    }

    private static S3Settings settings(EmbeddedS3 s3, Map<String, String> extra) {
        return S3Settings.fromEnv(Env.of(s3.env("unused"), extra));
    }
}
