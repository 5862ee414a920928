package io.github.musit2specify.cli;

import io.github.musit2specify.config.Env;
import io.github.musit2specify.s3.S3ClientFactory;
import io.github.musit2specify.s3.S3Settings;
import io.github.musit2specify.testkit.EmbeddedS3;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.s3.S3Client;

import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

class CheckCommandTest {
    static EmbeddedS3 s3;
    static String bucket;

    @BeforeAll
    static void start() {
        s3 = EmbeddedS3.shared();
        bucket = s3.createUniqueBucket("cli-check");
    }

    @Test
    void s3CheckHeadsWritesAndDeletesUnderConnectivityCheck() {
        CliRun run = CliRun.of(s3.env(bucket), "check", "--skip-oracle", "--skip-specify");
        assertThat(run.exitCode()).isZero();
        assertThat(run.out().lines()).satisfiesExactly(
                l -> assertThat(l).startsWith("SKIP").contains("Oracle"),
                l -> assertThat(l).startsWith("SKIP").contains("Specify"),
                l -> assertThat(l).startsWith("OK").contains("S3", "bucket " + bucket, "wrote and deleted oracle-schema/connectivity-check/"));
        try (S3Client client = S3ClientFactory.create(S3Settings.fromEnv(Env.of(s3.env(bucket))))) {
            assertThat(client.listObjectsV2(b -> b.bucket(bucket)).contents()).isEmpty();
        }
    }

    @Test
    void missingBucketIsAFailLineWithCauseAndHint() {
        CliRun run = CliRun.of(s3.env("no-such-bucket"), "check", "--skip-oracle", "--skip-specify");
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out()).contains("FAIL", "head bucket failed", "404", "hint:", "S3_BUCKET");
    }

    @Test
    void wrongSecretIsAFailLineNamingTheCredentials() {
        Map<String, String> env = new HashMap<>(s3.env(bucket));
        env.put("AWS_SECRET_ACCESS_KEY", "wrong-secret-value-123");
        CliRun run = CliRun.of(env, "check", "--skip-oracle", "--skip-specify");
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out()).contains("FAIL", "403", "AWS_SECRET_ACCESS_KEY").doesNotContain("wrong-secret-value-123");
    }

    @Test
    void unsetBucketIsAConfigurationProblem() {
        CliRun run = CliRun.of(Map.of(), "check", "--skip-oracle", "--skip-specify");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.out()).contains("FAIL", "S3_BUCKET is not set", "a local .env is not injected");
    }

    @Test
    void oracleCheckRunsSysdateOnTheProfilesUrl() {
        Map<String, String> env = Map.of("ORACLE_TEST_URL", "jdbc:h2:mem:check_oracle;MODE=Oracle",
                "ORACLE_TEST_USER", "sa", "ORACLE_TEST_PASSWORD", "pw-not-shown");
        CliRun run = CliRun.of(env, "check", "--oracle-env", "TEST", "--skip-specify", "--skip-s3");
        assertThat(run.exitCode()).isZero();
        assertThat(run.out().lines().findFirst()).hasValueSatisfying(l ->
                assertThat(l).startsWith("OK").contains("Oracle", "profile TEST", "SELECT sysdate FROM dual"));
        assertThat(run.out()).doesNotContain("pw-not-shown");
    }

    @Test
    void missingOracleProfileNamesTheVariables() {
        CliRun run = CliRun.of(Map.of(), "check", "--skip-specify", "--skip-s3");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.out()).contains("FAIL", "ORACLE_PROD_USER is not set", "ORACLE_PROD_URL");
    }

    @Test
    void unreachableSpecifyFailsInBoundedTimeWithoutShowingThePassword() throws IOException {
        Map<String, String> env = Map.of("DATABASE_HOST", "127.0.0.1", "DATABASE_PORT", String.valueOf(freePort()),
                "APP_USER_PASSWORD", "pw-not-shown");
        CliRun run = assertTimeoutPreemptively(Duration.ofSeconds(60),
                () -> CliRun.of(env, "check", "--skip-oracle", "--skip-s3"));
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out()).contains("FAIL", "Specify", "127.0.0.1", "hint:", "DATABASE_HOST").doesNotContain("pw-not-shown");
    }

    @Test
    void missingSpecifyPasswordIsAConfigurationProblem() {
        CliRun run = CliRun.of(Map.of(), "check", "--skip-oracle", "--skip-s3");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.out()).contains("APP_USER_PASSWORD is not set");
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
