package io.github.musit2specify.cli;

import ch.qos.logback.classic.Level;
import com.fasterxml.jackson.databind.JsonNode;
import io.github.musit2specify.config.Env;
import io.github.musit2specify.json.Json;
import io.github.musit2specify.report.LogCapture;
import io.github.musit2specify.s3.S3ClientFactory;
import io.github.musit2specify.s3.S3Settings;
import io.github.musit2specify.snapshot.KnownSchema;
import io.github.musit2specify.snapshot.MusitSchemaSnapshot;
import io.github.musit2specify.snapshot.SnapshotPublisher;
import io.github.musit2specify.testkit.EmbeddedS3;
import io.github.musit2specify.testkit.MusitSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.S3Object;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** snapshot musit-schema / list / diff against H2 (ALL_* stand-in views) and S3Proxy. */
class SnapshotCommandIT {
    static final List<String> FILES = List.of("schema_catalog.json", "tables.csv", "columns.csv", "constraints.csv",
            "indexes.csv", "views.csv", "schema.dbml");
    static EmbeddedS3 s3;
    static MusitSource source;

    @BeforeAll
    static void start() throws Exception {
        s3 = EmbeddedS3.shared();
        source = KnownSchema.create("snapshot-cli");
    }

    @AfterAll
    static void stop() {
        source.close();
    }

    static Map<String, String> env(String bucket, MusitSource musit) {
        Map<String, String> env = new HashMap<>(s3.env(bucket));
        env.putAll(musit.env("TEST"));
        env.put("S3_UPLOAD_RETRY_DELAY_MS", "0");
        return env;
    }

    static List<String> keys(String bucket) {
        try (S3Client client = S3ClientFactory.create(S3Settings.fromEnv(Env.of(s3.env(bucket))))) {
            return client.listObjectsV2Paginator(b -> b.bucket(bucket)).contents().stream().map(S3Object::key).sorted().toList();
        }
    }

    static String read(String bucket, String key) {
        try (S3Client client = S3ClientFactory.create(S3Settings.fromEnv(Env.of(s3.env(bucket))))) {
            return client.getObjectAsBytes(b -> b.bucket(bucket).key(key)).asUtf8String();
        }
    }

    static Clock at(String instant) {
        return Clock.fixed(Instant.parse(instant), ZoneOffset.UTC);
    }

    @Test
    void snapshotGoesToItsFolderAndOverTheFlatLatestKeys() throws Exception {
        String bucket = s3.createUniqueBucket("snap-keys");
        Map<String, String> env = env(bucket, source);
        env.put("S3_PREFIX", "/team/oracle-schema/");
        CliRun run = CliRun.of(env, "snapshot", "musit-schema", "--oracle-env", "test", "--owners", "snap", "--json");
        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode result = Json.MAPPER.readTree(run.out());
        String ts = result.get("generated_at_utc").asText();
        assertThat(result.get("snapshot_uploaded").asBoolean()).isTrue();
        assertThat(result.get("tables").asInt()).isEqualTo(2);
        assertThat(result.get("views").asInt()).isEqualTo(1);
        assertThat(result.get("folder").asText()).isEqualTo("team/oracle-schema/snapshots/" + ts + "/");

        List<String> expected = Stream.concat(FILES.stream().map(f -> "team/oracle-schema/snapshots/" + ts + "/" + f),
                FILES.stream().map(f -> "team/oracle-schema/" + f)).sorted().toList();
        assertThat(keys(bucket)).containsExactlyElementsOf(expected);
        assertThat(read(bucket, "team/oracle-schema/schema_catalog.json"))
                .isEqualTo(read(bucket, "team/oracle-schema/snapshots/" + ts + "/schema_catalog.json"))
                .contains("\"owners\" : [ \"SNAP\" ]", "\"table_name\" : \"SPECIMEN\"");
        assertThat(read(bucket, "team/oracle-schema/snapshots/" + ts + "/tables.csv")).contains("SNAP,MUSEUM,3,");
    }

