package io.github.musit2specify.s3;

import io.github.musit2specify.config.Env;
import io.github.musit2specify.error.ErrorCode;
import io.github.musit2specify.error.MigrationException;
import io.github.musit2specify.report.ReportKeys;
import io.github.musit2specify.text.Redaction;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Optional;

/** S3 settings read from the environment (reports.md, "S3 client settings"). */
public record S3Settings(
        Optional<String> bucket,
        String reportsRoot,
        String snapshotPrefix,
        Optional<URI> endpoint,
        Optional<String> accessKeyId,
        Optional<String> secretAccessKey,
        String region,
        boolean forcePathStyle,
        boolean payloadSigningEnabled) {

    public static final String DEFAULT_REGION = "us-east-1";
    public static final String DEFAULT_SNAPSHOT_PREFIX = "oracle-schema";

    public static S3Settings fromEnv(Env env) {
        Optional<URI> endpoint = env.get("S3_ENDPOINT_URL").map(S3Settings::parseEndpoint);
        return new S3Settings(
                env.get("S3_BUCKET"),
                ReportKeys.normaliseRoot(env.raw("S3_MIGRATION_REPORTS_PREFIX").orElse(null)),
                env.get("S3_PREFIX").map(ReportKeys::trimSlashes).filter(p -> !p.isEmpty())
                        .orElse(DEFAULT_SNAPSHOT_PREFIX),
                endpoint,
                env.firstOf("AWS_ACCESS_KEY_ID", "S3_ACCESS_KEY_ID"),
                env.firstOf("AWS_SECRET_ACCESS_KEY", "S3_SECRET_ACCESS_KEY"),
                env.firstOf("AWS_DEFAULT_REGION", "S3_REGION").orElse(DEFAULT_REGION),
                env.flag("S3_FORCE_PATH_STYLE", true),
                env.flag("S3_PAYLOAD_SIGNING_ENABLED", false));
    }

    public ReportKeys reportKeys() {
        return new ReportKeys(reportsRoot);
    }

    public S3Settings withPayloadSigning(boolean enabled) {
        return new S3Settings(bucket, reportsRoot, snapshotPrefix, endpoint, accessKeyId, secretAccessKey,
                region, forcePathStyle, enabled);
    }

    /** The endpoint with any user-info password masked, for output. */
    public Optional<String> endpointForDisplay() {
        return endpoint.map(uri -> Redaction.maskSecrets(uri.toString()));
    }

    /** For logs: never the keys themselves. */
    @Override
    public String toString() {
        return "S3Settings[bucket=" + bucket.orElse("(unset)") + ", reportsRoot=" + reportsRoot
                + ", snapshotPrefix=" + snapshotPrefix + ", endpoint=" + endpointForDisplay().orElse("(AWS default)")
                + ", accessKeyId=" + (accessKeyId.isPresent() ? "****" : "(default chain)")
                + ", secretAccessKey=" + (secretAccessKey.isPresent() ? "****" : "(default chain)")
                + ", region=" + region + ", forcePathStyle=" + forcePathStyle
                + ", payloadSigningEnabled=" + payloadSigningEnabled + "]";
    }

    private static URI parseEndpoint(String value) {
        try {
            URI uri = new URI(value);
            if (uri.getScheme() == null || uri.getHost() == null) {
                throw new URISyntaxException(value, "expected http(s)://host[:port]");
            }
            return uri;
        } catch (URISyntaxException e) {
            throw new MigrationException(ErrorCode.CONFIGURATION,
                    "S3_ENDPOINT_URL has the value '" + Redaction.maskSecrets(value) + "', which is not a URL like http://minio:9000");
        }
    }
}
