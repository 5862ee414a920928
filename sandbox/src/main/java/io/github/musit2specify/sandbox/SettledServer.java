package io.github.musit2specify.sandbox;

import io.github.musit2specify.testkit.EmbeddedMariaDb;

import java.time.Duration;

/**
 * Brings the MariaDB server to rest before a timed phase: its dirty pages written, its background work
 * done. Without this, a phase pays for flushing the pages the phase before it (or a database just
 * loaded) left in the buffer pool, and later phases of a bench look slower than earlier ones.
 */
final class SettledServer {
    private static final Duration FLUSH_AT_MOST = Duration.ofSeconds(60);
    private static final long IDLE_AT_MOST_MILLIS = 10_000;
    private static final long IDLE_STEP_MILLIS = 250;
    /** CPU seconds per step below which the server counts as idle (2 % of a core). */
    private static final double IDLE_CPU_SECONDS = 0.005;

    private SettledServer() {
    }

    static void settle(EmbeddedMariaDb server, CpuTime cpu) throws InterruptedException {
        server.flushDirtyPages(FLUSH_AT_MOST);
        long deadline = System.currentTimeMillis() + IDLE_AT_MOST_MILLIS;
        double before = cpu.serverSeconds();
        while (System.currentTimeMillis() < deadline) {
            Thread.sleep(IDLE_STEP_MILLIS);
            double now = cpu.serverSeconds();
            if (Double.isNaN(now) || now - before < IDLE_CPU_SECONDS) {
                return;
            }
            before = now;
        }
    }
}
