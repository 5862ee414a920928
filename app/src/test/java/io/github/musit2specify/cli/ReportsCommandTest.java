package io.github.musit2specify.cli;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.musit2specify.config.Env;
import io.github.musit2specify.json.Json;
import io.github.musit2specify.s3.S3ClientFactory;
import io.github.musit2specify.s3.S3Settings;
import io.github.musit2specify.testkit.EmbeddedS3;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class ReportsCommandTest {
    static final String USERS_KEY = "migration-reports/application-users-usd-metadata-brukarar/20260410T145733Z/report.json";
    static final String USERS_KEY_NEWER = "migration-reports/application-users-usd-metadata-brukarar/20260411T000000Z/report.json";
    static final String AGENTS_KEY = "migration-reports/collection-agents-musit-actor-person-name/20260412T211100Z/report.json";
    static final String LEGACY_KEY = "oracle-schema/user-migration/20250301T101010Z/migration_report.json";
    static Map<String, String> env;

    @BeforeAll
    static void fill() {
        EmbeddedS3 s3 = EmbeddedS3.shared();
        env = new HashMap<>(s3.env(s3.createUniqueBucket("cli-reports")));
        try (S3Client client = S3ClientFactory.create(S3Settings.fromEnv(Env.of(env)))) {
            String bucket = env.get("S3_BUCKET");
            client.putObject(b -> b.bucket(bucket).key(USERS_KEY), RequestBody.fromString("{\n  \"flow\" : \"migrate_users\"\n}\n"));
            client.putObject(b -> b.bucket(bucket).key(USERS_KEY_NEWER), RequestBody.fromString("{\"flow\":\"migrate_users\",\"n\":2}"));
            client.putObject(b -> b.bucket(bucket).key(AGENTS_KEY), RequestBody.fromString("{\"flow\":\"migrate_musit_agents\"}"));
            client.putObject(b -> b.bucket(bucket).key(LEGACY_KEY), RequestBody.fromString("{\"old\":true}"));
        }
    }

    @Test
    void listPrintsOneRowPerReportNewestFirst() {
        CliRun run = CliRun.of(env, "reports", "list");
        assertThat(run.exitCode()).isZero();
        assertThat(run.out().lines()).first().asString().contains("RUN (UTC)", "LAYOUT", "CATEGORY", "KEY");
        assertThat(run.out().lines().skip(1).limit(3)).satisfiesExactly(
                l -> assertThat(l).startsWith("20260412T211100Z").contains("current", AGENTS_KEY),
                l -> assertThat(l).contains(USERS_KEY_NEWER),
                l -> assertThat(l).contains(USERS_KEY));
        assertThat(run.out()).doesNotContain(LEGACY_KEY).contains("3 reports in s3://" + env.get("S3_BUCKET"));
    }

    @Test
    void listJsonWithLegacyAndCategoryIsOneObject() throws Exception {
        CliRun run = CliRun.of(env, "reports", "list", "--category", "application-users-usd-metadata-brukarar",
                "--include-legacy", "--json");
        assertThat(run.exitCode()).isZero();
        JsonNode json = Json.MAPPER.readTree(run.out());
        assertThat(json.get("count").asInt()).isEqualTo(3);
        JsonNode reports = json.get("reports");
        assertThat(reports.get(0).get("key").asText()).isEqualTo(USERS_KEY_NEWER);
        assertThat(reports.get(2).get("layout").asText()).isEqualTo("legacy-user-migration");
        assertThat(reports.get(2).get("category").asText()).isEqualTo("application-users-usd-metadata-brukarar");
        assertThat(reports.get(2).get("run_time_utc").asText()).isEqualTo("20250301T101010Z");
    }

    @Test
    void listWithoutBucketIsAConfigurationErrorNamingS3Bucket() {
        Map<String, String> noBucket = new HashMap<>(env);
        noBucket.remove("S3_BUCKET");
        CliRun run = CliRun.of(noBucket, "reports", "list");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("S3_BUCKET");
    }

    @Test
    void unknownCategoryIsAUsageError() {
        CliRun run = CliRun.of(env, "reports", "list", "--category", "users");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("unknown report category 'users'", "application-users-usd-metadata-brukarar");
    }

    @Test
    void showPrintsTheStoredJson() {
        CliRun run = CliRun.of(env, "reports", "show", USERS_KEY);
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).isEqualTo("{\n  \"flow\" : \"migrate_users\"\n}\n");
    }

    @Test
    void showLatestOfACategory() throws Exception {
        CliRun run = CliRun.of(env, "reports", "show", "application-users-usd-metadata-brukarar@latest");
        assertThat(run.exitCode()).isZero();
        assertThat(Json.MAPPER.readTree(run.out()).get("n").asInt()).isEqualTo(2);
    }

    @Test
    void showMissingKeyFailsWithExitOne() {
        CliRun run = CliRun.of(env, "reports", "show", "migration-reports/nothing/here.json");
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains("no object s3://" + env.get("S3_BUCKET") + "/migration-reports/nothing/here.json");
    }

    @Test
    void envFileProvidesTheS3Settings(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("s3.env");
        StringBuilder text = new StringBuilder("# S3 for reports\n");
        env.forEach((k, v) -> text.append(k).append('=').append(v).append('\n'));
        Files.writeString(file, text);
        CliRun run = CliRun.of(Map.of(), "--env-file", file.toString(), "reports", "list", "--json");
        assertThat(run.exitCode()).isZero();
        assertThat(Json.MAPPER.readTree(run.out()).get("count").asInt()).isEqualTo(3);
    }

    @Test
    void helpListsTheVerbs() {
        CliRun run = CliRun.of(Map.of(), "--help");
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("reports", "check");
        assertThat(CliRun.of(Map.of(), "reports", "list", "--help").out()).contains("--category", "--include-legacy", "--json");
    }
}
