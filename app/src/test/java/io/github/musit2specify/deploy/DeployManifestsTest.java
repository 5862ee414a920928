package io.github.musit2specify.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.musit2specify.cli.Main;
import io.github.musit2specify.config.Env;
import io.github.musit2specify.flow.structure.StructureConfig;
import io.github.musit2specify.flow.structure.StructureConfigLoader;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

/** deploy/k8s: one Job per flow (dry run, Secret, limits), the example Secret complete, the structure ConfigMap. */
class DeployManifestsTest {
    static final String SECRET = "musit2specify-env";
    static final List<String> FLOWS = List.of("migrate-musit-agents", "migrate-users", "sync-specify-structure");
    static final Path MAIN_SOURCES = Path.of("src", "main", "java");

    static Manifests manifests;

    @BeforeAll
    static void load() {
        manifests = Manifests.load();
    }

    @Test
    void everyVariableTheCodeReadsIsInTheExampleSecret() {
        EnvVariableScan.Result scan = EnvVariableScan.scan(MAIN_SOURCES, oracleProfilesOfTheJobs());
        assertThat(scan.unresolved()).as("environment reads whose variable name the scan cannot work out "
                + "(use a literal or a static final String constant, or teach EnvVariableScan)").isEmpty();
        assertThat(scan.variables()).as("the scan must see the known variables, or it is not scanning")
                .contains("S3_BUCKET", "AWS_SECRET_ACCESS_KEY", "S3_SECRET_ACCESS_KEY", "APP_USER_PASSWORD", "DATABASE_HOST",
                        "ORACLE_PROD_PASSWORD", "ORACLE_PROD_URL", "S3_UPLOAD_RETRY_DELAY_MS", "LOG_FORMAT");
        SortedSet<String> missing = new TreeSet<>(scan.variables());
        missing.removeAll(secretKeys());
        assertThat(missing).as("variables the code reads that deploy/k8s/secret.example.yaml does not list").isEmpty();
    }

    @Test
    void theExampleSecretListsNothingTheCodeDoesNotRead() {
        SortedSet<String> stale = new TreeSet<>(secretKeys());
        stale.removeAll(EnvVariableScan.scan(MAIN_SOURCES, oracleProfilesOfTheJobs()).variables());
        assertThat(stale).as("Secret keys no code reads").isEmpty();
    }

