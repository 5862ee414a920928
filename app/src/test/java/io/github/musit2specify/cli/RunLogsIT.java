package io.github.musit2specify.cli;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.joran.JoranConfigurator;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.IThrowableProxy;
import ch.qos.logback.core.AppenderBase;
import ch.qos.logback.core.OutputStreamAppender;
import ch.qos.logback.core.encoder.Encoder;
import ch.qos.logback.core.read.ListAppender;
import com.fasterxml.jackson.databind.JsonNode;
import io.github.musit2specify.json.Json;
import io.github.musit2specify.testkit.ActorRow;
import io.github.musit2specify.testkit.EmbeddedMariaDb;
import io.github.musit2specify.testkit.EmbeddedS3;
import io.github.musit2specify.testkit.GroupRow;
import io.github.musit2specify.testkit.MembershipRow;
import io.github.musit2specify.testkit.UserRow;
import io.github.musit2specify.testkit.MusitSource;
import io.github.musit2specify.testkit.PersonNameRow;
import io.github.musit2specify.testkit.SpecifyTestDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

import java.io.ByteArrayOutputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Full live runs of migrate-musit-agents and migrate-users through the CLI (embedded MariaDB, MUSIT
 * in H2 with e-mail addresses in actors and users, reports uploaded to S3Proxy), with our loggers at
 * DEBUG, captured twice: as events (for secrets and e-mail addresses) and through the encoder of
 * logback-json.xml (one JSON object per line).
 */
class RunLogsIT {
    private static final String BOT = "MUSIT_BOTANIKK_FELLES";
    private static final Pattern EMAIL = Pattern.compile("[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(\\.[A-Za-z0-9-]+)*\\.[A-Za-z]{2,}");

    private static final ListAppender<ILoggingEvent> events = new ListAppender<>();
    private static final ByteArrayOutputStream json = new ByteArrayOutputStream();
    private static final List<String> secrets = new ArrayList<>();
    private static CliRun agentsRun;
    private static CliRun usersRun;
    private static String bucket;

    @BeforeAll
    static void fullRun() throws Exception {
        SpecifyTestDatabase specify = EmbeddedMariaDb.shared().createSpecifyDatabase("run_logs");
        EmbeddedS3 s3 = EmbeddedS3.shared();
        bucket = s3.createUniqueBucket("run-logs");
        Map<String, String> env = new HashMap<>(specify.env());
        env.putAll(s3.env(bucket));
        try (MusitSource musit = MusitSource.inMemory("run_logs")) {
            env.putAll(musit.env("LOGS"));
            musit.insertActors(BOT, List.of(
                    new ActorRow(1, 0, "Nordmann, Ola", 10L, LocalDate.of(1850, 3, 1), null,
                            "ola.nordmann@example.no", "Universitetet i Oslo", "kontakt: ola@uio.no"),
                    new ActorRow(2, 0, "Long Mail", 20L, null, null, "e".repeat(70) + "@example.org", null, null)));
            musit.insertPersonNames(BOT, List.of(new PersonNameRow(10, 1, "Nordmann", null, "Ola", null, 1),
                    new PersonNameRow(20, 2, "Mail", null, "Long", null, 1)));
            musit.insertGroups(List.of(new GroupRow(1, "Administrasjon", "NHM", null)));
            musit.insertUsers(List.of(
                    new UserRow("ola", "Nordmann, Ola", "ola@nhm.no", "22851600", "NHM", "ola@uio.no", "ola.feide@uio.no",
                            null, "J", null, null),
                    // EMail is 64 characters in specifyuser: this user fails, and its error line names the limit
                    new UserRow("toolong", "Lang Adresse", "x".repeat(70) + "@nhm.no", null, null, null, null, null, null, null, null)));
            musit.insertMemberships(List.of(new MembershipRow(1, "ola", 1L, "J"), new MembershipRow(2, "toolong", 1L, "n")));
            secrets.addAll(List.of(env.get("APP_USER_PASSWORD"), env.get("ORACLE_LOGS_PASSWORD"), env.get("AWS_SECRET_ACCESS_KEY")));

            Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
            Logger ours = (Logger) LoggerFactory.getLogger("io.github.musit2specify");
            Level before = ours.getLevel();
            AppenderBase<ILoggingEvent> jsonAppender = encoding(jsonEncoderOfLogbackJsonXml());
            events.start();
            root.addAppender(events);
            root.addAppender(jsonAppender);
            ours.setLevel(Level.DEBUG);
            try {
                agentsRun = CliRun.of(env, "run", "migrate-musit-agents", "--oracle-env", "LOGS", "--dry-run=false", "--json");
                usersRun = CliRun.of(env, "run", "migrate-users", "--oracle-env", "LOGS", "--dry-run=false", "--json");
            } finally {
                ours.setLevel(before);
                root.detachAppender(events);
                root.detachAppender(jsonAppender);
            }
        }
    }