    @Test
    void listNewestFirstAndDiffPreviousAgainstLatest() throws Exception {
        String bucket = s3.createUniqueBucket("snap-diff");
        try (MusitSource musit = KnownSchema.create("snapshot-diff")) {
            Env env = Env.of(env(bucket, musit));
            MusitSchemaSnapshot.create(env, "TEST", List.of("SNAP")).take(at("2026-04-01T08:00:00Z"));
            try (Connection c = musit.connect(); Statement s = c.createStatement()) {
                s.execute("ALTER TABLE SNAP.MUSEUM ADD URL VARCHAR2(500)");
                s.execute("ALTER TABLE SNAP.MUSEUM ALTER COLUMN NAME VARCHAR2(400)");
                s.execute("DROP INDEX SNAP.MUSEUM_CODE_UX");
                s.execute("CREATE TABLE SNAP.LOAN (LOAN_ID NUMBER PRIMARY KEY)");
            }
            MusitSchemaSnapshot.create(env, "TEST", List.of("SNAP")).take(at("2026-04-10T14:57:33Z"));

            CliRun list = CliRun.of(env(bucket, musit), "snapshot", "list");
            assertThat(list.exitCode()).as(list.err()).isZero();
            assertThat(list.out().lines().skip(1).limit(2)).satisfiesExactly(
                    l -> assertThat(l).startsWith("20260410T145733Z").contains("7", "oracle-schema/snapshots/20260410T145733Z/"),
                    l -> assertThat(l).startsWith("20260401T080000Z"));
            assertThat(list.out()).contains("2 snapshots in s3://" + bucket);

            CliRun diff = CliRun.of(env(bucket, musit), "snapshot", "diff", "previous", "latest");
            assertThat(diff.exitCode()).as(diff.err()).isZero();
            assertThat(diff.out()).startsWith("MUSIT schema 20260401T080000Z -> 20260410T145733Z")
                    .contains("tables added (1):\n    SNAP.LOAN\n")
                    .contains("columns added (1):\n    SNAP.MUSEUM.URL\n")
                    .contains("SNAP.MUSEUM.NAME: VARCHAR2(200) NULL -> VARCHAR2(400) NULL")
                    .contains("indexes removed (1):\n    SNAP.MUSEUM UNIQUE (CODE) [MUSEUM_CODE_UX]\n");

            CliRun json = CliRun.of(env(bucket, musit), "snapshot", "diff", "20260401T080000Z", "latest", "--json");
            JsonNode node = Json.MAPPER.readTree(json.out());
            assertThat(node.get("tables_added").get(0).asText()).isEqualTo("SNAP.LOAN");
            assertThat(node.get("after").asText()).isEqualTo("20260410T145733Z");
        }
    }

    @Test
    void withoutABucketNothingIsUploadedAndTheLogSaysSnapshotSkip() {
        Map<String, String> env = new HashMap<>(source.env("TEST"));
        try (LogCapture logs = new LogCapture(SnapshotPublisher.class)) {
            CliRun run = CliRun.of(env, "snapshot", "musit-schema", "--oracle-env", "TEST", "--owners", "SNAP");
            assertThat(run.exitCode()).as(run.err()).isZero();
            assertThat(run.out()).contains("2 tables", "not uploaded (S3_BUCKET is not set)");
            assertThat(logs.lines(Level.INFO)).anyMatch(l -> l.startsWith("SNAPSHOT_SKIP reason=no_S3_BUCKET"));
        }
    }

