package io.github.musit2specify.logging;

import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.spi.ILoggingEvent;
import io.github.musit2specify.text.Redaction;

import java.nio.charset.StandardCharsets;

/** The text log line with every password inside a URL masked (messages and stack traces). */
public final class MaskingPatternLayoutEncoder extends PatternLayoutEncoder {
    @Override
    public byte[] encode(ILoggingEvent event) {
        return Redaction.maskSecrets(new String(super.encode(event), StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8);
    }
}