    @AfterAll
    static void stop() {
        events.stop();
    }

    @Test
    void bothRunsUploadedTheirReportsAndLogged() throws Exception {
        assertThat(agentsRun.exitCode()).as(agentsRun.err()).isZero();
        assertThat(usersRun.exitCode()).as(usersRun.err()).isZero();
        assertThat(messages()).filteredOn(m -> m.startsWith("Migration report upload finished: s3://" + bucket + "/")).hasSize(2);
        JsonNode users = Json.MAPPER.readTree(usersRun.out());
        assertThat(users.path("users_created").asInt()).isEqualTo(1);
        assertThat(users.path("errors").toString()).contains("toolong", "64");
        assertThat(secrets).hasSize(3).allSatisfy(s -> assertThat(s).isNotBlank());
    }

    @Test
    void noLogLineCarriesASecretOrAnEmailAddress() {
        List<String> lines = new ArrayList<>();
        for (ILoggingEvent e : events.list) {
            StringBuilder text = new StringBuilder(e.getFormattedMessage()).append(' ').append(e.getMDCPropertyMap());
            for (IThrowableProxy t = e.getThrowableProxy(); t != null; t = t.getCause()) {
                text.append(' ').append(t.getMessage());
            }
            lines.add(text.toString());
        }
        lines.add(json.toString(StandardCharsets.UTF_8));
        for (CliRun run : List.of(agentsRun, usersRun)) {
            lines.add(run.out());
            lines.add(run.err());
        }
        for (String secret : secrets) {
            assertThat(lines).noneMatch(l -> l.contains(secret));
        }
        assertThat(EMAIL.matcher("kontakt: ola@uio.no").find()).as("the pattern finds an address").isTrue();
        assertThat(lines).noneMatch(l -> EMAIL.matcher(l).find());
    }

    @Test
    void jsonLayoutIsOneObjectPerLineWithFlowAndRun() throws Exception {
        List<String> lines = json.toString(StandardCharsets.UTF_8).lines().toList();
        assertThat(lines).hasSameSizeAs(events.list);
        Map<String, String> runOfFlow = Map.of(
                "migrate_musit_agents", Json.MAPPER.readTree(agentsRun.out()).path("generated_at_utc").asText(),
                "migrate_users", Json.MAPPER.readTree(usersRun.out()).path("generated_at_utc").asText());
        assertThat(runOfFlow.values()).allSatisfy(t -> assertThat(t).matches("\\d{8}T\\d{6}Z"));
        Map<String, Integer> linesOfFlow = new HashMap<>();
        for (String line : lines) {
            JsonNode node = Json.MAPPER.readTree(line);
            assertThat(node.isObject()).as(line).isTrue();
            assertThat(node.path("level").asText()).isNotEmpty();
            assertThat(node.has("formattedMessage")).as(line).isTrue();
            if (node.path("loggerName").asText().startsWith("io.github.musit2specify.")) {
                String flow = node.at("/mdc/flow").asText();
                assertThat(runOfFlow).as(line).containsKey(flow);
                assertThat(node.at("/mdc/run").asText()).as(line).isEqualTo(runOfFlow.get(flow));
                linesOfFlow.merge(flow, 1, Integer::sum);
            }
        }
        assertThat(linesOfFlow).containsOnlyKeys(runOfFlow.keySet())
                .allSatisfy((flow, count) -> assertThat(count).isGreaterThanOrEqualTo(4));
    }

    private static List<String> messages() {
        return events.list.stream().map(ILoggingEvent::getFormattedMessage).toList();
    }

    /** The encoder that app/src/main/resources/logback-json.xml configures, read into a context of its own. */
    @SuppressWarnings("unchecked")
    private static Encoder<ILoggingEvent> jsonEncoderOfLogbackJsonXml() throws Exception {
        LoggerContext context = new LoggerContext();
        JoranConfigurator configurator = new JoranConfigurator();
        configurator.setContext(context);
        URL config = RunLogsIT.class.getClassLoader().getResource("logback-json.xml");
        assertThat(config).as("logback-json.xml on the classpath").isNotNull();
        configurator.doConfigure(config);
        OutputStreamAppender<ILoggingEvent> appender =
                (OutputStreamAppender<ILoggingEvent>) context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME).getAppender("STDERR");
        return appender.getEncoder();
    }

    private static AppenderBase<ILoggingEvent> encoding(Encoder<ILoggingEvent> encoder) {
        AppenderBase<ILoggingEvent> appender = new AppenderBase<>() {
            @Override
            protected synchronized void append(ILoggingEvent event) {
                json.writeBytes(encoder.encode(event));
            }
        };
        appender.setContext((LoggerContext) LoggerFactory.getILoggerFactory());
        appender.start();
        return appender;
    }
}
