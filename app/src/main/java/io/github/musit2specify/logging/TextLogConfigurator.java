package io.github.musit2specify.logging;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.Configurator;
import ch.qos.logback.classic.spi.ConfiguratorRank;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.ConsoleAppender;
import ch.qos.logback.core.spi.ContextAwareBase;

import java.util.Map;

/**
 * The text log (the default): one line per event on stderr, stdout carries only command output (e.g.
 * the one JSON object of --json). Set up in code rather than by a logback.xml because parsing XML costs
 * a cold JVM about a tenth of a second at the start of every run. A logback configuration file named by
 * {@code -Dlogback.configurationFile} (LOG_FORMAT=json names logback-json.xml) takes over as usual.
 */
@ConfiguratorRank(ConfiguratorRank.CUSTOM_HIGH_PRIORITY)
public final class TextLogConfigurator extends ContextAwareBase implements Configurator {
    static final String PATTERN = "%d{HH:mm:ss.SSS} %-5level %-20logger{0} %msg%n";

    /**
     * Libraries quieter than INFO: the pool and the SDK only say what we say better; the MariaDB
     * driver logs each server error packet at WARN, which our failure messages already carry.
     * logback-json.xml has the same list.
     */
    static final Map<String, Level> QUIETER = Map.of(
            "com.zaxxer.hikari", Level.WARN,
            "software.amazon.awssdk", Level.WARN,
            "org.mariadb.jdbc", Level.ERROR);

    @Override
    public ExecutionStatus configure(LoggerContext context) {
        if (System.getProperty("logback.configurationFile") != null) {
            return ExecutionStatus.INVOKE_NEXT_IF_ANY;
        }
        QUIETER.forEach((name, level) -> context.getLogger(name).setLevel(level));
        Logger root = context.getLogger(Logger.ROOT_LOGGER_NAME);
        root.setLevel(Level.INFO);
        root.addAppender(stderrAppender(context));
        return ExecutionStatus.DO_NOT_INVOKE_NEXT_IF_ANY;
    }

    /** The started appender of the text log, with its password-masking encoder. */
    public static ConsoleAppender<ILoggingEvent> stderrAppender(LoggerContext context) {
        MaskingPatternLayoutEncoder encoder = new MaskingPatternLayoutEncoder();
        encoder.setContext(context);
        encoder.setPattern(PATTERN);
        encoder.start();
        ConsoleAppender<ILoggingEvent> stderr = new ConsoleAppender<>();
        stderr.setContext(context);
        stderr.setName("STDERR");
        stderr.setTarget("System.err");
        stderr.setEncoder(encoder);
        stderr.start();
        return stderr;
    }
}
