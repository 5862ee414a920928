package io.github.musit2specify.flow.users;

import io.github.musit2specify.config.Env;
import io.github.musit2specify.error.ErrorCode;
import io.github.musit2specify.error.MigrationException;
import io.github.musit2specify.testkit.EmbeddedMariaDb;
import io.github.musit2specify.testkit.SpecifyTestDatabase;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * MUSIT is read while the run connects to Specify; a failure on either side still ends the run with the
 * same error as when the two happened one after the other, Specify's first, and nothing is written.
 */
class UsersFlowSourceFailureTest {
    private static SpecifyTestDatabase specify;
    private static long logins;

    @BeforeAll
    static void setUp() {
        specify = EmbeddedMariaDb.shared().createSpecifyDatabase("users_source_failure");
        logins = specify.count("SELECT COUNT(*) FROM specifyuser");
    }

    @Test
    void anUnreachableMusitFailsTheRunWithOracleConnection() {
        assertThatThrownBy(() -> run(specify.env(), "jdbc:h2:tcp://127.0.0.1:1/nothing"))
                .isInstanceOfSatisfying(MigrationException.class,
                        e -> assertThat(e.errorCode()).isEqualTo(ErrorCode.ORACLE_CONNECTION));
        assertThat(specify.count("SELECT COUNT(*) FROM specifyuser")).isEqualTo(logins);
    }

    @Test
    void aMusitWithoutTheUserTablesFailsTheRunWithSourceRead() {
        assertThatThrownBy(() -> run(specify.env(), "jdbc:h2:mem:users_source_failure_no_tables;MODE=Oracle"))
                .isInstanceOfSatisfying(MigrationException.class, e -> {
                    assertThat(e.errorCode()).isEqualTo(ErrorCode.SOURCE_READ);
                    assertThat(e.getMessage()).contains("cannot read the MUSIT users (USD_METADATA)");
                });
        assertThat(specify.count("SELECT COUNT(*) FROM specifyuser")).isEqualTo(logins);
    }

    @Test
    void aSpecifyFailureComesFirstWhenBothSidesFail() {
        SpecifyTestDatabase empty = EmbeddedMariaDb.shared().createEmptySpecifyDatabase("users_source_failure_empty");
        assertThatThrownBy(() -> run(empty.env(), "jdbc:h2:tcp://127.0.0.1:1/nothing"))
                .isInstanceOfSatisfying(MigrationException.class,
                        e -> assertThat(e.errorCode()).isEqualTo(ErrorCode.SPECIFY_STATE));
    }

    private static void run(Map<String, String> specifyEnv, String musitUrl) {
        Map<String, String> vars = new HashMap<>(specifyEnv);
        vars.put("ORACLE_IT_URL", musitUrl);
        vars.put("ORACLE_IT_USER", "MUSIT");
        vars.put("ORACLE_IT_PASSWORD", "musit-test-Passw0rd");
        UsersFlow.create(Env.of(vars), "IT", false).execute("20260410T120000Z");
    }
}
