package io.github.musit2specify.flow;

import ch.qos.logback.classic.Level;
import io.github.musit2specify.report.LogCapture;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

import static org.assertj.core.api.Assertions.assertThat;

class ProgressLogTest {
    @Test
    void aDryRunSaysWouldCreateALiveRunCreated() {
        try (LogCapture log = new LogCapture(ProgressLogTest.class)) {
            new ProgressLog(LoggerFactory.getLogger(ProgressLogTest.class), "Actors", 10, true).done(20, 18, 2);
            new ProgressLog(LoggerFactory.getLogger(ProgressLogTest.class), "Actors", 10, false).done(20, 18, 2);
            assertThat(log.lines(Level.INFO)).satisfiesExactly(
                    l -> assertThat(l).startsWith("Actors: 20 processed, would create 18, 2 skipped").doesNotContain("created"),
                    l -> assertThat(l).startsWith("Actors: 20 processed, 18 created, 2 skipped"));
        }
    }
}
