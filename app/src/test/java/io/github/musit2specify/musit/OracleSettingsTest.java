package io.github.musit2specify.musit;

import io.github.musit2specify.config.ConfigErrors;
import io.github.musit2specify.config.Env;
import io.github.musit2specify.error.ErrorCode;
import io.github.musit2specify.error.MigrationException;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class OracleSettingsTest {
    @Test
    void profileVariablesBuildTheThinUrlWithDefaultPort() {
        ConfigErrors errors = new ConfigErrors();
        OracleSettings s = OracleSettings.fromEnv(Env.of(Map.of(
                "ORACLE_TEST_USER", "musit", "ORACLE_TEST_PASSWORD", "s3cret",
                "ORACLE_TEST_HOST", "db.uio.no", "ORACLE_TEST_SERVICE", "MUSTST")), "test", errors);
        assertThat(errors.isEmpty()).isTrue();
        assertThat(s.profile()).isEqualTo("TEST");
        assertThat(s.jdbcUrl()).isEqualTo("jdbc:oracle:thin:@//db.uio.no:1553/MUSTST");
        assertThat(s.toString()).doesNotContain("s3cret");
    }

    @Test
    void missingVariablesAreNamedTogetherWithoutValues() {
        ConfigErrors errors = new ConfigErrors();
        OracleSettings.fromEnv(Env.of(Map.of("ORACLE_PROD_PASSWORD", "s3cret")), "PROD", errors);
        assertThatThrownBy(errors::throwIfAny)
                .isInstanceOf(MigrationException.class)
                .hasMessageContaining("ORACLE_PROD_USER is not set (needed for --oracle-env PROD)")
                .hasMessageContaining("ORACLE_PROD_HOST")
                .hasMessageContaining("ORACLE_PROD_SERVICE")
                .hasMessageNotContaining("ORACLE_PROD_PASSWORD")
                .hasMessageNotContaining("s3cret")
                .extracting(e -> ((MigrationException) e).errorCode()).isEqualTo(ErrorCode.CONFIGURATION);
    }

    @Test
    void urlOverrideReplacesHostPortAndService() {
        ConfigErrors errors = new ConfigErrors();
        OracleSettings s = OracleSettings.fromEnv(Env.of(Map.of(
                "ORACLE_SANDBOX_URL", "jdbc:h2:mem:x;MODE=Oracle")), "sandbox", errors);
        assertThat(errors.isEmpty()).isTrue();
        assertThat(s.jdbcUrl()).isEqualTo("jdbc:h2:mem:x;MODE=Oracle");
    }

    @Test
    void badPortIsNamed() {
        ConfigErrors errors = new ConfigErrors();
        OracleSettings.fromEnv(Env.of(Map.of("ORACLE_PROD_USER", "u", "ORACLE_PROD_PASSWORD", "p",
                "ORACLE_PROD_HOST", "h", "ORACLE_PROD_SERVICE", "s", "ORACLE_PROD_PORT", "15x3")), "PROD", errors);
        assertThatThrownBy(errors::throwIfAny).hasMessageContaining("ORACLE_PROD_PORT has the value '15x3'");
    }

    @Test
    void describeMasksPasswordsInUrls() {
        OracleSettings s = new OracleSettings("P", "jdbc:oracle:thin:scott/tiger@//h:1/s;password=tiger", null, null);
        assertThat(s.describe()).doesNotContain("password=tiger");
    }
}
