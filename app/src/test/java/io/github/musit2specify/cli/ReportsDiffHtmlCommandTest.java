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

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** `reports diff` and `reports html` against S3Proxy with hand-made reports. */
class ReportsDiffHtmlCommandTest {
    static final String FOLDER = "collection-agents-musit-actor-person-name";
    static final String OLD = "migration-reports/" + FOLDER + "/20260410T145733Z/report.json";
    static final String NEW = "migration-reports/" + FOLDER + "/20260411T080000Z/report.json";
    static final String NEW_ERRORS = "migration-reports/" + FOLDER + "/20260411T080000Z/errors.txt";
    static final String BROKEN = "migration-reports/specify-structure-sync/20260401T000000Z/report.json";
    static Map<String, String> env;

    @BeforeAll
    static void fill() {
        EmbeddedS3 s3 = EmbeddedS3.shared();
        env = new HashMap<>(s3.env(s3.createUniqueBucket("cli-diff")));
        try (S3Client client = S3ClientFactory.create(S3Settings.fromEnv(Env.of(env)))) {
            String bucket = env.get("S3_BUCKET");
            client.putObject(b -> b.bucket(bucket).key(OLD), RequestBody.fromString("""
                    {"report_version":1,"flow":"migrate_musit_agents","generated_at_utc":"20260410T145733Z","oracle_env":"TEST",
                     "dry_run":true,"agents_created":600,"agents_skipped":0,
                     "errors":["Error migrating MUSIT.ACTOR_ID=17: too long at 2026-04-10T14:57:40Z","Error migrating USD.ACTOR_ID=5: gone <soon>"]}"""));
            client.putObject(b -> b.bucket(bucket).key(NEW), RequestBody.fromString("""
                    {"report_version":1,"flow":"migrate_musit_agents","generated_at_utc":"20260411T080000Z","oracle_env":"TEST",
                     "dry_run":false,"agents_created":0,"agents_skipped":600,
                     "errors":["Error migrating MUSIT.ACTOR_ID=17: too long at 2026-04-11T08:00:01Z",
                               "... and 1 more errors omitted (only the first 1 are kept here; errors.txt beside this report lists all 2)"]}"""));
            client.putObject(b -> b.bucket(bucket).key(NEW_ERRORS), RequestBody.fromString(
                    "Error migrating MUSIT.ACTOR_ID=17: too long at 2026-04-11T08:00:01Z\nError migrating MUSIT.ACTOR_ID=99: <b>new</b> & odd\n"));
            client.putObject(b -> b.bucket(bucket).key(BROKEN), RequestBody.fromString("{ not json"));
        }
    }

    @Test
    void diffOfLatestAndPreviousPrintsCountersErrorsAndFields() {
        CliRun run = CliRun.of(env, "reports", "diff", FOLDER + "@previous", FOLDER + "@latest");
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("A: " + OLD, "B: " + NEW, "dry_run: true -> false",
                "New errors (in B, not in A): 1", "Error migrating MUSIT.ACTOR_ID=99: <b>new</b> & odd",
                "Gone errors (in A, not in B): 1", "Error migrating USD.ACTOR_ID=5: gone <soon>", "Errors in both: 1");
        assertThat(run.out().lines().filter(l -> l.strip().startsWith("agents_created"))).singleElement().asString()
                .contains("600", "0", "-600");
    }

    @Test
    void diffJsonOfRunFoldersReadsErrorsTxt() throws Exception {
        CliRun run = CliRun.of(env, "reports", "diff", FOLDER + "/20260410T145733Z", "migration-reports/" + FOLDER + "/20260411T080000Z/", "--json");
        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode json = Json.MAPPER.readTree(run.out());
        assertThat(json.at("/b/errors_from").asText()).isEqualTo("errors.txt");
        assertThat(json.at("/errors/new/0").asText()).isEqualTo("Error migrating MUSIT.ACTOR_ID=99: <b>new</b> & odd");
        assertThat(json.at("/errors/kept").size()).isEqualTo(1);
        assertThat(json.at("/counters/0/name").asText()).isEqualTo("agents_created");
        assertThat(json.at("/counters/0/change").asLong()).isEqualTo(-600);
    }

    @Test
    void diffExitsOneWhenAReportCannotBeRead() {
        CliRun missing = CliRun.of(env, "reports", "diff", OLD, "migration-reports/" + FOLDER + "/20200101T000000Z");
        assertThat(missing.exitCode()).isEqualTo(1);
        assertThat(missing.err()).contains("no object s3://", "20200101T000000Z/report.json");
        CliRun broken = CliRun.of(env, "reports", "diff", OLD, BROKEN);
        assertThat(broken.exitCode()).isEqualTo(1);
        assertThat(broken.err()).contains(BROKEN, "is not JSON");
        CliRun noPrevious = CliRun.of(env, "reports", "diff", "specify-structure-sync@previous", OLD);
        assertThat(noPrevious.exitCode()).isEqualTo(1);
        assertThat(noPrevious.err()).contains("no run before the latest");
    }

    @Test
    void htmlWritesOneEscapedPageUploadsItUnderSiteAndListIgnoresIt(@TempDir Path dir) throws Exception {
        Map<String, String> ok = withoutBroken();
        CliRun run = CliRun.of(ok, "reports", "html", "--out", dir.toString(), "--upload");
        assertThat(run.exitCode()).as(run.err()).isZero();
        String html = Files.readString(dir.resolve("index.html"));
        assertThat(html).contains("<th scope=\"col\">Run (UTC)</th>", "href=\"#run-" + FOLDER + "-20260411T080000Z\"",
                "Error migrating MUSIT.ACTOR_ID=99: &lt;b&gt;new&lt;/b&gt; &amp; odd", "<svg role=\"img\"")
                .doesNotContain("<b>new</b>", "http://", "https://", "<script");
        assertThat(run.out()).contains("Overview of 2 runs", "migration-reports/_site/index.html");
        CliRun list = CliRun.of(ok, "reports", "list");
        assertThat(list.out()).contains("2 reports").doesNotContain("_site");
    }

    @Test
    void presignedLinkServesThePage(@TempDir Path dir) throws Exception {
        CliRun run = CliRun.of(withoutBroken(), "reports", "html", "--out", dir.toString(), "--presign-days", "2");
        assertThat(run.exitCode()).as(run.err()).isZero();
        String link = run.out().lines().filter(l -> l.startsWith("http")).findFirst().orElseThrow();
        assertThat(link).contains("X-Amz-Expires=172800", "_site/index.html");
        HttpResponse<String> page = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(link)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("Migration reports", "20260411T080000Z");
        CliRun tooLong = CliRun.of(withoutBroken(), "reports", "html", "--out", dir.toString(), "--presign-days", "8");
        assertThat(tooLong.exitCode()).isEqualTo(2);
        assertThat(tooLong.err()).contains("--presign-days must be 1 to 7", "not 8");
    }

    /** The same reports in a bucket without the unreadable one. */
    private static Map<String, String> withoutBroken() {
        EmbeddedS3 s3 = EmbeddedS3.shared();
        Map<String, String> copy = new HashMap<>(s3.env(s3.createUniqueBucket("cli-html")));
        try (S3Client client = S3ClientFactory.create(S3Settings.fromEnv(Env.of(env)))) {
            for (String key : new String[] {OLD, NEW, NEW_ERRORS}) {
                String text = client.getObjectAsBytes(b -> b.bucket(env.get("S3_BUCKET")).key(key)).asUtf8String();
                client.putObject(b -> b.bucket(copy.get("S3_BUCKET")).key(key), RequestBody.fromString(text));
            }
        }
        return copy;
    }
}
