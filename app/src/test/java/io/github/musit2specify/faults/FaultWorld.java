package io.github.musit2specify.faults;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.musit2specify.config.Env;
import io.github.musit2specify.json.Json;
import io.github.musit2specify.report.ReportCatalogue;
import io.github.musit2specify.report.ReportCategory;
import io.github.musit2specify.report.ReportEntry;
import io.github.musit2specify.s3.S3Settings;
import io.github.musit2specify.testkit.EmbeddedMariaDb;
import io.github.musit2specify.testkit.EmbeddedS3;
import io.github.musit2specify.testkit.MusitSource;
import io.github.musit2specify.testkit.SpecifyTestDatabase;
import io.github.musit2specify.testkit.SyntheticMusit;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * One fault-injection case on real components: a Specify database on the embedded MariaDB (bootstrap rows
 * included), a MUSIT H2 file (readable by a child process too) with synthetic actors, and a bucket on the
 * in-process S3 server. Counts are taken relative to the agents present before the first run.
 */
final class FaultWorld implements AutoCloseable {
    static final String PROFILE = "FAULT";
    static final String BOTANY = MusitSource.ACTOR_SCHEMAS.get(0);
    static final String MIGRATED = "Remarks LIKE 'MUSIT-migration: ACTOR;%'";

    final SpecifyTestDatabase specify;
    final MusitSource musit;
    final EmbeddedS3 s3 = EmbeddedS3.shared();
    final String bucket;
    final int actors;
    final long agentsBefore;
    final Path dir;

    FaultWorld(String name, int actors) throws Exception {
        this.dir = Files.createTempDirectory("faults-" + name + "-");
        this.specify = EmbeddedMariaDb.shared().createSpecifyDatabase("faults_" + name);
        this.musit = MusitSource.file(dir.resolve("musit"));
        this.actors = new SyntheticMusit(11).generate(musit, actors, 0, false).actors();
        this.bucket = s3.createUniqueBucket("faults-" + name.replace('_', '-'));
        this.agentsBefore = specify.count("SELECT COUNT(*) FROM agent");
    }

    /** Everything a live run needs: Specify, MUSIT (profile FAULT), S3, fast upload retries, a local folder. */
    Map<String, String> env() {
        Map<String, String> env = new HashMap<>(specify.env());
        env.putAll(musit.env(PROFILE));
        env.putAll(s3.env(bucket));
        env.put("S3_UPLOAD_RETRY_DELAY_MS", "0");
        env.put("MIGRATION_REPORT_LOCAL_DIR", dir.resolve("unsent").toString());
        return env;
    }

    long agentsWritten() {
        return specify.count("SELECT COUNT(*) FROM agent") - agentsBefore;
    }

    long migratedAgents() {
        return specify.count("SELECT COUNT(*) FROM agent WHERE " + MIGRATED);
    }

    /** Agents that carry the marker of an actor another agent carries too. */
    long duplicateMarkers() {
        return specify.count("SELECT COUNT(*) FROM (SELECT REGEXP_SUBSTR(Remarks, 'schema=[A-Z_]+; ACTOR_ID=[0-9]+') m"
                + " FROM agent WHERE " + MIGRATED + " GROUP BY m HAVING COUNT(*) > 1) d");
    }

    /** The id of the n-th botany actor in reading order (1-based). */
    long botanyActorAt(int n) throws SQLException {
        try (Connection c = musit.connect(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT ACTOR_ID FROM " + BOTANY + ".ACTOR ORDER BY ACTOR_ID OFFSET "
                     + (n - 1) + " ROWS FETCH NEXT 1 ROWS ONLY")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** A trigger that holds the insert of one actor's agent for {@code seconds} (a stalled batch to act on). */
    void stallInsertOf(long botanyActorId, int seconds) throws SQLException {
        try (Connection c = specify.connect(); Statement s = c.createStatement()) {
            s.execute("CREATE TRIGGER fault_stall BEFORE INSERT ON agent FOR EACH ROW BEGIN"
                    + " IF NEW.Remarks REGEXP 'schema=" + BOTANY + "; ACTOR_ID=" + botanyActorId + "([^0-9]|$)' THEN"
                    + " DO SLEEP(" + seconds + "); END IF; END");
        }
    }

    void removeStall() throws SQLException {
        try (Connection c = specify.connect(); Statement s = c.createStatement()) {
            s.execute("DROP TRIGGER IF EXISTS fault_stall");
        }
    }

    /** Waits until a connection of the app user sleeps in the trigger. */
    void awaitStalledInsert(Duration timeout) throws Exception {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (specify.count("SELECT COUNT(*) FROM information_schema.PROCESSLIST WHERE DB = ? AND STATE = 'User sleep'",
                    specify.name()) > 0) {
                return;
            }
            Thread.sleep(20);
        }
        throw new AssertionError("no insert stalled in the trigger within " + timeout);
    }

    /** KILL every connection of the run to this database, the lock's included. */
    int killRunConnections() throws SQLException {
        List<Long> ids = new ArrayList<>();
        try (Connection c = specify.connect(); Statement s = c.createStatement()) {
            try (ResultSet rs = s.executeQuery("SELECT ID FROM information_schema.PROCESSLIST WHERE DB = '"
                    + specify.name() + "' AND ID <> CONNECTION_ID()")) {
                while (rs.next()) {
                    ids.add(rs.getLong(1));
                }
            }
            for (long id : ids) {
                try {
                    s.execute("KILL " + id);
                } catch (SQLException gone) {
                    // ended on its own meanwhile
                }
            }
        }
        return ids.size();
    }

    /** The newest agents report in the bucket, with its key. */
    Optional<Map.Entry<String, JsonNode>> uploadedReport(Map<String, String> env) throws Exception {
        try (ReportCatalogue catalogue = ReportCatalogue.open(S3Settings.fromEnv(Env.of(env)))) {
            Optional<ReportEntry> latest = catalogue.latest(ReportCategory.REPORT_CATEGORY_MUSIT_COLLECTION_AGENTS);
            if (latest.isEmpty()) {
                return Optional.empty();
            }
            return Optional.of(Map.entry(latest.get().key(), Json.MAPPER.readTree(catalogue.read(latest.get().key()))));
        }
    }

    /** The reports kept in {@code folder} ({key: json}). */
    static Map<String, JsonNode> keptReports(Path folder) throws Exception {
        Map<String, JsonNode> kept = new HashMap<>();
        if (!Files.isDirectory(folder)) {
            return kept;
        }
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path f : files.filter(p -> p.getFileName().toString().equals("report.json")).toList()) {
                kept.put(folder.relativize(f).toString(), Json.MAPPER.readTree(f.toFile()));
            }
        }
        return kept;
    }

    /** Drops the Specify database and shuts the MUSIT file down: the shared server stops fast at the JVM's end. */
    @Override
    public void close() throws SQLException {
        try (Connection c = specify.connect(); Statement s = c.createStatement()) {
            s.execute("DROP DATABASE `" + specify.name() + "`");
        }
        try (Connection c = musit.connect(); Statement s = c.createStatement()) {
            s.execute("SHUTDOWN");
        }
    }
}
