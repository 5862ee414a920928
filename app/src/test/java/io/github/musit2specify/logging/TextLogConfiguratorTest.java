package io.github.musit2specify.logging;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.joran.JoranConfigurator;
import ch.qos.logback.classic.spi.Configurator;
import ch.qos.logback.classic.spi.LoggingEvent;
import ch.qos.logback.core.ConsoleAppender;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.ServiceLoader;

import static org.assertj.core.api.Assertions.assertThat;

class TextLogConfiguratorTest {
    @Test
    void logbackFindsItThroughTheServiceFile() {
        assertThat(ServiceLoader.load(Configurator.class).stream().map(p -> p.type().getName()))
                .contains(TextLogConfigurator.class.getName());
    }

    @Test
    void logsInfoToStderrWithTheLibrariesQuieter() {
        LoggerContext context = new LoggerContext();
        Configurator.ExecutionStatus status = new TextLogConfigurator().configure(context);

        assertThat(status).isEqualTo(Configurator.ExecutionStatus.DO_NOT_INVOKE_NEXT_IF_ANY);
        Logger root = context.getLogger(Logger.ROOT_LOGGER_NAME);
        assertThat(root.getLevel()).isEqualTo(Level.INFO);
        ConsoleAppender<?> stderr = (ConsoleAppender<?>) root.getAppender("STDERR");
        assertThat(stderr.isStarted()).isTrue();
        assertThat(stderr.getTarget()).isEqualTo("System.err");
        assertThat(context.getLogger("org.mariadb.jdbc.client").getEffectiveLevel()).isEqualTo(Level.ERROR);
        assertThat(context.getLogger("software.amazon.awssdk.request").getEffectiveLevel()).isEqualTo(Level.WARN);
        assertThat(context.getLogger("com.zaxxer.hikari.pool.HikariPool").getEffectiveLevel()).isEqualTo(Level.WARN);
        assertThat(context.getLogger("io.github.musit2specify.flow.FlowRunner").isInfoEnabled()).isTrue();
    }

    @Test
    void linesHaveTheTimeLevelLoggerAndMessageWithPasswordsInUrlsMasked() {
        LoggerContext context = new LoggerContext();
        ConsoleAppender<ch.qos.logback.classic.spi.ILoggingEvent> stderr = TextLogConfigurator.stderrAppender(context);
        Logger logger = context.getLogger("io.github.musit2specify.flow.FlowRunner");
        LoggingEvent event = new LoggingEvent(Logger.FQCN, logger, Level.INFO,
                "connecting to jdbc:mariadb://migrator:s3cret@db:3306/specify", null, null);

        String line = new String(stderr.getEncoder().encode(event), StandardCharsets.UTF_8);

        assertThat(line).matches("\\d\\d:\\d\\d:\\d\\d\\.\\d{3} INFO  FlowRunner {11}connecting to .*\\R")
                .doesNotContain("s3cret");
    }

    @Test
    void theJsonFormatQuietensTheSameLibraries() throws Exception {
        LoggerContext context = new LoggerContext();
        JoranConfigurator joran = new JoranConfigurator();
        joran.setContext(context);
        joran.doConfigure(getClass().getClassLoader().getResource("logback-json.xml"));

        TextLogConfigurator.QUIETER.forEach((name, level) ->
                assertThat(context.getLogger(name).getLevel()).as(name).isEqualTo(level));
    }

    @Test
    void aConfigurationFileNamedOnTheCommandLineTakesOver() {
        String before = System.getProperty("logback.configurationFile");
        System.setProperty("logback.configurationFile", "logback-json.xml");
        try {
            LoggerContext context = new LoggerContext();
            assertThat(new TextLogConfigurator().configure(context))
                    .isEqualTo(Configurator.ExecutionStatus.INVOKE_NEXT_IF_ANY);
            assertThat(context.getLogger(Logger.ROOT_LOGGER_NAME).getAppender("STDERR")).isNull();
        } finally {
            if (before == null) {
                System.clearProperty("logback.configurationFile");
            } else {
                System.setProperty("logback.configurationFile", before);
            }
        }
    }
}
