package io.github.musit2specify.s3;

import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * Proves a bucket usable with the configured credentials: head the bucket, write a small object, delete
 * it. Used by {@code check} (under S3_PREFIX); the preflight of live runs writes the object under the
 * reports root and deletes it when the run ends.
 */
public final class BucketProbe {
    private BucketProbe() {
    }

    /** Which step failed, and the S3 failure. */
    public static final class Failed extends RuntimeException {
        private final String step;

        Failed(String step, RuntimeException cause) {
            super(step + " failed: " + S3Failures.describe(cause), cause);
            this.step = step;
        }

        public String step() {
            return step;
        }

        public String hint() {
            return S3Failures.hint(getCause());
        }
    }

    /**
     * @param client the invocation's shared client (S3Clients), left open
     * @throws Failed naming the step (head bucket, write or delete of {@code key}) that failed
     */
    public static void probe(S3Client client, String bucket, String key) {
        try {
            client.headBucket(b -> b.bucket(bucket));
        } catch (RuntimeException e) {
            throw new Failed("head bucket", e);
        }
        write(client, bucket, key);
        delete(client, bucket, key);
    }

    /** Writes the small probe object {@code key}: proves the bucket there and writable with these credentials. */
    public static void write(S3Client client, String bucket, String key) {
        try {
            client.putObject(b -> b.bucket(bucket).key(key).contentType("text/plain"),
                    RequestBody.fromString("musit2specify connectivity check; safe to delete\n"));
        } catch (RuntimeException e) {
            throw new Failed("write s3://" + bucket + "/" + key, e);
        }
    }

    public static void delete(S3Client client, String bucket, String key) {
        try {
            client.deleteObject(b -> b.bucket(bucket).key(key));
        } catch (RuntimeException e) {
            throw new Failed("delete s3://" + bucket + "/" + key, e);
        }
    }
}
