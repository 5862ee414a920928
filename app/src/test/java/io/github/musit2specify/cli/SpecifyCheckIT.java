package io.github.musit2specify.cli;

import io.github.musit2specify.testkit.EmbeddedMariaDb;
import io.github.musit2specify.testkit.EmbeddedS3;
import io.github.musit2specify.testkit.MusitSource;
import io.github.musit2specify.testkit.SpecifyTestDatabase;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.Statement;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** `check` against the embedded MariaDB with the Specify schema (one database per case), and all three checks together. */
class SpecifyCheckIT {
    private static final String[] SPECIFY_ONLY = {"check", "--skip-oracle", "--skip-s3"};
    private static EmbeddedMariaDb server;

    @BeforeAll
    static void start() {
        server = EmbeddedMariaDb.shared();
    }

    @Test
    void initialisedDatabasePassesEveryStep() {
        SpecifyTestDatabase db = server.createSpecifyDatabase("check_specify_ok");
        CliRun run = CliRun.of(db.env(), SPECIFY_ONLY);
        assertThat(run.exitCode()).as(run.out()).isZero();
        List<String> lines = run.out().lines().toList();
        assertThat(lines).hasSize(7);
        assertThat(lines.get(1)).startsWith("OK").contains("Specify", "127.0.0.1:" + db.port() + "/check_specify_ok",
                "as bn_specify", "connected, server 10.");
        assertThat(lines.get(2)).startsWith("OK").contains("local_infile is ON", "LOAD DATA LOCAL");
        assertThat(lines.get(3)).startsWith("OK").contains("all 30 tables the flows write are present");
        assertThat(lines.get(5)).startsWith("OK").contains("schema localization present for all 1 discipline(s)");
        assertThat(lines.get(4)).startsWith("OK").contains("institution UniMus:Natur, 1 division(s)");
    }

    @Test
    void aServerWithLocalInfileOffIsAWarningWithTheSetting() {
        SpecifyTestDatabase db = server.createSpecifyDatabase("check_specify_infile");
        server.setGlobal("local_infile", "OFF");
        CliRun run;
        try {
            run = CliRun.of(db.env(), SPECIFY_ONLY);
        } finally {
            server.setGlobal("local_infile", "ON");
        }
        assertThat(run.exitCode()).as(run.out()).isZero();
        assertThat(run.out()).contains("local_infile is OFF: migrate-musit-agents will write with multi-row INSERTs",
                "SET GLOBAL local_infile = ON");
        assertThat(run.out().lines().filter(l -> l.contains("local_infile is OFF")).findFirst().orElseThrow()).startsWith("WARN");
    }

    @Test
    void aDisciplineWithoutSchemaLocalizationIsNamedWithTheRestartHint() throws Exception {
        SpecifyTestDatabase db = server.createSpecifyDatabase("check_specify_locale");
        try (Connection c = db.connect(); Statement s = c.createStatement()) {
            s.execute("INSERT INTO discipline (Name, Type, IsPaleoContextEmbedded, DivisionID, DataTypeID,"
                    + " GeographyTreeDefID, GeologicTimePeriodTreeDefID, TimestampCreated, version)"
                    + " SELECT 'Insekter', 'insect', 0, DivisionID, DataTypeID, GeographyTreeDefID,"
                    + " GeologicTimePeriodTreeDefID, NOW(), 0 FROM discipline WHERE Name = 'Karplanter Moser'");
        }
        CliRun run = CliRun.of(db.env(), SPECIFY_ONLY);
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out()).contains("FAIL", "no schema localization for discipline(s) 'Insekter' (id 2)",
                "hint: restart Specify 7 to complete").doesNotContain("'Karplanter Moser'");
    }

    @Test
    void wrongPasswordIsError1045NamingTheVariables() {
        SpecifyTestDatabase db = server.createSpecifyDatabase("check_specify_pw");
        Map<String, String> env = new HashMap<>(db.env());
        env.put("APP_USER_PASSWORD", "wrong-Passw0rd-not-shown");
        CliRun run = CliRun.of(env, SPECIFY_ONLY);
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out()).contains("FAIL", "Access denied", "hint: MariaDB refused the login (error 1045)",
                "APP_USER_NAME", "APP_USER_PASSWORD").doesNotContain("wrong-Passw0rd-not-shown");
    }

    @Test
    void unknownDatabaseNamesDatabaseName() {
        SpecifyTestDatabase db = server.createSpecifyDatabase("check_specify_db");
        Map<String, String> env = new HashMap<>(db.env());
        env.put("DATABASE_NAME", "no_such_specify");
        CliRun run = CliRun.of(env, SPECIFY_ONLY);
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out()).contains("FAIL", "no_such_specify", "hint: the database does not exist (error 1049)", "DATABASE_NAME");
    }

    @Test
    void droppedTableIsListedAsMissing() throws Exception {
        SpecifyTestDatabase db = server.createSpecifyDatabase("check_specify_table");
        try (Connection c = db.connect(); Statement s = c.createStatement()) {
            s.execute("SET FOREIGN_KEY_CHECKS = 0");
            s.execute("DROP TABLE collectionobjecttype");
        }
        CliRun run = CliRun.of(db.env(), SPECIFY_ONLY);
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out()).contains("FAIL", "missing table(s) in check_specify_table: collectionobjecttype", "hint:", "DATABASE_NAME");
        assertThat(run.out().lines().filter(l -> l.startsWith("OK"))).anySatisfy(l -> assertThat(l).contains("institution UniMus:Natur"));
    }

    @Test
    void uninitialisedDatabaseHasNoInstitution() {
        SpecifyTestDatabase db = server.createEmptySpecifyDatabase("check_specify_empty");
        CliRun run = CliRun.of(db.env(), SPECIFY_ONLY);
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out()).contains("OK", "all 30 tables", "FAIL", "no institution", "Specify's setup creates the institution");
    }

    @Test
    void allThreeChecksPassTogether() {
        SpecifyTestDatabase db = server.createSpecifyDatabase("check_all_ok");
        EmbeddedS3 s3 = EmbeddedS3.shared();
        try (MusitSource musit = MusitSource.inMemory("check_all_ok")) {
            Map<String, String> env = new HashMap<>(db.env());
            env.putAll(musit.env("PROD"));
            env.putAll(s3.env(s3.createUniqueBucket("check-all")));
            CliRun run = CliRun.of(env, "check");
            assertThat(run.exitCode()).as(run.out()).isZero();
            // Oracle: connect, server, 7 tables, each flow statement, and 2 Oracle-only lines H2 skips; Specify 5; S3 1
            List<String> lines = run.out().lines().toList();
            assertThat(lines).allSatisfy(l -> assertThat(l).matches("OK .*|SKIP  Oracle .*(Oracle only|Oracle's).*"));
            assertThat(lines).filteredOn(l -> l.startsWith("SKIP")).hasSize(2);
            assertThat(lines).filteredOn(l -> l.contains("parses and runs")).hasSizeGreaterThanOrEqualTo(5);
            assertThat(lines).filteredOn(l -> l.matches("OK    (Specify|S3) .*")).hasSize(5 + 1);
        }
    }
}
