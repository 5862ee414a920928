package io.github.musit2specify.testkit;

import org.jclouds.ContextBuilder;
import org.jclouds.blobstore.BlobStore;
import org.jclouds.blobstore.BlobStoreContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Talks to the embedded server over the S3 protocol (jclouds' S3 client, which S3Proxy already brings). */
class EmbeddedS3Test {

    @Test
    void transientServerStoresAndServesObjectsOverS3() throws Exception {
        try (EmbeddedS3 s3 = EmbeddedS3.startTransient()) {
            s3.createBucket("reports");
            try (BlobStoreContext client = client(s3, s3.secretKey())) {
                BlobStore store = client.getBlobStore();
                store.putBlob("reports", store.blobBuilder("a/b/report.json").payload("{\"x\":1}").build());
                try (InputStream in = store.getBlob("reports", "a/b/report.json").getPayload().openStream()) {
                    assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8)).isEqualTo("{\"x\":1}");
                }
            }
            assertThatThrownBy(() -> s3.objectPath("reports", "k")).isInstanceOf(IllegalStateException.class);
        }
    }

    @Test
    void filesystemServerKeepsObjectsAsFiles(@TempDir Path dir) throws Exception {
        try (EmbeddedS3 s3 = EmbeddedS3.start(dir)) {
            s3.createBucket("reports");
            try (BlobStoreContext client = client(s3, s3.secretKey())) {
                BlobStore store = client.getBlobStore();
                store.putBlob("reports", store.blobBuilder("root/cat/20260410T145733Z/report.json").payload("{}").build());
            }
            Path file = s3.objectPath("reports", "root/cat/20260410T145733Z/report.json");
            assertThat(file).startsWith(dir.toAbsolutePath());
            assertThat(Files.readString(file)).isEqualTo("{}");
        }
    }

    @Test
    void wrongSecretIsRejected() {
        try (EmbeddedS3 s3 = EmbeddedS3.startTransient()) {
            s3.createBucket("reports");
            try (BlobStoreContext client = client(s3, "not-the-secret")) {
                assertThatThrownBy(() -> client.getBlobStore().list("reports")).isInstanceOf(RuntimeException.class);
            }
        }
    }

    @Test
    void envNamesTheEndpointBucketAndCredentials() {
        EmbeddedS3 s3 = EmbeddedS3.shared();
        assertThat(EmbeddedS3.shared()).isSameAs(s3);
        assertThat(s3.env("b"))
                .containsEntry("S3_ENDPOINT_URL", s3.endpoint().toString())
                .containsEntry("S3_BUCKET", "b")
                .containsEntry("AWS_ACCESS_KEY_ID", s3.accessKey())
                .containsEntry("AWS_SECRET_ACCESS_KEY", s3.secretKey())
                .containsEntry("AWS_DEFAULT_REGION", "us-east-1");
        assertThat(s3.endpoint().getPort()).isPositive();
    }

    private static BlobStoreContext client(EmbeddedS3 s3, String secret) {
        Properties p = new Properties();
        p.setProperty("jclouds.s3.virtual-host-buckets", "false");
        return ContextBuilder.newBuilder("s3")
                .endpoint(s3.endpoint().toString())
                .credentials(s3.accessKey(), secret)
                .overrides(p)
                .buildView(BlobStoreContext.class);
    }
}
