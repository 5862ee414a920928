package io.github.musit2specify.cli;

import io.github.musit2specify.config.Env;
import org.junit.jupiter.api.Test;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class ConfigCommandTest {
    private static final Map<String, String> COMPLETE = Map.of(
            "ORACLE_TEST_USER", "musit", "ORACLE_TEST_PASSWORD", "ora-s3cret",
            "ORACLE_TEST_HOST", "oracle.uio.no", "ORACLE_TEST_SERVICE", "MUSTST",
            "APP_USER_PASSWORD", "specify-s3cret", "DATABASE_HOST", "mariadb.local",
            "S3_BUCKET", "museum-reports", "S3_MIGRATION_REPORTS_PREFIX", "/prod/migration-reports/",
            "AWS_ACCESS_KEY_ID", "AKIAEXAMPLE", "AWS_SECRET_ACCESS_KEY", "aws-s3cret");

    @Test
    void printsTheEffectiveSettingsWithSecretsMasked() {
        StringWriter out = new StringWriter();
        int exit = Main.run(Env.of(COMPLETE), new PrintWriter(out), new PrintWriter(new StringWriter()),
                "config", "--oracle-env", "test");
        assertThat(exit).isZero();
        assertThat(out.toString())
                .contains("jdbc:oracle:thin:@//oracle.uio.no:1553/MUSTST", "mariadb.local:3306/specify",
                        "prod/migration-reports/collection-agents-musit-actor-person-name/{YYYYMMDDTHHMMSSZ}/report.json",
                        "museum-reports", "(default: DATABASE_PORT, DATABASE_NAME not set)",
                        "bn_specify (default: APP_USER_NAME not set)",
                        "Complete for dry runs only: a live run (--dry-run=false) also needs DATABASE_NAME, APP_USER_NAME")
                .doesNotContain("ora-s3cret", "specify-s3cret", "aws-s3cret", "AKIAEXAMPLE");
    }

    @Test
    void namesEveryMissingSettingAndExitsWith2() {
        StringWriter out = new StringWriter();
        int exit = Main.run(Env.of(Map.of()), new PrintWriter(out), new PrintWriter(new StringWriter()), "config");
        assertThat(exit).isEqualTo(2);
        assertThat(out.toString()).contains("ORACLE_PROD_USER is not set", "ORACLE_PROD_SERVICE is not set",
                "APP_USER_PASSWORD is not set", "(unset: reports are not uploaded, MIGRATION_REPORT_SKIP)");
    }
}
