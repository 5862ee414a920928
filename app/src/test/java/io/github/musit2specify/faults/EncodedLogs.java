package io.github.musit2specify.faults;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.joran.JoranConfigurator;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.AppenderBase;
import ch.qos.logback.core.OutputStreamAppender;
import ch.qos.logback.core.encoder.Encoder;
import io.github.musit2specify.logging.TextLogConfigurator;
import org.slf4j.LoggerFactory;

import java.io.ByteArrayOutputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;

/**
 * Every log line of this JVM while open, encoded as the product encodes it: through the encoders that
 * TextLogConfigurator (text) and logback-json.xml (LOG_FORMAT=json) configure.
 */
final class EncodedLogs implements AutoCloseable {
    private final ByteArrayOutputStream text = new ByteArrayOutputStream();
    private final ByteArrayOutputStream json = new ByteArrayOutputStream();
    private final AppenderBase<ILoggingEvent> textAppender;
    private final AppenderBase<ILoggingEvent> jsonAppender;
    private final Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);

    EncodedLogs() throws Exception {
        textAppender = appender(TextLogConfigurator.stderrAppender(new LoggerContext()).getEncoder(), text);
        jsonAppender = appender(encoderOf("logback-json.xml"), json);
        root.addAppender(textAppender);
        root.addAppender(jsonAppender);
    }

    String text() {
        return text.toString(StandardCharsets.UTF_8);
    }

    String json() {
        return json.toString(StandardCharsets.UTF_8);
    }

    @Override
    public void close() {
        root.detachAppender(textAppender);
        root.detachAppender(jsonAppender);
    }

    @SuppressWarnings("unchecked")
    private static Encoder<ILoggingEvent> encoderOf(String resource) throws Exception {
        LoggerContext context = new LoggerContext();
        JoranConfigurator configurator = new JoranConfigurator();
        configurator.setContext(context);
        URL config = EncodedLogs.class.getClassLoader().getResource(resource);
        configurator.doConfigure(config);
        return ((OutputStreamAppender<ILoggingEvent>) context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME)
                .getAppender("STDERR")).getEncoder();
    }

    private static AppenderBase<ILoggingEvent> appender(Encoder<ILoggingEvent> encoder, ByteArrayOutputStream sink) {
        AppenderBase<ILoggingEvent> appender = new AppenderBase<>() {
            @Override
            protected synchronized void append(ILoggingEvent event) {
                sink.writeBytes(encoder.encode(event));
            }
        };
        appender.setContext((LoggerContext) LoggerFactory.getILoggerFactory());
        appender.start();
        return appender;
    }
}
