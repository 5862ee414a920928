package io.github.musit2specify.flow;

import io.github.musit2specify.error.ErrorCode;
import io.github.musit2specify.error.MigrationException;
import org.junit.jupiter.api.Test;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class OpenedMeanwhileTest {
    /** Stands for a database connection: knows whether it was closed. */
    static final class Resource implements AutoCloseable {
        final CountDownLatch closed = new CountDownLatch(1);

        @Override
        public void close() {
            closed.countDown();
        }
    }

    @Test
    void getHandsOverWhatWasOpenedAndCloseClosesIt() throws Exception {
        Resource resource = new Resource();
        try (OpenedMeanwhile<Resource> opening = OpenedMeanwhile.start(() -> resource, "test-open")) {
            assertThat(opening.get()).isSameAs(resource);
            assertThat(resource.closed.getCount()).isOne();
        }
        assertThat(resource.closed.getCount()).isZero();
    }

    @Test
    void aFailureToOpenIsThrownByGetAsItWasThrown() {
        MigrationException unreachable = new MigrationException(ErrorCode.ORACLE_CONNECTION, "ORA-12514");
        try (OpenedMeanwhile<Resource> opening = OpenedMeanwhile.start(() -> {
            throw unreachable;
        }, "test-open")) {
            assertThatThrownBy(opening::get).isSameAs(unreachable);
        }
    }

    @Test
    void aConnectionThatOpensAfterTheRunGaveUpIsClosedAsSoonAsItIsOpen() throws Exception {
        CountDownLatch slowConnect = new CountDownLatch(1);
        Resource resource = new Resource();
        OpenedMeanwhile<Resource> opening = OpenedMeanwhile.start(() -> {
            try {
                slowConnect.await(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return resource;
        }, "test-open");
        opening.close(); // the run failed elsewhere first: close returns at once
        assertThat(resource.closed.getCount()).isOne();
        slowConnect.countDown();
        assertThat(resource.closed.await(10, TimeUnit.SECONDS)).as("closed once opened").isTrue();
    }
}