    @Test
    void aFailedUploadKeepsEveryFileLocallyUnderItsKey(@TempDir Path local) throws Exception {
        Map<String, String> env = env("no-such-bucket-snap", source);
        env.put("MIGRATION_REPORT_LOCAL_DIR", local.toString());
        CliRun run = CliRun.of(env, "snapshot", "musit-schema", "--oracle-env", "TEST", "--owners", "SNAP");
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains("failed after 3 attempts", "NoSuchBucket", "saved locally");
        try (Stream<Path> files = Files.walk(local)) {
            List<String> kept = files.filter(Files::isRegularFile).map(p -> local.relativize(p).toString().replace('\\', '/'))
                    .sorted().toList();
            assertThat(kept).hasSize(14).contains("oracle-schema/schema.dbml")
                    .allMatch(k -> k.startsWith("oracle-schema/snapshots/") || !k.substring("oracle-schema/".length()).contains("/"));
        }
    }

    @Test
    void reportsListWithLegacyNeverShowsSnapshotFiles() throws Exception {
        String bucket = s3.createUniqueBucket("snap-legacy");
        Map<String, String> env = env(bucket, source);
        assertThat(CliRun.of(env, "snapshot", "musit-schema", "--oracle-env", "TEST", "--owners", "SNAP").exitCode()).isZero();
        try (S3Client client = S3ClientFactory.create(S3Settings.fromEnv(Env.of(env)))) {
            for (String key : List.of("oracle-schema/user-migration/20250301T101010Z/migration_report.json",
                    "oracle-schema/musit-agent-migration/2025-02-01T08-00-00Z/summary.json",
                    "migration-reports/specify-structure-sync/20260413T072900Z/report.json")) {
                client.putObject(b -> b.bucket(bucket).key(key), RequestBody.fromString("{}"));
            }
        }
        CliRun list = CliRun.of(env, "reports", "list", "--include-legacy", "--json");
        assertThat(list.exitCode()).as(list.err()).isZero();
        List<String> listed = Json.MAPPER.readTree(list.out()).get("reports").findValuesAsText("key");
        assertThat(listed).containsExactlyInAnyOrder("oracle-schema/user-migration/20250301T101010Z/migration_report.json",
                "oracle-schema/musit-agent-migration/2025-02-01T08-00-00Z/summary.json",
                "migration-reports/specify-structure-sync/20260413T072900Z/report.json");
        assertThat(keys(bucket)).filteredOn(k -> k.startsWith("oracle-schema/snapshots/")).hasSize(7);
    }

    @Test
    void checkMentionsTheAgeOfTheLatestSnapshotOnlyWhenThereIsOne() {
        String bucket = s3.createUniqueBucket("snap-check");
        Map<String, String> env = env(bucket, source);
        CliRun before = CliRun.of(env, "check", "--skip-oracle", "--skip-specify");
        assertThat(before.out()).doesNotContain("Snapshot");
        MusitSchemaSnapshot.create(Env.of(env), "TEST", List.of("SNAP")).take(at("2026-04-10T14:57:33Z"));
        CliRun after = CliRun.of(env, "check", "--skip-oracle", "--skip-specify");
        assertThat(after.exitCode()).isZero();
        assertThat(after.out().lines()).last().satisfies(l -> assertThat(l).startsWith("OK  ")
                .contains("Snapshot", "latest MUSIT schema snapshot 20260410T145733Z is ", " d ",
                        "s3://" + bucket + "/oracle-schema/snapshots/20260410T145733Z/"));
    }

    @Test
    void previousWithOnlyOneSnapshotSaysSo() {
        String bucket = s3.createUniqueBucket("snap-one");
        Map<String, String> env = env(bucket, source);
        assertThat(CliRun.of(env, "snapshot", "musit-schema", "--oracle-env", "TEST", "--owners", "SNAP").exitCode()).isZero();
        CliRun diff = CliRun.of(env, "snapshot", "diff", "previous", "latest");
        assertThat(diff.exitCode()).isEqualTo(1);
        assertThat(diff.err()).contains("there is no previous snapshot", "1 complete snapshot(s)");
    }

    @Test
    void badOwnerIsAUsageErrorNamingTheValue() {
        CliRun run = CliRun.of(env("unused", source), "snapshot", "musit-schema", "--oracle-env", "TEST", "--owners", "SNAP,x;drop");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("--owners has the value 'x;drop'");
    }
}
