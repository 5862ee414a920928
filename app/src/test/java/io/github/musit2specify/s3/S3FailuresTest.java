package io.github.musit2specify.s3;

import org.junit.jupiter.api.Test;
import software.amazon.awssdk.awscore.exception.AwsErrorDetails;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.services.s3.model.S3Exception;

import java.net.ConnectException;

import static org.assertj.core.api.Assertions.assertThat;

class S3FailuresTest {

    @Test
    void serviceAnswersAreDescribedByCodeAndStatus() {
        S3Exception noBucket = s3Error("NoSuchBucket", 404, "The specified bucket does not exist");
        assertThat(S3Failures.describe(noBucket)).isEqualTo("NoSuchBucket (HTTP 404): The specified bucket does not exist");
        assertThat(S3Failures.isPermanent(noBucket)).as("retried twice like every answer (reports.md)").isFalse();
        assertThat(S3Failures.hint(noBucket)).contains("S3_BUCKET");
    }

    @Test
    void serverErrorsThrottlingAndTheMismatchAreRetried() {
        assertThat(S3Failures.isPermanent(s3Error("InternalError", 500, "x"))).isFalse();
        assertThat(S3Failures.isPermanent(s3Error("SlowDown", 503, "x"))).isFalse();
        assertThat(S3Failures.isPermanent(s3Error("RequestTimeout", 400, "x"))).isFalse();
        assertThat(S3Failures.isPermanent(s3Error("AccessDenied", 403, "x"))).isFalse();
        assertThat(S3Failures.isPermanent(s3Error(null, 429, null))).isFalse();
        S3Exception mismatch = s3Error("XAmzContentSHA256Mismatch", 400, "x");
        assertThat(S3Failures.isSha256Mismatch(mismatch)).isTrue();
        assertThat(S3Failures.isPermanent(mismatch)).isFalse();
    }

    @Test
    void headRequestsWithoutBodyAreNamedByStatus() {
        assertThat(S3Failures.describe(s3Error(null, 403, null))).isEqualTo("Forbidden (HTTP 403)");
        assertThat(S3Failures.hint(s3Error(null, 403, null))).contains("AWS_SECRET_ACCESS_KEY");
    }

    @Test
    void networkFailuresAndMissingCredentialsAreToldApart() {
        SdkClientException refused = SdkClientException.create("Unable to execute HTTP request", new ConnectException("Connection refused"));
        assertThat(S3Failures.isNetworkFailure(refused)).isTrue();
        assertThat(S3Failures.isPermanent(refused)).isFalse();
        assertThat(S3Failures.describe(refused)).startsWith("no answer from the S3 service").contains("Connection refused");
        SdkClientException noCredentials = SdkClientException.create("Unable to load credentials from any of the providers in the chain");
        assertThat(S3Failures.isMissingCredentials(noCredentials)).isTrue();
        assertThat(S3Failures.isPermanent(noCredentials)).isTrue();
        assertThat(S3Failures.hint(noCredentials)).contains("AWS_ACCESS_KEY_ID");
    }

    private static S3Exception s3Error(String code, int status, String message) {
        return (S3Exception) S3Exception.builder().statusCode(status)
                .awsErrorDetails(AwsErrorDetails.builder().errorCode(code).errorMessage(message).build()).build();
    }
}
