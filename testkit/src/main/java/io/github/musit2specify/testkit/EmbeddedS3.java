package io.github.musit2specify.testkit;

import org.gaul.s3proxy.AuthenticationType;
import org.gaul.s3proxy.S3Proxy;
import org.jclouds.ContextBuilder;
import org.jclouds.blobstore.BlobStoreContext;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;

/**
 * S3Proxy 2.6.0 in-process: a real S3 protocol server (AWS SigV2/V4 authentication) on a random
 * loopback port. {@code transient-nio2} keeps objects in memory; {@code filesystem-nio2} keeps them
 * as files the user can open. (The older {@code filesystem} provider also lists directory
 * placeholders as keys ending in '/', which real buckets don't do unless someone put such a key.)
 */
public final class EmbeddedS3 implements AutoCloseable {
    public static final String REGION = "us-east-1";
    private static final long START_TIMEOUT_MS = 30_000;
    private static EmbeddedS3 shared;

    private final S3Proxy proxy;
    private final BlobStoreContext context;
    private final String accessKey;
    private final String secretKey;
    private final Path baseDir;

    private EmbeddedS3(S3Proxy proxy, BlobStoreContext context, String accessKey, String secretKey, Path baseDir) {
        this.proxy = proxy;
        this.context = context;
        this.accessKey = accessKey;
        this.secretKey = secretKey;
        this.baseDir = baseDir;
    }

    /** In memory; objects are gone after {@link #close()}. */
    public static EmbeddedS3 startTransient() {
        return start("transient-nio2", new Properties(), null);
    }

    /** Objects are files under {@code dir/<bucket>/<key>} (kept after close). */
    public static EmbeddedS3 start(Path dir) {
        try {
            Files.createDirectories(dir);
        } catch (Exception e) {
            throw new IllegalStateException("cannot create S3 directory " + dir, e);
        }
        Properties properties = new Properties();
        properties.setProperty("jclouds.filesystem.basedir", dir.toAbsolutePath().toString());
        return start("filesystem-nio2", properties, dir.toAbsolutePath());
    }

    /** One transient server per JVM, started on first use and stopped by a shutdown hook. */
    public static synchronized EmbeddedS3 shared() {
        if (shared == null) {
            shared = startTransient();
            EmbeddedS3 instance = shared;
            Runtime.getRuntime().addShutdownHook(new Thread(instance::close, "embedded-s3-stop"));
        }
        return shared;
    }

    private static EmbeddedS3 start(String provider, Properties overrides, Path baseDir) {
        String accessKey = "musit2specify-test";
        String secretKey = "secret-" + UUID.randomUUID();
        BlobStoreContext context = ContextBuilder.newBuilder(provider)
                .credentials(accessKey, secretKey)
                .overrides(overrides)
                .build(BlobStoreContext.class);
        S3Proxy proxy = S3Proxy.builder()
                .blobStore(context.getBlobStore())
                .endpoint(URI.create("http://127.0.0.1:0"))
                .awsAuthentication(AuthenticationType.AWS_V2_OR_V4, accessKey, secretKey)
                .build();
        try {
            proxy.start();
            long deadline = System.currentTimeMillis() + START_TIMEOUT_MS;
            while (!"STARTED".equals(proxy.getState())) {
                if (System.currentTimeMillis() > deadline) {
                    throw new IllegalStateException("S3Proxy did not start within " + START_TIMEOUT_MS + " ms");
                }
                Thread.sleep(5);
            }
        } catch (Exception e) {
            context.close();
            throw new IllegalStateException("cannot start S3Proxy (" + provider + ")", e);
        }
        return new EmbeddedS3(proxy, context, accessKey, secretKey, baseDir);
    }

    public URI endpoint() {
        return URI.create("http://127.0.0.1:" + proxy.getPort());
    }

    public String accessKey() {
        return accessKey;
    }

    public String secretKey() {
        return secretKey;
    }

    /** Creates the bucket unless it exists. */
    public void createBucket(String bucket) {
        context.getBlobStore().createContainerInLocation(null, bucket);
    }

    /** A fresh, uniquely named bucket (tests that share one server use one bucket each). */
    public String createUniqueBucket(String prefix) {
        String bucket = prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
        createBucket(bucket);
        return bucket;
    }

    /** S3_ENDPOINT_URL, S3_BUCKET, AWS_ACCESS_KEY_ID, AWS_SECRET_ACCESS_KEY, AWS_DEFAULT_REGION. */
    public Map<String, String> env(String bucket) {
        Map<String, String> env = new LinkedHashMap<>();
        env.put("S3_ENDPOINT_URL", endpoint().toString());
        env.put("S3_BUCKET", bucket);
        env.put("AWS_ACCESS_KEY_ID", accessKey);
        env.put("AWS_SECRET_ACCESS_KEY", secretKey);
        env.put("AWS_DEFAULT_REGION", REGION);
        return env;
    }

    /** Where the filesystem backend keeps an object ({@link #start(Path)} only). */
    public Path objectPath(String bucket, String key) {
        if (baseDir == null) {
            throw new IllegalStateException("a transient S3 server keeps no files; use EmbeddedS3.start(dir)");
        }
        return baseDir.resolve(bucket).resolve(key);
    }

    @Override
    public void close() {
        try {
            proxy.stop();
        } catch (Exception e) {
            throw new IllegalStateException("cannot stop S3Proxy", e);
        } finally {
            context.close();
        }
    }
}
