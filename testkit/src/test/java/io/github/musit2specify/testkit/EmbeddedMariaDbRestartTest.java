package io.github.musit2specify.testkit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;

import static org.assertj.core.api.Assertions.assertThat;

/** The sandbox's second run: a server started on a kept directory finds its databases again. */
class EmbeddedMariaDbRestartTest {
    @TempDir
    Path dir;

    @Test
    void dataUnderBaseDirSurvivesARestart() throws SQLException {
        try (EmbeddedMariaDb server = EmbeddedMariaDb.start(dir, 0)) {
            SpecifyTestDatabase db = server.openOrCreateSpecifyDatabase("specify");
            try (Connection c = db.connect()) {
                c.createStatement().execute("INSERT INTO datatype (Name, TimestampCreated, Version) VALUES ('first run', NOW(), 0)");
            }
        }
        assertThat(dir.resolve("data").resolve("specify")).isDirectory();
        try (EmbeddedMariaDb server = EmbeddedMariaDb.start(dir, 0)) {
            SpecifyTestDatabase db = server.openOrCreateSpecifyDatabase("specify");
            assertThat(db.count("SELECT COUNT(*) FROM datatype WHERE Name = 'first run'")).isEqualTo(1);
            assertThat(db.count("SELECT COUNT(*) FROM division")).isEqualTo(1);
        }
        assertThat(Files.exists(dir.resolve("data"))).isTrue();
    }
}
