package io.github.musit2specify.s3;

import io.github.musit2specify.error.Causes;
import software.amazon.awssdk.awscore.exception.AwsErrorDetails;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.services.s3.model.S3Exception;

import java.util.Optional;

/** Turns SDK failures into operator text: the S3 error code, HTTP status and message, never a secret. */
public final class S3Failures {
    public static final String SHA256_MISMATCH = "XAmzContentSHA256Mismatch";

    private S3Failures() {
    }

    /** The S3 error code ("NoSuchBucket", ...), when the service answered with one. */
    public static Optional<String> errorCode(Throwable t) {
        if (t instanceof S3Exception e && e.awsErrorDetails() != null) {
            return Optional.ofNullable(e.awsErrorDetails().errorCode()).filter(c -> !c.isBlank());
        }
        return Optional.empty();
    }

    public static boolean isSha256Mismatch(Throwable t) {
        return errorCode(t).filter(SHA256_MISMATCH::equals).isPresent();
    }

    /** The SDK failed before any request went out because it found no credentials. */
    public static boolean isMissingCredentials(Throwable t) {
        return t instanceof SdkClientException && !(t instanceof S3Exception) && !isNetworkFailure(t)
                && String.valueOf(t.getMessage()).contains("credentials");
    }

    /** The request got no HTTP answer (refused, timed out, unknown host, connection dropped). */
    public static boolean isNetworkFailure(Throwable t) {
        for (Throwable c = t; c != null; c = c.getCause() == c ? null : c.getCause()) {
            if (c instanceof java.io.IOException) {
                return true;
            }
        }
        return false;
    }

    /**
     * True when no request could be sent at all (no credentials found), so a retry cannot help. Every
     * answer of the service is retried as reports.md asks ("retried twice before it counts as failed"):
     * even NoSuchBucket may be a bucket being created, a 403 a clock or policy being fixed.
     */
    public static boolean isPermanent(Throwable t) {
        return isMissingCredentials(t);
    }

    /** E.g. "NoSuchBucket (HTTP 404): The specified bucket does not exist" or "connection failed: ...". */
    public static String describe(Throwable t) {
        if (t instanceof S3Exception e) {
            AwsErrorDetails details = e.awsErrorDetails();
            String code = errorCode(t).orElseGet(() -> statusName(e.statusCode()));
            String message = details != null && details.errorMessage() != null ? details.errorMessage() : "";
            return code + " (HTTP " + e.statusCode() + ")" + (message.isBlank() ? "" : ": " + message);
        }
        if (isNetworkFailure(t)) {
            return "no answer from the S3 service: " + rootMessage(t);
        }
        if (isMissingCredentials(t)) {
            return "no S3 credentials: " + t.getMessage();
        }
        return t.getClass().getSimpleName() + ": " + rootMessage(t);
    }

    /** A hint for the operator, keyed by what went wrong. */
    public static String hint(Throwable t) {
        String code = errorCode(t).orElse("");
        int status = t instanceof S3Exception e ? e.statusCode() : 0;
        if (code.equals("NoSuchBucket") || status == 404) {
            return "check S3_BUCKET (the bucket must exist at S3_ENDPOINT_URL; this tool never creates it)";
        }
        if (code.equals("SignatureDoesNotMatch") || isMissingCredentials(t) || code.equals("InvalidAccessKeyId") || code.equals("AccessDenied")
                || status == 403) {
            return "check AWS_ACCESS_KEY_ID/AWS_SECRET_ACCESS_KEY (or S3_ACCESS_KEY_ID/S3_SECRET_ACCESS_KEY) and the"
                    + " bucket policy; in Kubernetes they come from the job's Secret";
        }
        if (code.equals(SHA256_MISMATCH)) {
            return "the service rejects this payload mode; try S3_PAYLOAD_SIGNING_ENABLED the other way";
        }
        if (isNetworkFailure(t)) {
            return "check S3_ENDPOINT_URL and that the service is reachable from where this runs";
        }
        return "check the S3 settings (S3_ENDPOINT_URL, S3_BUCKET, credentials, AWS_DEFAULT_REGION)";
    }

    private static String statusName(int status) {
        return switch (status) {
            case 400 -> "BadRequest";
            case 403 -> "Forbidden";
            case 404 -> "NotFound";
            default -> "HTTP" + status;
        };
    }

    static String rootMessage(Throwable t) {
        Throwable root = Causes.root(t);
        String m = root.getMessage();
        return root.getClass().getSimpleName() + (m == null ? "" : ": " + m);
    }
}