    @Test
    void theExampleSecretHoldsOnlyPlaceholders() {
        Manifests.Document secret = manifests.one("Secret", SECRET);
        assertThat(secret.node().has("data")).as("stringData only, readable placeholders").isFalse();
        secret.node().path("stringData").fields().forEachRemaining(e -> {
            assertThat(e.getValue().isTextual()).as(e.getKey() + " must be a quoted string").isTrue();
            if (e.getKey().contains("PASSWORD") || e.getKey().contains("SECRET")) {
                assertThat(e.getValue().asText()).as(e.getKey()).isIn("change-me", "");
            }
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {"migrate-musit-agents", "migrate-users", "sync-specify-structure"})
    void eachFlowHasAJobThatDefaultsToADryRun(String flow) {
        Manifests.Document job = manifests.one("Job", flow + "-");
        assertThat(job.file().getFileName().toString()).isEqualTo("job-" + flow + ".yaml");
        List<String> args = Manifests.args(job);
        assertThat(args.subList(0, 2)).containsExactly("run", flow);
        assertThat(args).contains("--dry-run=true").noneMatch(a -> a.startsWith("--dry-run=f"));
        assertRunsOnce(job);
        assertKeepsUnsentReportsOnAClaim(job);
    }

    private static void assertKeepsUnsentReportsOnAClaim(Manifests.Document job) {
        JsonNode pod = job.node().at("/spec/template/spec");
        JsonNode container = Manifests.container(job);
        JsonNode localDir = find(container.path("env"), "name", "MIGRATION_REPORT_LOCAL_DIR");
        assertThat(localDir).as("MIGRATION_REPORT_LOCAL_DIR set by the Job").isNotNull();
        JsonNode reportsMount = find(container.path("volumeMounts"), "mountPath", localDir.path("value").asText());
        assertThat(reportsMount).as("MIGRATION_REPORT_LOCAL_DIR is a mounted volume").isNotNull();
        JsonNode volume = find(pod.path("volumes"), "name", reportsMount.path("name").asText());
        assertThat(volume.at("/persistentVolumeClaim/claimName").asText())
                .as("a claim outlives the pod, unlike /tmp").isEqualTo("musit2specify-reports-unsent");
        assertThat(manifests.ofKind("PersistentVolumeClaim")).extracting(d -> d.node().at("/metadata/name").asText())
                .contains("musit2specify-reports-unsent");
        assertThat(pod.path("terminationGracePeriodSeconds").asInt(30)).as("room for the 25 s stop on SIGTERM")
                .isGreaterThanOrEqualTo(30);
    }

    @Test
    void theCheckJobRunsCheck() {
        Manifests.Document job = manifests.one("Job", "musit2specify-check-");
        assertThat(Manifests.args(job).get(0)).isEqualTo("check");
        assertRunsOnce(job);
    }

    @Test
    void theStructureJobReadsTheConfigMapsYaml() {
        Manifests.Document job = manifests.one("Job", "sync-specify-structure-");
        List<String> args = Manifests.args(job);
        assertThat(args.get(args.indexOf("--config") + 1)).isEqualTo("/config/structure.yaml");
        JsonNode mount = find(Manifests.container(job).path("volumeMounts"), "mountPath", "/config");
        JsonNode volume = find(job.node().at("/spec/template/spec/volumes"), "name", mount.path("name").asText());
        String configMapName = volume.at("/configMap/name").asText();
        JsonNode configMap = manifests.one("ConfigMap", configMapName).node();
        String yaml = configMap.at("/data/structure.yaml").asText();
        StructureConfig config = StructureConfigLoader.parse(yaml, "configmap-structure.yaml");
        assertThat(config.institutionName()).isNotBlank();
        assertThat(config.collectionCount()).isPositive();
    }

    /** The Job's arguments parse with this build's CLI (a verb not merged into this build yet is skipped). */
    @ParameterizedTest
    @ValueSource(strings = {"migrate-musit-agents-", "migrate-users-", "sync-specify-structure-", "musit2specify-check-"})
    void theJobsArgumentsAreAcceptedByTheCli(String jobName) {
        List<String> args = new ArrayList<>(Manifests.args(manifests.one("Job", jobName)));
        if (args.get(0).equals("run")) {
            assumeThat(cli("run", "--help").out()).as("verb " + args.get(1) + " in this build").contains(args.get(1));
        }
        args.add("--help");
        CliOutput result = cli(args.toArray(String[]::new));
        assertThat(result.exitCode()).as(result.err()).isZero();
    }

    private static void assertRunsOnce(Manifests.Document job) {
        JsonNode spec = job.node().path("spec");
        JsonNode pod = spec.path("template").path("spec");
        JsonNode container = Manifests.container(job);
        assertThat(spec.path("backoffLimit").asInt(-1)).as("backoffLimit").isZero();
        assertThat(spec.path("activeDeadlineSeconds").asInt()).as("activeDeadlineSeconds").isPositive();
        assertThat(pod.path("restartPolicy").asText()).isEqualTo("Never");
        assertThat(pod.at("/securityContext/runAsNonRoot").asBoolean()).isTrue();
        assertThat(container.at("/resources/requests/memory").asText()).isNotBlank();
        assertThat(container.at("/resources/limits/memory").asText()).isNotBlank();
        assertThat(find(container.path("envFrom"), "secretRef", null).at("/secretRef/name").asText()).isEqualTo(SECRET);
        assertThat(container.path("env").findValuesAsText("name")).as("all settings but the reports' local folder come"
                + " from the Secret").isSubsetOf("MIGRATION_REPORT_LOCAL_DIR");
        assertThat(find(container.path("volumeMounts"), "mountPath", "/tmp")).as("writable /tmp").isNotNull();
    }

    /** The Oracle profiles the Jobs use (--oracle-env, default PROD): the ORACLE_<ENV>_* names the Secret needs. */
    private static List<String> oracleProfilesOfTheJobs() {
        SortedSet<String> profiles = new TreeSet<>();
        for (Manifests.Document job : manifests.ofKind("Job")) {
            List<String> args = Manifests.args(job);
            int at = args.indexOf("--oracle-env");
            if (at >= 0) {
                profiles.add(args.get(at + 1).toUpperCase(java.util.Locale.ROOT));
            }
        }
        if (profiles.isEmpty()) {
            profiles.add("PROD");
        }
        return List.copyOf(profiles);
    }

    private static SortedSet<String> secretKeys() {
        SortedSet<String> keys = new TreeSet<>();
        manifests.one("Secret", SECRET).node().path("stringData").fieldNames().forEachRemaining(keys::add);
        return keys;
    }

    /** The element of {@code array} whose {@code field} equals {@code value} (or merely exists, for a null value). */
    private static JsonNode find(JsonNode array, String field, String value) {
        for (Iterator<JsonNode> it = array.elements(); it.hasNext(); ) {
            JsonNode element = it.next();
            if (element.has(field) && (value == null || value.equals(element.get(field).asText()))) {
                return element;
            }
        }
        throw new AssertionError("no element with " + field + (value == null ? "" : "=" + value) + " in " + array);
    }

    record CliOutput(int exitCode, String out, String err) {
    }

    private static CliOutput cli(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(Env.of(Map.of()), new PrintWriter(out), new PrintWriter(err), args);
        return new CliOutput(code, out.toString(), err.toString());
    }
}
