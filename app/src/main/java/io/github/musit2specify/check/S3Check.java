package io.github.musit2specify.check;

import io.github.musit2specify.config.Env;
import io.github.musit2specify.error.MigrationException;
import io.github.musit2specify.report.RunTimestamp;
import io.github.musit2specify.s3.BucketProbe;
import io.github.musit2specify.s3.S3Clients;
import io.github.musit2specify.s3.S3Settings;

import java.time.Clock;
import java.util.List;
import java.util.UUID;

/**
 * Head the bucket, then write and delete a small object under {@code {S3_PREFIX}/connectivity-check/}
 * (reports.md, troubleshooting): proves the endpoint, the credentials, and write access.
 */
public final class S3Check implements Check {
    public static final String FOLDER = "connectivity-check";

    private final Env env;
    private final Clock clock;

    public S3Check(Env env, Clock clock) {
        this.env = env;
        this.clock = clock;
    }

    @Override
    public String name() {
        return "S3";
    }

    @Override
    public List<CheckResult> run() {
        return List.of(runOnce());
    }

    private CheckResult runOnce() {
        S3Settings settings;
        try {
            settings = S3Settings.fromEnv(env);
        } catch (MigrationException e) {
            return CheckResult.misconfigured(name(), e.getMessage(), "fix the S3 variables (see docs/migration-reports.md)");
        }
        if (settings.bucket().isEmpty()) {
            return CheckResult.misconfigured(name(), "S3_BUCKET is not set",
                    "set S3_BUCKET and the S3 credentials where this runs (in Kubernetes: the job's Secret;"
                            + " a local .env is not injected into the pod)");
        }
        String bucket = settings.bucket().get();
        String where = "bucket " + bucket + " at " + settings.endpointForDisplay().orElse("the AWS default endpoint");
        String key = settings.snapshotPrefix() + "/" + FOLDER + "/" + RunTimestamp.now(clock) + "-"
                + UUID.randomUUID().toString().substring(0, 8) + ".txt";
        try {
            BucketProbe.probe(S3Clients.invocation().client(settings), bucket, key);
            return CheckResult.ok(name(), where + ": head bucket, wrote and deleted " + key);
        } catch (BucketProbe.Failed e) {
            return CheckResult.fail(name(), where + ": " + e.getMessage(), e.hint());
        }
    }
}
