package io.github.musit2specify.sandbox;

import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.Arrays;
import java.util.Optional;

/**
 * CPU seconds spent by this JVM and by the MariaDB server. On a shared, busy machine wall time
 * mostly measures the wait for a core; CPU time measures the work, so the benchmark prints both.
 */
final class CpuTime {
    private final Optional<ProcessHandle> server;

    private CpuTime(Optional<ProcessHandle> server) {
        this.server = server;
    }

    /** Finds the MariaDB server listening on {@code port} among this user's processes. */
    static CpuTime withServerOnPort(int port) {
        String portArgument = "--port=" + port;
        return new CpuTime(ProcessHandle.allProcesses()
                .filter(p -> p.info().arguments().map(args -> Arrays.asList(args).contains(portArgument)).orElse(false))
                .findFirst());
    }

    /** CPU seconds of the MariaDB server so far; NaN when its process could not be read. */
    double serverSeconds() {
        return server.flatMap(p -> p.info().totalCpuDuration()).map(CpuTime::seconds).orElse(Double.NaN);
    }

    /** CPU seconds of this JVM so far (every thread, GC included). */
    static double thisProcessSeconds() {
        if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
            return os.getProcessCpuTime() / 1e9;
        }
        return Double.NaN;
    }

    private static double seconds(Duration d) {
        return d.toNanos() / 1e9;
    }
}
