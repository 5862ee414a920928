package io.github.musit2specify.specify;

import io.github.musit2specify.config.ConfigErrors;
import io.github.musit2specify.config.Env;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SpecifySettingsTest {
    @Test
    void defaultsFollowFlowsMd() {
        ConfigErrors errors = new ConfigErrors();
        SpecifySettings s = SpecifySettings.fromEnv(Env.of(Map.of("APP_USER_PASSWORD", "pw")), errors);
        assertThat(errors.isEmpty()).isTrue();
        assertThat(s.jdbcUrl()).isEqualTo("jdbc:mariadb://specify7-mariadb:3306/specify");
        assertThat(s.user()).isEqualTo("bn_specify");
        assertThat(s.toString()).doesNotContain("pw]").contains("****");
    }

    @Test
    void missingPasswordAndBadPortAreNamed() {
        ConfigErrors errors = new ConfigErrors();
        SpecifySettings.fromEnv(Env.of(Map.of("DATABASE_PORT", "abc")), errors);
        assertThatThrownBy(errors::throwIfAny)
                .hasMessageContaining("APP_USER_PASSWORD is not set")
                .hasMessageContaining("DATABASE_PORT has the value 'abc'");
    }
}
