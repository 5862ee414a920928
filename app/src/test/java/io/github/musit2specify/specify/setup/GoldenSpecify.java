package io.github.musit2specify.specify.setup;

import io.github.musit2specify.testkit.EmbeddedMariaDb;
import io.github.musit2specify.testkit.SpecifyTestDatabase;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * The golden reference of what Specify 7.12.0.6's own setup writes ({@code ../shared/specify-golden/}
 * beside the clone): where it is, and a database loaded from its bootstrap dump plus extra scripts.
 */
public final class GoldenSpecify {
    private GoldenSpecify() {
    }

    /** {@code shared/specify-golden} in the nearest ancestor of the working directory that has it. */
    public static Path dir() {
        for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
            Path candidate = p.resolve("shared").resolve("specify-golden");
            if (Files.isDirectory(candidate)) {
                return candidate;
            }
        }
        throw new IllegalStateException("shared/specify-golden not found beside the clone (from "
                + Path.of("").toAbsolutePath() + ")");
    }

    /** A database holding Specify's bootstrap state, then each script of the golden folder (e.g. second-login.sql). */
    public static SpecifyTestDatabase bootstrap(String name, String... scripts) {
        SpecifyTestDatabase db = EmbeddedMariaDb.shared().createEmptySpecifyDatabase(name);
        try (Connection c = DriverManager.getConnection(db.jdbcUrl() + "?allowMultiQueries=true", db.user(), db.password());
             Statement s = c.createStatement()) {
            s.execute("DROP DATABASE `" + name + "`");
            s.execute("CREATE DATABASE `" + name + "` CHARACTER SET utf8mb4 COLLATE utf8mb4_general_ci");
            s.execute("USE `" + name + "`");
            s.execute(read("specify-7.12.0.6-bootstrap.sql"));
            for (String script : scripts) {
                s.execute(read(script));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot load the golden bootstrap into " + name + ": " + e.getMessage(), e);
        }
        return db;
    }

    private static String read(String file) {
        try {
            return Files.readString(dir().resolve(file), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
