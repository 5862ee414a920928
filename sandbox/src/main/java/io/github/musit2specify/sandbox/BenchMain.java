package io.github.musit2specify.sandbox;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import io.github.musit2specify.config.Env;
import io.github.musit2specify.flow.FlowResult;
import io.github.musit2specify.flow.FlowRunner;
import io.github.musit2specify.flow.agents.ActorSource;
import io.github.musit2specify.flow.agents.AgentsFlow;
import io.github.musit2specify.flow.agents.AgentsParameters;
import io.github.musit2specify.musit.MusitSchemas;
import io.github.musit2specify.report.ReportPublisher;
import io.github.musit2specify.testkit.EmbeddedMariaDb;
import io.github.musit2specify.testkit.MusitSource;
import io.github.musit2specify.testkit.SpecifyTestDatabase;
import io.github.musit2specify.testkit.SyntheticMusit;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;

@Command(name = "musit2specify-bench", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Benchmark of migrate-musit-agents on one embedded database: the bare source read, dry run, "
                + "live run, re-run (everything skipped) and a LOAD DATA LOCAL INFILE of the same agent rows as the "
                + "physical write baseline. Prints rows/s, the ratios against the targets, and peak heap.",
                "Targets: live run ≤ 2x LOAD DATA; re-run ≤ 1.5x the bare source read; 1,000,000 actors live with -Xmx256m "
                        + "(JAVA_OPTS=-Xmx256m bin/musit2specify-bench --actors 1000000)."})
public final class BenchMain implements Callable<Integer> {
    private static final String PROFILE = "BENCH";

    @Option(names = "--actors", defaultValue = "250274", description = "Actors over both schemas (default: ${DEFAULT-VALUE}, production size).")
    int actors;

    @Option(names = "--data-dir", defaultValue = "var/bench", description = "Working folder; the generated MUSIT is kept per size (default: ${DEFAULT-VALUE}).")
    Path dataDir;

    @Option(names = "--seed", defaultValue = "20260410", description = "Seed of the synthetic data (default: ${DEFAULT-VALUE}).")
    long seed;

    private final List<Phase> phases = new ArrayList<>();

    record Phase(String name, long rows, double seconds, long peakHeapBytes) {
        double rowsPerSecond() {
            return rows / Math.max(seconds, 1e-9);
        }
    }

    public static void main(String[] args) {
        System.exit(new CommandLine(new BenchMain()).execute(args));
    }

    @Override
    public Integer call() throws Exception {
        ((Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME)).setLevel(Level.WARN);
        PrintStream out = System.out;
        Path dir = dataDir.toAbsolutePath().normalize();
        out.printf(Locale.ROOT, "musit2specify bench: %,d actors, max heap %d MB, data in %s%n", actors,
                Runtime.getRuntime().maxMemory() >> 20, dir);
        try (HeapSampler heap = new HeapSampler();
             EmbeddedMariaDb server = EmbeddedMariaDb.start(dir.resolve("mariadb"), 0);
             MusitSource musit = MusitSource.file(dir.resolve("musit-" + actors).resolve("musit"))) {
            if (musit.isEmpty()) {
                long t = System.nanoTime();
                new SyntheticMusit(seed).generate(musit, actors, 0, false);
                out.printf(Locale.ROOT, "generated MUSIT in %.1f s (kept for the next bench of this size)%n", since(t));
            }
            SpecifyTestDatabase specify = server.createSpecifyDatabase("bench_agents");
            Env env = Env.of(specify.env(), musit.env(PROFILE));
            heap.peakAndReset();

            readSource(musit); // warm-up: JIT and H2's page cache, so no phase pays for them alone
            heap.peakAndReset();
            measure(heap, "source read (actor query, rows dropped)", () -> readSource(musit));
            measure(heap, "dry run", () -> runFlow(env, true, "agents_created"));
            measure(heap, "live run", () -> runFlow(env, false, "agents_created"));
            measure(heap, "re-run (all skipped)", () -> runFlow(env, false, "agents_skipped"));

            Path tsv = Files.createTempFile(dir, "agents", ".tsv");
            try {
                try (Connection c = musit.connect()) {
                    LoadDataBaseline.writeFile(c, tsv);
                }
                SpecifyTestDatabase baseline = server.createSpecifyDatabase("bench_loaddata");
                heap.peakAndReset();
                measure(heap, "LOAD DATA LOCAL INFILE baseline",
                        () -> LoadDataBaseline.load(baseline.jdbcUrl(), baseline.user(), baseline.password(), tsv));
            } finally {
                Files.deleteIfExists(tsv);
            }
        }
        print(out);
        return 0;
    }

    private interface Work {
        long rows() throws Exception;
    }

    private void measure(HeapSampler heap, String name, Work work) throws Exception {
        long t = System.nanoTime();
        long rows = work.rows();
        phases.add(new Phase(name, rows, since(t), heap.peakAndReset()));
    }

    private static long readSource(MusitSource musit) throws Exception {
        long rows = 0;
        try (Connection c = musit.connect()) {
            for (String schema : MusitSchemas.ACTOR_SCHEMAS) {
                rows += ActorSource.stream(c, schema, actor -> { });
            }
        }
        return rows;
    }

    private long runFlow(Env env, boolean dryRun, String counter) {
        FlowResult result = new FlowRunner(ReportPublisher.fromEnv(Env.of(Map.of())), Clock.systemUTC())
                .run(AgentsFlow.create(env, new AgentsParameters(PROFILE, dryRun, null)));
        long count = ((Number) result.report().asMap().get(counter)).longValue();
        if (count != actors) {
            throw new IllegalStateException(counter + " = " + count + ", expected " + actors);
        }
        return count;
    }

    private void print(PrintStream out) {
        out.println();
        out.printf(Locale.ROOT, "%-42s %10s %9s %12s %14s%n", "phase", "rows", "seconds", "rows/s", "peak heap MB");
        for (Phase p : phases) {
            out.printf(Locale.ROOT, "%-42s %,10d %9.2f %,12.0f %14d%n", p.name(), p.rows(), p.seconds(),
                    p.rowsPerSecond(), p.peakHeapBytes() >> 20);
        }
        double live = seconds("live run");
        double loadData = seconds("LOAD DATA LOCAL INFILE baseline");
        double rerun = seconds("re-run (all skipped)");
        double read = seconds("source read (actor query, rows dropped)");
        out.println();
        out.printf(Locale.ROOT, "live run / LOAD DATA  = %.2f  (target ≤ 2.00: %s)%n", live / loadData,
                live / loadData <= 2.0 ? "met" : "NOT met");
        out.printf(Locale.ROOT, "re-run / source read  = %.2f  (target ≤ 1.50: %s)%n", rerun / read,
                rerun / read <= 1.5 ? "met" : "NOT met");
        out.printf(Locale.ROOT, "peak heap over all phases: %d MB of %d MB max%n",
                phases.stream().mapToLong(Phase::peakHeapBytes).max().orElse(0) >> 20,
                Runtime.getRuntime().maxMemory() >> 20);
    }

    private double seconds(String phase) {
        return phases.stream().filter(p -> p.name().equals(phase)).findFirst().orElseThrow().seconds();
    }

    private static double since(long startNanos) {
        return (System.nanoTime() - startNanos) / 1e9;
    }
}
