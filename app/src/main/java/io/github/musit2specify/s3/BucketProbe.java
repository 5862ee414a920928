package io.github.musit2specify.s3;

import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * Proves a bucket usable with the configured credentials: head the bucket, write a small object, delete
 * it. Used by {@code check} (under S3_PREFIX) and by the preflight of live runs (under the reports root).
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
        String step = "head bucket";
        try {
            client.headBucket(b -> b.bucket(bucket));
            step = "write s3://" + bucket + "/" + key;
            client.putObject(b -> b.bucket(bucket).key(key).contentType("text/plain"),
                    RequestBody.fromString("musit2specify connectivity check; safe to delete\n"));
            step = "delete s3://" + bucket + "/" + key;
            client.deleteObject(b -> b.bucket(bucket).key(key));
        } catch (RuntimeException e) {
            throw new Failed(step, e);
        }
    }
}
