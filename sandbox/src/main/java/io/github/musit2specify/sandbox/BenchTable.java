package io.github.musit2specify.sandbox;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/** The benchmark's printout: one table per shape of data, the ratios against the targets. */
final class BenchTable {
    static final double LIVE_TARGET = 1.5;
    static final double LIVE_STRETCH = 1.2;
    static final double RERUN_TARGET = 1.5;
    static final double RERUN_STRETCH = 1.2;

    /** Wall seconds, CPU seconds of the client JVM and of the MariaDB server. */
    record Phase(String name, long rows, double seconds, double cpuSeconds, double serverCpuSeconds) {
        double totalCpuSeconds() {
            return cpuSeconds + serverCpuSeconds;
        }

        double rowsPerSecond() {
            return rows / Math.max(seconds, 1e-9);
        }
    }

    private BenchTable() {
    }

    static void printAgents(PrintStream out, AgentsBench.Result result) {
        List<Phase> phases = result.phases();
        double loadData = seconds(phases, AgentsBench.LOAD_DATA);
        double bare = seconds(phases, AgentsBench.BARE_READ);
        out.println();
        out.printf(Locale.ROOT, "valid share %d %%%n", result.validShare());
        Phase loadDataPhase = phase(phases, AgentsBench.LOAD_DATA);
        out.printf(Locale.ROOT, "  %-48s %9s %8s %9s %10s %10s %7s %7s %10s%n", "phase", "rows", "seconds", "rows/s",
                "/LOAD DATA", "/bare read", "CPU s", "db CPU", "CPU/LOAD");
        for (Phase p : phases) {
            out.printf(Locale.ROOT, "  %-48s %,9d %8.2f %,9.0f %10.2f %10.2f %7.2f %7.2f %10.2f%n", p.name(), p.rows(),
                    p.seconds(), p.rowsPerSecond(), p.seconds() / loadData, p.seconds() / bare, p.cpuSeconds(),
                    p.serverCpuSeconds(), p.totalCpuSeconds() / loadDataPhase.totalCpuSeconds());
        }
        double live = seconds(phases, AgentsBench.LIVE) / loadData;
        double rerun = seconds(phases, AgentsBench.RERUN) / bare;
        out.printf(Locale.ROOT, "  live / LOAD DATA = %.2f (target ≤ %.1f: %s; stretch ≤ %.1f: %s)%n", live, LIVE_TARGET,
                met(live <= LIVE_TARGET), LIVE_STRETCH, met(live <= LIVE_STRETCH));
        out.printf(Locale.ROOT, "  re-run / bare read = %.2f (target ≤ %.1f: %s; stretch ≤ %.1f: %s)%n", rerun, RERUN_TARGET,
                met(rerun <= RERUN_TARGET), RERUN_STRETCH, met(rerun <= RERUN_STRETCH));
        out.printf(Locale.ROOT, "  re-run / cold bare read = %.2f (not a target: both are cold JVMs; the bare read in"
                + " this JVM is warm)%n", seconds(phases, AgentsBench.RERUN) / seconds(phases, AgentsBench.COLD_BARE_READ));
        out.println("  first agents committed: " + (result.firstCommitSeconds().isPresent()
                ? String.format(Locale.ROOT, "%.2f s after the live process started (target ≤ 1 s: %s)",
                result.firstCommitSeconds().getAsDouble(), met(result.firstCommitSeconds().getAsDouble() <= 1.0))
                : "not logged"));
    }

    static void printOther(PrintStream out, Phase p, double targetSeconds) {
        out.printf(Locale.ROOT, "%-42s %,8d rows %7.2f s, CPU %.2f s + db %.2f s (target < %.0f s: %s)%n", p.name(), p.rows(),
                p.seconds(), p.cpuSeconds(), p.serverCpuSeconds(), targetSeconds, met(p.seconds() < targetSeconds));
    }

    /** The load average of the machine (the benchmark shares it with others): "1.02 0.87 0.55". */
    static String load() {
        try {
            String[] parts = Files.readString(Path.of("/proc/loadavg")).trim().split("\\s+");
            return parts[0] + " " + parts[1] + " " + parts[2] + " (" + Runtime.getRuntime().availableProcessors() + " CPUs)";
        } catch (IOException | RuntimeException e) {
            return "unknown";
        }
    }

    private static String met(boolean met) {
        return met ? "met" : "NOT met";
    }

    private static double seconds(List<Phase> phases, String name) {
        return phase(phases, name).seconds();
    }

    private static Phase phase(List<Phase> phases, String name) {
        return phases.stream().filter(p -> p.name().equals(name)).findFirst().orElseThrow();
    }
}
