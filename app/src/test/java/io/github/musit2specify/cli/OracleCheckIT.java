package io.github.musit2specify.cli;

import io.github.musit2specify.testkit.MusitSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;

import java.io.IOException;
import java.net.ServerSocket;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/** `check` against MUSIT in H2 (Oracle mode) through ORACLE_TEST_URL, and the real Oracle driver on a closed port. */
class OracleCheckIT {
    private static final String[] ORACLE_ONLY = {"check", "--oracle-env", "TEST", "--skip-specify", "--skip-s3"};
    private static final List<String> TABLES = List.of("MUSIT_BOTANIKK_FELLES.ACTOR", "MUSIT_BOTANIKK_FELLES.PERSON_NAME",
            "MUSIT_ZOOLOGI_ENTOMOLOGI.ACTOR", "MUSIT_ZOOLOGI_ENTOMOLOGI.PERSON_NAME",
            "USD_METADATA.BRUKARAR", "USD_METADATA.BRUKERNAVN_GRUPPE", "USD_METADATA.GRUPPE");

    private MusitSource musit;

    @BeforeEach
    void setUp(TestInfo info) {
        musit = MusitSource.inMemory("check_" + info.getTestMethod().orElseThrow().getName());
    }

    @AfterEach
    void tearDown() {
        musit.close();
    }

    @Test
    void connectsAndReadsEveryTableTheFlowsUse() {
        CliRun run = CliRun.of(musit.env("TEST"), ORACLE_ONLY);
        assertThat(run.exitCode()).as(run.out()).isZero();
        List<String> lines = run.out().lines().toList();
        assertThat(lines.get(0)).startsWith("OK").contains("Oracle", "profile TEST", "SELECT sysdate FROM dual →");
        for (int i = 0; i < TABLES.size(); i++) {
            assertThat(lines.get(i + 1)).startsWith("OK").contains("Oracle", "read " + TABLES.get(i));
        }
        assertThat(run.out()).doesNotContain(musit.password());
    }

    @Test
    void wrongPasswordIsBadCredentialsNamingTheVariables() {
        Map<String, String> env = new HashMap<>(musit.env("TEST"));
        env.put("ORACLE_TEST_PASSWORD", "wrong-Passw0rd-not-shown");
        CliRun run = CliRun.of(env, ORACLE_ONLY);
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out().lines().filter(l -> !l.startsWith("SKIP"))).hasSize(2);
        assertThat(run.out()).contains("FAIL", "Oracle", "hint: the login was refused", "ORACLE_TEST_USER", "ORACLE_TEST_PASSWORD")
                .doesNotContain("wrong-Passw0rd-not-shown").doesNotContain(musit.password());
    }

    @Test
    void missingTableIsReportedOnItsOwnLineWithAGrantHint() throws Exception {
        try (Connection c = musit.connect(); Statement s = c.createStatement()) {
            s.execute("DROP TABLE USD_METADATA.GRUPPE");
        }
        CliRun run = CliRun.of(musit.env("TEST"), ORACLE_ONLY);
        assertThat(run.exitCode()).isEqualTo(1);
        List<String> lines = run.out().lines().toList();
        assertThat(lines).filteredOn(l -> l.startsWith("OK")).hasSize(1 + TABLES.size() - 1);
        int failed = lines.indexOf(lines.stream().filter(l -> l.startsWith("FAIL")).findFirst().orElseThrow());
        assertThat(lines.get(failed)).contains("read USD_METADATA.GRUPPE");
        assertThat(lines.get(failed + 1)).contains("hint:", "SELECT on it (a grant)", "ORACLE_TEST_USER");
    }

    @Test
    void closedPortIsListenerRefusedWithHostAndPortHint() throws IOException {
        Map<String, String> env = Map.of("ORACLE_TEST_HOST", "127.0.0.1", "ORACLE_TEST_PORT", String.valueOf(freePort()),
                "ORACLE_TEST_SERVICE", "MUSIT", "ORACLE_TEST_USER", "musit", "ORACLE_TEST_PASSWORD", "pw-not-shown");
        CliRun run = assertTimeoutPreemptively(Duration.ofSeconds(60), () -> CliRun.of(env, ORACLE_ONLY));
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out().lines().findFirst()).hasValueSatisfying(l ->
                assertThat(l).startsWith("FAIL").contains("Oracle", "127.0.0.1"));
        assertThat(run.out()).contains("hint: listener refused the connection", "ORACLE_TEST_HOST", "ORACLE_TEST_PORT", "firewall")
                .doesNotContain("pw-not-shown");
    }

    static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
