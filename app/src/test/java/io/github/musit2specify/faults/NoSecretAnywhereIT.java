package io.github.musit2specify.faults;

import io.github.musit2specify.config.Env;
import io.github.musit2specify.report.ReportCatalogue;
import io.github.musit2specify.report.ReportEntry;
import io.github.musit2specify.s3.S3Settings;
import io.github.musit2specify.testkit.ActorRow;
import io.github.musit2specify.testkit.PersonNameRow;
import org.junit.jupiter.api.Test;

import java.net.ServerSocket;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Row: a password inside ORACLE_&lt;ENV&gt;_URL (and any other secret) printed by config, check, run logs or
 * reports. Runs config, check and live runs with distinctive secrets — the MUSIT password only inside its
 * URL, an Oracle thin URL with user/password, an S3 endpoint with user-info — and MUSIT data carrying
 * e-mail addresses and phone numbers, then greps every output: stdout, stderr, the log lines as both
 * encoders write them, and every report in the bucket.
 */
class NoSecretAnywhereIT {
    private static final Pattern EMAIL = Pattern.compile("[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(\\.[A-Za-z0-9-]+)*\\.[A-Za-z]{2,}");
    private static final String THIN_SECRET = "Thin-URL-s3cret-77";
    private static final String ENDPOINT_SECRET = "S3-endpoint-s3cret";

    @Test
    void noOutputCarriesASecretOrAnEmailAddress() throws Exception {
        try (FaultWorld world = new FaultWorld("secrets", 300)) {
            world.musit.insertActors(FaultWorld.BOTANY, List.of(new ActorRow(8_888_888, 0, "Grep, Me", 8_888_888L, null,
                    null, "grep.me@nhm.example", "NHM", "mobil +47 22 85 16 00, grep.me@uio.example")));
            world.musit.insertPersonNames(FaultWorld.BOTANY, List.of(new PersonNameRow(8_888_888, 8_888_888, "Grep", null,
                    "Me", null, 1)));
            Map<String, String> env = new HashMap<>(world.env());
            String musitPassword = env.remove("ORACLE_FAULT_PASSWORD");
            env.put("ORACLE_FAULT_URL", env.get("ORACLE_FAULT_URL") + ";PASSWORD=" + musitPassword);
            env.put("ORACLE_THIN_URL", "jdbc:oracle:thin:scott/" + THIN_SECRET + "@//127.0.0.1:" + closedPort() + "/MUSTST");
            Map<String, String> endpointWithUserInfo = new HashMap<>(env);
            endpointWithUserInfo.put("S3_ENDPOINT_URL", "http://minio:" + ENDPOINT_SECRET + "@127.0.0.1:" + closedPort());
            List<String> secrets = List.of(musitPassword, THIN_SECRET, ENDPOINT_SECRET, env.get("APP_USER_PASSWORD"),
                    env.get("AWS_SECRET_ACCESS_KEY"));

            List<String> outputs = new ArrayList<>();
            Cli live;
            Cli thinRun;
            try (EncodedLogs logs = new EncodedLogs()) {
                Cli config = Cli.run(endpointWithUserInfo, "config", "--oracle-env", "THIN");
                assertThat(config.out()).contains("jdbc:oracle:thin:scott/****@//127.0.0.1", "http://minio:****@127.0.0.1");
                Cli check = Cli.run(env, "check", "--oracle-env", "THIN");
                assertThat(check.exitCode()).as(check.out()).isEqualTo(1);
                assertThat(check.out()).contains("scott/****@");
                live = Cli.agents(env, false);
                assertThat(live.exitCode()).as(live.err()).isZero();
                thinRun = Cli.run(env, "--verbose", "run", "migrate-musit-agents", "--oracle-env", "THIN", "--dry-run=false", "--json");
                assertThat(thinRun.exitCode()).as(thinRun.err()).isEqualTo(1);
                for (Cli cli : List.of(config, Cli.run(env, "config", "--oracle-env", "FAULT"), check, live, thinRun)) {
                    outputs.add(cli.out());
                    outputs.add(cli.err());
                }
                outputs.add(logs.text());
                outputs.add(logs.json());
                assertThat(logs.text()).contains("Starting migrate_musit_agents", "oracle_database=jdbc:h2:file:");
            }
            assertThat(live.json().path("agents_created").asLong()).isEqualTo(world.actors + 1).isEqualTo(world.agentsWritten());
            List<String> reports = reportsIn(env);
            assertThat(reports).hasSize(2).anySatisfy(r -> assertThat(r).contains("\"status\" : \"failed\"",
                    "\"oracle_database\" : \"127.0.0.1:"));
            outputs.addAll(reports);

            assertThat(secrets).allSatisfy(s -> assertThat(s).isNotBlank());
            for (String output : outputs) {
                for (String secret : secrets) {
                    assertThat(output).as("an output carries the secret " + secret.charAt(0) + "…").doesNotContain(secret);
                }
                assertThat(EMAIL.matcher(output).results().map(m -> m.group()).toList()).as(output).isEmpty();
            }
        }
    }

    private static List<String> reportsIn(Map<String, String> env) {
        try (ReportCatalogue catalogue = ReportCatalogue.open(S3Settings.fromEnv(Env.of(env)))) {
            return catalogue.list(Optional.empty(), false).stream().map(ReportEntry::key).map(catalogue::read).toList();
        }
    }

    private static int closedPort() throws Exception {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
