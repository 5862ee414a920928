package io.github.musit2specify.flow;

import org.junit.jupiter.api.Test;
import org.slf4j.MDC;

import static org.assertj.core.api.Assertions.assertThat;

class MeanwhileTest {
    @Test
    void runsOnADaemonThreadOfItsNameWithTheCallersLogContext() {
        MDC.put("run", "20260410T150000Z");
        try {
            Meanwhile<String> work = Meanwhile.start("s3-client-build", () -> Thread.currentThread().getName()
                    + " daemon=" + Thread.currentThread().isDaemon() + " run=" + MDC.get("run"));

            assertThat(work.get()).isEqualTo("s3-client-build daemon=true run=20260410T150000Z");
        } finally {
            MDC.remove("run");
        }
    }

    @Test
    void aFailureIsKeptUntilAskedFor() {
        Meanwhile<String> work = Meanwhile.start("failing", () -> {
            throw new IllegalStateException("no client");
        });

        assertThat(work.awaitFailure()).isInstanceOf(IllegalStateException.class).hasMessage("no client");
    }
}
