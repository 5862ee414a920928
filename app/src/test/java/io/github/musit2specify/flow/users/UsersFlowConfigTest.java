package io.github.musit2specify.flow.users;

import io.github.musit2specify.config.Env;
import io.github.musit2specify.error.ErrorCode;
import io.github.musit2specify.error.MigrationException;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class UsersFlowConfigTest {

    @Test
    void namesEveryMissingSettingInOneMessageBeforeConnecting() {
        Env env = Env.of(Map.of("ORACLE_TEST_HOST", "db.example.org", "DATABASE_HOST", "127.0.0.1"));

        assertThatThrownBy(() -> UsersFlow.create(env, "test", true))
                .isInstanceOfSatisfying(MigrationException.class, e -> {
                    assertThat(e.errorCode()).isEqualTo(ErrorCode.CONFIGURATION);
                    assertThat(e.getMessage()).contains("ORACLE_TEST_USER", "ORACLE_TEST_PASSWORD",
                            "ORACLE_TEST_SERVICE", "APP_USER_PASSWORD").doesNotContain("ORACLE_TEST_HOST is not set");
                });
    }

    @Test
    void buildsTheFlowFromACompleteEnvironmentWithoutConnecting() {
        Env env = Env.of(Map.of("ORACLE_PROD_URL", "jdbc:h2:mem:nowhere", "APP_USER_PASSWORD", "secret",
                "DATABASE_HOST", "no-such-host.invalid"));

        UsersFlow flow = UsersFlow.create(env, "prod", false);

        assertThat(flow.oracleEnv()).isEqualTo("PROD");
        assertThat(flow.dryRun()).isFalse();
        assertThat(flow.category().flowId()).isEqualTo("migrate_users");
        assertThat(flow.category().folder()).isEqualTo("application-users-usd-metadata-brukarar");
    }
}
