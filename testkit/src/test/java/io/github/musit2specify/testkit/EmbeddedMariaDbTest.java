package io.github.musit2specify.testkit;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class EmbeddedMariaDbTest {
    private static SpecifyTestDatabase database;

    @BeforeAll
    static void createDatabase() {
        database = EmbeddedMariaDb.shared().createSpecifyDatabase("testkit_embedded");
    }

    @Test
    void loadsSpecifysOwnSchema() {
        assertThat(database.count("SELECT COUNT(*) FROM information_schema.tables WHERE table_schema = ?",
                database.name())).isEqualTo(SpecifyDump.TABLE_COUNT);
        assertThat(database.count("SELECT COUNT(*) FROM django_migrations")).isPositive();
        assertThat(database.count("SELECT COUNT(*) FROM information_schema.referential_constraints"
                + " WHERE constraint_schema = ?", database.name())).isGreaterThan(900);
    }

    @Test
    void bootstrapIsWhatSpecifysGuidedSetupLeaves() {
        assertThat(database.count("SELECT COUNT(*) FROM datatype WHERE Name = ?", SpecifyBootstrap.DATA_TYPE)).isEqualTo(1);
        assertThat(database.count("SELECT COUNT(*) FROM institution WHERE Name = ?", SpecifyBootstrap.INSTITUTION)).isEqualTo(1);
        assertThat(database.count("SELECT COUNT(*) FROM division d JOIN institution i ON i.UserGroupScopeId = d.InstitutionID"
                + " WHERE d.Name = ? AND i.Name = ?", SpecifyBootstrap.DIVISION, SpecifyBootstrap.INSTITUTION)).isEqualTo(1);
        assertThat(database.count("SELECT COUNT(*) FROM discipline WHERE Name = ?", SpecifyBootstrap.DISCIPLINE)).isEqualTo(1);
        assertThat(database.count("SELECT COUNT(*) FROM collection WHERE Code = ?", SpecifyBootstrap.COLLECTION_CODE)).isEqualTo(1);
        assertThat(database.count("SELECT COUNT(*) FROM specifyuser u JOIN agent a ON a.SpecifyUserID = u.SpecifyUserID"
                + " WHERE u.Name = ?", SpecifyBootstrap.ADMIN_LOGIN)).isEqualTo(1);
    }

    @Test
    void secondLoginAddsOlaWithAnAgent() {
        SpecifyTestDatabase db = EmbeddedMariaDb.shared().createDatabase("testkit_second_login",
                SpecifyDump.BOOTSTRAP, SpecifyDump.SECOND_LOGIN);
        assertThat(db.count("SELECT COUNT(*) FROM specifyuser u JOIN agent a ON a.SpecifyUserID = u.SpecifyUserID"
                + " WHERE u.Name = 'ola'")).isEqualTo(1);
    }

    @Test
    void appUserConnectsWithTheEnvValues() throws SQLException {
        Map<String, String> env = database.env();
        assertThat(env).containsOnlyKeys("DATABASE_HOST", "DATABASE_PORT", "DATABASE_NAME", "APP_USER_NAME", "APP_USER_PASSWORD");
        assertThat(env.get("APP_USER_NAME")).isEqualTo("bn_specify");
        assertThat(env.get("APP_USER_PASSWORD")).isNotBlank();
        String url = "jdbc:mariadb://" + env.get("DATABASE_HOST") + ":" + env.get("DATABASE_PORT") + "/" + env.get("DATABASE_NAME");
        try (Connection c = DriverManager.getConnection(url, env.get("APP_USER_NAME"), env.get("APP_USER_PASSWORD"))) {
            c.createStatement().execute("INSERT INTO datatype (Name, TimestampCreated, Version) VALUES ('probe', NOW(), 0)");
            c.createStatement().execute("DELETE FROM datatype WHERE Name = 'probe'");
        }
    }

    @Test
    void wrongPasswordIsRefused() {
        assertThatThrownBy(() -> DriverManager.getConnection(database.jdbcUrl(), database.user(), "wrong").close())
                .isInstanceOf(SQLException.class);
    }

    @Test
    void emptySpecifyDatabaseHasTablesButNoDivision() {
        SpecifyTestDatabase empty = EmbeddedMariaDb.shared().createEmptySpecifyDatabase("testkit_empty");
        assertThat(empty.count("SELECT COUNT(*) FROM information_schema.tables WHERE table_schema = ?", empty.name())).isEqualTo(SpecifyDump.TABLE_COUNT);
        assertThat(empty.count("SELECT COUNT(*) FROM division")).isZero();
        assertThat(empty.count("SELECT COUNT(*) FROM institution")).isZero();
    }

    @Test
    void openOrCreateKeepsAnExistingDatabase() {
        EmbeddedMariaDb server = EmbeddedMariaDb.shared();
        SpecifyTestDatabase first = server.openOrCreateSpecifyDatabase("testkit_reuse");
        first.count("SELECT COUNT(*) FROM datatype");
        try (Connection c = first.connect()) {
            c.createStatement().execute("INSERT INTO datatype (Name, TimestampCreated, Version) VALUES ('kept', NOW(), 0)");
        } catch (SQLException e) {
            throw new AssertionError(e);
        }
        SpecifyTestDatabase again = server.openOrCreateSpecifyDatabase("testkit_reuse");
        assertThat(again.count("SELECT COUNT(*) FROM datatype WHERE Name = 'kept'")).isEqualTo(1);
    }

    @Test
    void sharedServerIgnoresClose() {
        EmbeddedMariaDb server = EmbeddedMariaDb.shared();
        server.close();
        assertThat(EmbeddedMariaDb.shared()).isSameAs(server);
        assertThat(database.count("SELECT 1")).isEqualTo(1);
    }

    @Test
    void rejectsUnsafeDatabaseNames() {
        assertThatThrownBy(() -> EmbeddedMariaDb.shared().createSpecifyDatabase("x`; DROP"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void flushingWritesEveryDirtyPageAndKeepsTheServersSetting() throws SQLException {
        EmbeddedMariaDb server = EmbeddedMariaDb.shared();
        String setting = rootScalar(server, "SELECT @@GLOBAL.innodb_max_dirty_pages_pct");
        server.createSpecifyDatabase("testkit_flush");

        assertThat(server.flushDirtyPages(Duration.ofSeconds(60))).isZero();
        assertThat(rootScalar(server, "SELECT @@GLOBAL.innodb_max_dirty_pages_pct")).isEqualTo(setting);
    }

    @Test
    void dropDatabaseRemovesItAndToleratesAMissingOne() throws SQLException {
        EmbeddedMariaDb server = EmbeddedMariaDb.shared();
        server.createSpecifyDatabase("testkit_drop");
        String tables = "SELECT COUNT(*) FROM information_schema.tables WHERE table_schema = 'testkit_drop'";
        assertThat(Long.parseLong(rootScalar(server, tables))).isPositive();

        server.dropDatabase("testkit_drop");
        server.dropDatabase("testkit_drop");

        assertThat(rootScalar(server, tables)).isEqualTo("0");
        assertThatThrownBy(() -> server.dropDatabase("x`; DROP")).isInstanceOf(IllegalArgumentException.class);
    }

    private static String rootScalar(EmbeddedMariaDb server, String sql) throws SQLException {
        try (Connection c = server.rootConnection(); ResultSet rs = c.createStatement().executeQuery(sql)) {
            rs.next();
            return rs.getString(1);
        }
    }
}
