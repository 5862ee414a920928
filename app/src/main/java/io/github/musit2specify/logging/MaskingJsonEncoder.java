package io.github.musit2specify.logging;

import ch.qos.logback.classic.encoder.JsonEncoder;
import ch.qos.logback.classic.spi.ILoggingEvent;
import io.github.musit2specify.text.Redaction;

import java.nio.charset.StandardCharsets;

/** Logback's JSON encoder with every password inside a URL masked (messages, MDC, stack traces). */
public final class MaskingJsonEncoder extends JsonEncoder {
    @Override
    public byte[] encode(ILoggingEvent event) {
        return Redaction.maskSecrets(new String(super.encode(event), StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8);
    }
}
