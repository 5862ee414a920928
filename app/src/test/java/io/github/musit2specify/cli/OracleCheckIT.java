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
        assertThat(lines.get(1)).startsWith("OK").contains("server: H2", "not Oracle");
        assertThat(lines.get(2)).startsWith("SKIP").contains("character sets", "Oracle only");
        List<String> reads = lines.stream().filter(l -> isTableRead(l)).toList();
        assertThat(reads).hasSize(TABLES.size());
        for (int i = 0; i < TABLES.size(); i++) {
            assertThat(reads.get(i)).startsWith("OK").endsWith("read " + TABLES.get(i));
        }
        // each flow's statements (the agents flow may read a schema with several) parse and run
        for (String read : List.of("migrate-musit-agents: actor read of MUSIT_BOTANIKK_FELLES",
                "migrate-musit-agents: actor read of MUSIT_ZOOLOGI_ENTOMOLOGI")) {
            assertThat(lines).filteredOn(l -> l.contains(read)).isNotEmpty()
                    .allSatisfy(l -> assertThat(l).startsWith("OK").endsWith("parses and runs"));
        }
        assertThat(lines).filteredOn(l -> l.contains("migrate-users: ")).containsExactly(
                "OK    Oracle   migrate-users: read of USD_METADATA.GRUPPE parses and runs",
                "OK    Oracle   migrate-users: read of USD_METADATA.BRUKERNAVN_GRUPPE parses and runs",
                "OK    Oracle   migrate-users: read of USD_METADATA.BRUKARAR parses and runs");
        assertThat(lines).noneMatch(l -> l.startsWith("FAIL") || l.startsWith("WARN"));
        assertThat(lines).filteredOn(l -> l.contains("plan of the migrate-musit-agents actor read")).singleElement()
                .satisfies(l -> assertThat(l).startsWith("SKIP").contains("Oracle's"));
        assertThat(run.out()).doesNotContain(musit.password());
    }

    @Test
    void aMissingColumnNamesTheFlowAndTheColumn() throws Exception {
        try (Connection c = musit.connect(); Statement s = c.createStatement()) {
            s.execute("ALTER TABLE USD_METADATA.BRUKARAR DROP COLUMN FEIDE_EPOST");
            s.execute("ALTER TABLE MUSIT_ZOOLOGI_ENTOMOLOGI.PERSON_NAME DROP COLUMN TITLE");
        }
        CliRun run = CliRun.of(musit.env("TEST"), ORACLE_ONLY);
        assertThat(run.exitCode()).isEqualTo(1);
        List<String> lines = run.out().lines().toList();
        List<String> failed = lines.stream().filter(l -> l.startsWith("FAIL")).toList();
        List<String> agents = failed.stream().filter(l -> l.contains("migrate-musit-agents")).toList();
        assertThat(agents).isNotEmpty().allSatisfy(l -> assertThat(l).contains(
                "migrate-musit-agents: actor read of MUSIT_ZOOLOGI_ENTOMOLOGI", " fails:",
                "missing column MUSIT_ZOOLOGI_ENTOMOLOGI.PERSON_NAME.TITLE"));
        List<String> users = failed.stream().filter(l -> l.contains("migrate-users")).toList();
        assertThat(users).singleElement().satisfies(l -> assertThat(l).contains(
                "migrate-users: read of USD_METADATA.BRUKARAR fails:", "missing column USD_METADATA.BRUKARAR.FEIDE_EPOST"));
        assertThat(failed).hasSize(agents.size() + users.size());
        failed = List.of(agents.get(0), users.get(0));
        assertThat(lines.get(lines.indexOf(failed.get(1)) + 1)).contains("hint:", "column the flow reads does not exist",
                "ORACLE_TEST_");
        // the tables themselves stay readable, and the other flow queries still pass
        assertThat(lines).filteredOn(l -> isTableRead(l) && l.startsWith("OK")).hasSize(TABLES.size());
        assertThat(lines).filteredOn(l -> l.contains("parses and runs"))
                .anyMatch(l -> l.contains("MUSIT_BOTANIKK_FELLES"))
                .noneMatch(l -> l.contains("MUSIT_ZOOLOGI_ENTOMOLOGI") && l.contains("PERSON_NAME.TITLE"))
                .filteredOn(l -> l.contains("migrate-users")).hasSize(2);
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
        assertThat(lines).filteredOn(l -> l.startsWith("OK") && isTableRead(l)).hasSize(TABLES.size() - 1);
        // the users flow's read of GRUPPE fails as well, after the table's own line
        assertThat(lines).filteredOn(l -> l.startsWith("FAIL")).hasSize(2);
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

    private static boolean isTableRead(String line) {
        return line.matches("\\S+\\s+Oracle\\s+read .*");
    }

    static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
