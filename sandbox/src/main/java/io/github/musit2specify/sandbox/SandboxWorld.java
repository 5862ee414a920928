package io.github.musit2specify.sandbox;

import io.github.musit2specify.testkit.EmbeddedMariaDb;
import io.github.musit2specify.testkit.EmbeddedS3;
import io.github.musit2specify.testkit.MusitSource;
import io.github.musit2specify.testkit.SpecifyTestDatabase;
import io.github.musit2specify.testkit.SyntheticMusit;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The embedded world of a rehearsal: MariaDB with the Specify schema and bootstrap rows, MUSIT in an
 * H2 file (Oracle mode) filled by the synthetic generator, and S3Proxy on a folder. Everything lives
 * under one data directory and is reused by the next run.
 */
final class SandboxWorld implements AutoCloseable {
    static final String ORACLE_PROFILE = "SANDBOX";
    static final String BUCKET = "musit2specify-sandbox";
    static final String SPECIFY_DATABASE = "specify";

    private final EmbeddedMariaDb mariaDb;
    private final SpecifyTestDatabase specify;
    private final MusitSource musit;
    private final EmbeddedS3 s3;
    private final SyntheticMusit.Summary generated;

    private SandboxWorld(EmbeddedMariaDb mariaDb, SpecifyTestDatabase specify, MusitSource musit, EmbeddedS3 s3,
                         SyntheticMusit.Summary generated) {
        this.mariaDb = mariaDb;
        this.specify = specify;
        this.musit = musit;
        this.s3 = s3;
        this.generated = generated;
    }

    static SandboxWorld start(Path dataDir, int actors, int users, long seed, Steps steps) {
        EmbeddedMariaDb mariaDb = steps.run("Starting embedded MariaDB (" + dataDir.resolve("mariadb") + ")",
                () -> EmbeddedMariaDb.start(dataDir.resolve("mariadb"), 0));
        try {
            SpecifyTestDatabase specify = steps.run("Loading the empty Specify 7 schema and bootstrap rows",
                    () -> mariaDb.openOrCreateSpecifyDatabase(SPECIFY_DATABASE));
            MusitSource musit = MusitSource.file(dataDir.resolve("musit").resolve("musit"));
            SyntheticMusit.Summary generated = null;
            if (musit.isEmpty()) {
                generated = steps.run("Generating synthetic MUSIT: " + actors + " actors, " + users + " users",
                        () -> new SyntheticMusit(seed).generate(musit, actors, users, true));
            } else {
                steps.note("Reusing the MUSIT data already in " + dataDir.resolve("musit")
                        + " (delete the folder to regenerate)");
            }
            EmbeddedS3 s3 = steps.run("Starting the in-process S3 server (" + dataDir.resolve("s3") + ")",
                    () -> EmbeddedS3.start(dataDir.resolve("s3")));
            s3.createBucket(BUCKET);
            return new SandboxWorld(mariaDb, specify, musit, s3, generated);
        } catch (RuntimeException e) {
            mariaDb.close();
            throw e;
        }
    }

    /** The variables a production run would get from its Secret, pointed at the embedded services. */
    Map<String, String> env() {
        Map<String, String> env = new LinkedHashMap<>();
        env.putAll(specify.env());
        env.putAll(musit.env(ORACLE_PROFILE));
        env.putAll(s3.env(BUCKET));
        return env;
    }

    Path objectPath(String key) {
        return s3.objectPath(BUCKET, key);
    }

    /** Null when the MUSIT data was reused. */
    SyntheticMusit.Summary generated() {
        return generated;
    }

    SpecifyTestDatabase specify() {
        return specify;
    }

    @Override
    public void close() {
        try {
            s3.close();
        } finally {
            try {
                musit.close();
            } finally {
                mariaDb.close();
            }
        }
    }
}
