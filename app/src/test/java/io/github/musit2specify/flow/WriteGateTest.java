package io.github.musit2specify.flow;

import io.github.musit2specify.error.ErrorCode;
import io.github.musit2specify.error.MigrationException;
import org.junit.jupiter.api.Test;
import org.slf4j.MDC;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class WriteGateTest {
    @Test
    void theGateOpensOnlyWhenTheCheckHasPassed() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        WriteGate gate = WriteGate.after(() -> await(release), "test-check");
        AtomicBoolean passed = new AtomicBoolean();
        Thread writer = new Thread(() -> {
            gate.awaitOpen();
            passed.set(true);
        });
        writer.start();
        writer.join(200);
        assertThat(passed).as("still waiting for the check").isFalse();
        release.countDown();
        writer.join(5_000);
        assertThat(passed).isTrue();
        assertThat(gate.awaitFailure()).isNull();
    }

    @Test
    void aFailedCheckIsThrownAsItWasToEveryoneWhoAwaitsTheGate() {
        MigrationException bucketGone = new MigrationException(ErrorCode.S3_UPLOAD, "S3 preflight before writing: NoSuchBucket");
        WriteGate gate = WriteGate.after(() -> {
            throw bucketGone;
        }, "test-check");
        assertThatThrownBy(gate::awaitOpen).isSameAs(bucketGone);
        assertThatThrownBy(gate::awaitOpen).isSameAs(bucketGone);
        assertThat(gate.awaitFailure()).isSameAs(bucketGone);
    }

    @Test
    void theCheckLogsWithTheRunsLogContext() throws Exception {
        AtomicReference<String> run = new AtomicReference<>();
        MDC.put("run", "20261125T120000Z");
        try {
            WriteGate.after(() -> run.set(MDC.get("run")), "test-check").awaitOpen();
        } finally {
            MDC.remove("run");
        }
        assertThat(run.get()).isEqualTo("20261125T120000Z");
    }

    @Test
    void theOpenGateNeverWaits() {
        WriteGate.OPEN.awaitOpen();
        assertThat(WriteGate.OPEN.awaitFailure()).isNull();
    }

    private static void await(CountDownLatch latch) {
        try {
            assertThat(latch.await(10, TimeUnit.SECONDS)).isTrue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
