package io.github.musit2specify.report;

import io.github.musit2specify.config.Env;
import io.github.musit2specify.error.ErrorCode;
import io.github.musit2specify.error.MigrationException;
import io.github.musit2specify.s3.S3ClientFactory;
import io.github.musit2specify.s3.S3Settings;
import io.github.musit2specify.testkit.EmbeddedS3;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** Listing and reading against S3Proxy's filesystem backend, whose directories show up as folder markers. */
class ReportCatalogueTest {
    static final String USERS = "application-users-usd-metadata-brukarar";
    static final String AGENTS = "collection-agents-musit-actor-person-name";
    static final String STRUCTURE = "specify-structure-sync";

    @TempDir
    static Path dir;
    static EmbeddedS3 s3;
    static S3Settings settings;
    static S3Client client;

    @BeforeAll
    static void fill() throws Exception {
        s3 = EmbeddedS3.start(dir);
        s3.createBucket("reports");
        settings = S3Settings.fromEnv(Env.of(s3.env("reports")));
        client = S3ClientFactory.create(settings);
        put("migration-reports/" + USERS + "/20260410T145733Z/report.json", "{\"n\":1}");
        put("migration-reports/" + USERS + "/20260412T080000Z/report.json", "{\"n\":2}");
        put("migration-reports/" + AGENTS + "/20260411T211100Z/report.json", "{\"n\":3}");
        put("migration-reports/" + AGENTS + "/20260411T211100Z/errors.txt", "beside the report");
        put("migration-reports/" + STRUCTURE + "/20260413T072900Z/report.json", "{\"n\":4}");
        put("migration-reports/" + STRUCTURE + "/", "");                        // a folder marker put by a tool
        Files.createDirectories(s3.objectPath("reports", "migration-reports/" + STRUCTURE + "/20260414T000000Z")); // an empty folder
        put("oracle-schema/user-migration/20250301T101010Z/migration_report.json", "{\"legacy\":\"users\"}");
        put("oracle-schema/musit-agent-migration/2025-02-01T08-00-00Z/summary.json", "{\"legacy\":\"agents\"}");
        put("oracle-schema/migration-reports/specify7/" + STRUCTURE + "/20250402T000000Z/report.json", "{\"legacy\":\"s7\"}");
        put("oracle-schema/schema/20250101T000000Z/tables.json", "{}");       // a snapshot, no report
    }

    @AfterAll
    static void stop() {
        client.close();
        s3.close();
    }

    @Test
    void listsTheCurrentLayoutNewestFirstIgnoringFolderMarkersAndOtherFiles() {
        List<ReportEntry> entries = catalogue(2).list(Optional.empty(), false);
        assertThat(entries).extracting(ReportEntry::key).containsExactly(
                "migration-reports/" + STRUCTURE + "/20260413T072900Z/report.json",
                "migration-reports/" + USERS + "/20260412T080000Z/report.json",
                "migration-reports/" + AGENTS + "/20260411T211100Z/report.json",
                "migration-reports/" + USERS + "/20260410T145733Z/report.json");
        assertThat(entries).allMatch(e -> e.layout() == ReportLayout.CURRENT && e.runTimeFromKey() && e.size() > 0);
        assertThat(entries.get(0).category()).contains(ReportCategory.REPORT_CATEGORY_SPECIFY_STRUCTURE_SYNC);
        assertThat(entries.get(0).runTimestamp()).isEqualTo("20260413T072900Z");
    }

    @Test
    void theServerReallyReturnsFolderMarkers() {
        List<String> keys = client.listObjectsV2Paginator(b -> b.bucket("reports").prefix("migration-reports/"))
                .contents().stream().map(o -> o.key()).toList();
        assertThat(keys).anyMatch(k -> k.endsWith("/"));
    }

    @Test
    void includeLegacyFindsTheHistoricalLayoutsAndSaysWhichEach() {
        List<ReportEntry> entries = catalogue(3).list(Optional.empty(), true);
        assertThat(entries).hasSize(7);
        assertThat(entries.subList(4, 7)).extracting(e -> e.layout() + " " + e.categoryFolder() + " " + e.runTimestamp())
                .containsExactly(
                        "LEGACY_SPECIFY7 " + STRUCTURE + " 20250402T000000Z",
                        "LEGACY_USER_MIGRATION " + USERS + " 20250301T101010Z",
                        "LEGACY_MUSIT_AGENT_MIGRATION " + AGENTS + " 20250201T080000Z");
    }

    @Test
    void categoryFilterAppliesToEveryLayout() {
        assertThat(catalogue(1000).list(Optional.of(ReportCategory.REPORT_CATEGORY_APP_USERS_BRUKARAR), true))
                .extracting(ReportEntry::key).containsExactly(
                        "migration-reports/" + USERS + "/20260412T080000Z/report.json",
                        "migration-reports/" + USERS + "/20260410T145733Z/report.json",
                        "oracle-schema/user-migration/20250301T101010Z/migration_report.json");
    }

    @Test
    void readsAKeyOrTheLatestOfACategory() {
        ReportCatalogue catalogue = catalogue(1000);
        assertThat(catalogue.resolve(USERS + "@latest")).isEqualTo("migration-reports/" + USERS + "/20260412T080000Z/report.json");
        assertThat(catalogue.read(catalogue.resolve(USERS + "@latest"))).isEqualTo("{\"n\":2}");
        assertThat(catalogue.read("oracle-schema/user-migration/20250301T101010Z/migration_report.json")).contains("legacy");
    }

    @Test
    void missingKeyAndUnknownCategoryFailClearly() {
        ReportCatalogue catalogue = catalogue(1000);
        MigrationException missing = catchThrowableOfType(MigrationException.class, () -> catalogue.read("nope/report.json"));
        assertThat(missing.errorCode()).isEqualTo(ErrorCode.S3_READ);
        assertThat(missing.getMessage()).contains("s3://reports/nope/report.json");
        MigrationException unknown = catchThrowableOfType(MigrationException.class, () -> catalogue.resolve("users@latest"));
        assertThat(unknown.errorCode()).isEqualTo(ErrorCode.USAGE);
        assertThat(unknown.getMessage()).contains("users", USERS);
    }

    @Test
    void withoutBucketTheMessageNamesS3Bucket() {
        MigrationException e = catchThrowableOfType(MigrationException.class,
                () -> ReportCatalogue.open(S3Settings.fromEnv(Env.of(Map.of()))));
        assertThat(e.errorCode()).isEqualTo(ErrorCode.CONFIGURATION);
        assertThat(e.getMessage()).contains("S3_BUCKET");
    }

    private static ReportCatalogue catalogue(int pageSize) {
        return new ReportCatalogue(client, settings, pageSize);
    }

    private static void put(String key, String body) {
        client.putObject(b -> b.bucket("reports").key(key), RequestBody.fromString(body));
    }
}
