package io.github.musit2specify.sandbox;

import io.github.musit2specify.testkit.EmbeddedMariaDb;
import io.github.musit2specify.testkit.MusitSource;
import io.github.musit2specify.testkit.SpecifyTestDatabase;
import io.github.musit2specify.testkit.SyntheticMusit;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.function.ToDoubleFunction;

/**
 * The agents flow on one shape of MUSIT (a share of actors with VALID_PERSON_NAME_ID set): bare read,
 * dry run, live run and re-run as whole CLI processes, and the LOAD DATA baseline of the same rows.
 */
final class AgentsBench {
    static final String PROFILE = "BENCH";
    /**
     * Tries of every phase, the same on both sides of each ratio so that neither gets more luck. The live
     * run and LOAD DATA take turns, and so do the re-run and the bare read.
     */
    static final int TRIES = 3;
    static final String BARE_READ = "bare read (both tables, all columns; best of 3)";
    static final String COLD_BARE_READ = "same bare read, own cold JVM (best of 3)";
    static final String DRY = "dry run (CLI process; best of 3)";
    static final String LIVE = "live run (CLI process; best of 3)";
    static final String RERUN = "re-run, all skipped (CLI; best of 3)";
    static final String LOAD_DATA = "LOAD DATA LOCAL INFILE baseline (best of 3)";

    record Setup(EmbeddedMariaDb server, CpuTime cpu, Map<String, String> s3Env, CliProcess cli, Path dataDir,
                 int actors, int namesPerPerson, long seed) {
    }

    /** The phases of one share and when the live run committed its first batch. */
    record Result(int validShare, List<BenchTable.Phase> phases, OptionalDouble firstCommitSeconds) {
    }

    private AgentsBench() {
    }

    /**
     * @param warmUp run one untimed dry run first: the first run after a build writes the launcher's
     *               class data sharing archive as it exits, which no timed phase should pay for
     */
    static Result run(Setup setup, int validShare, boolean warmUp, PrintStream out) throws Exception {
        List<BenchTable.Phase> phases = new ArrayList<>();
        String shape = "v" + validShare + "-n" + setup.namesPerPerson();
        MusitSource musit = MusitSource.fileForOneProcessAtATime(setup.dataDir().resolve("musit-" + setup.actors() + "-" + shape).resolve("musit"));
        if (musit.isEmpty()) {
            long t = System.nanoTime();
            new SyntheticMusit(setup.seed(), new SyntheticMusit.ActorShape(validShare, setup.namesPerPerson()))
                    .generate(musit, setup.actors(), 0, false);
            out.printf(Locale.ROOT, "  generated MUSIT (%s) in %.1f s, kept for the next bench of this shape%n", shape, since(t));
        }
        try (Connection c = musit.connect()) {
            BareRead.readAll(c); // warm-up: the JIT and the OS's file cache, so no phase pays for them alone
        }
        phases.add(fastest(() -> coldBareRead(setup, musit, shape), BenchTable.Phase::seconds));
        String database = "bench_agents_" + shape.replace('-', '_');
        List<String> args = List.of("run", "migrate-musit-agents", "--oracle-env", PROFILE);
        if (warmUp) {
            long t = System.nanoTime();
            setup.cli().run("agents-warm-up-" + shape, env(setup, musit, setup.server().createSpecifyDatabase(database)), args);
            out.printf(Locale.ROOT, "  untimed warm-up dry run (writes the launcher's start-up archive after a build): %.1f s%n", since(t));
        }
        Map<String, String> dryEnv = env(setup, musit, setup.server().createSpecifyDatabase(database));
        phases.add(fastest(() -> child(setup, DRY, "agents-dry-" + shape, dryEnv, args, "agents_created"),
                child -> child.phase().seconds()).phase());
        List<String> live = new ArrayList<>(args);
        live.add("--dry-run=false");

        Path tsv = Files.createTempFile(setup.dataDir(), "agents", ".tsv");
        Fastest<Child> liveRun = new Fastest<>(child -> child.phase().seconds());
        Fastest<BenchTable.Phase> loadData = new Fastest<>(BenchTable.Phase::seconds);
        // every live try writes into a new database; the re-runs then skip what the last one wrote
        Map<String, String> liveEnv = new LinkedHashMap<>();
        try {
            try (Connection c = musit.connect()) {
                LoadDataBaseline.writeFile(c, tsv);
            }
            // in turns, so that a slow moment of the machine falls on both sides of the ratio alike
            for (int i = 0; i < TRIES; i++) {
                liveEnv.putAll(env(setup, musit, setup.server().createSpecifyDatabase(database)));
                liveRun.offer(child(setup, LIVE, "agents-live-" + shape, liveEnv, live, "agents_created"));
                SpecifyTestDatabase baseline = setup.server().createSpecifyDatabase("bench_loaddata");
                loadData.offer(inProcess(setup, LOAD_DATA,
                        () -> LoadDataBaseline.load(baseline.jdbcUrl(), baseline.user(), baseline.password(), tsv)));
            }
        } finally {
            Files.deleteIfExists(tsv);
            setup.server().dropDatabase("bench_loaddata");
        }
        Fastest<Child> rerun = new Fastest<>(child -> child.phase().seconds());
        Fastest<BenchTable.Phase> bareRead = new Fastest<>(BenchTable.Phase::seconds);
        for (int i = 0; i < TRIES; i++) {
            rerun.offer(child(setup, RERUN, "agents-rerun-" + shape, liveEnv, live, "agents_skipped"));
            bareRead.offer(bareRead(setup, musit));
        }
        setup.server().dropDatabase(database);
        phases.add(0, bareRead.best());
        phases.add(liveRun.best().phase());
        phases.add(rerun.best().phase());
        phases.add(loadData.best());
        return new Result(validShare, phases, liveRun.best().outcome().firstCommitSeconds());
    }

    interface Work {
        long rows() throws Exception;
    }

    interface Timed<T> {
        T run() throws Exception;
    }

    static Map<String, String> env(Setup setup, MusitSource musit, SpecifyTestDatabase specify) {
        Map<String, String> env = new LinkedHashMap<>(specify.env());
        env.putAll(musit.env(PROFILE));
        env.putAll(setup.s3Env());
        return env;
    }

    /** The fastest of {@link #TRIES} runs of {@code timed}. */
    private static <T> T fastest(Timed<T> timed, ToDoubleFunction<T> seconds) throws Exception {
        Fastest<T> fastest = new Fastest<>(seconds);
        for (int i = 0; i < TRIES; i++) {
            fastest.offer(timed.run());
        }
        return fastest.best();
    }

    /** Keeps the fastest of the tries offered to it. */
    static final class Fastest<T> {
        private final ToDoubleFunction<T> seconds;
        private T best;

        Fastest(ToDoubleFunction<T> seconds) {
            this.seconds = seconds;
        }

        void offer(T run) {
            if (best == null || seconds.applyAsDouble(run) < seconds.applyAsDouble(best)) {
                best = run;
            }
        }

        T best() {
            return best;
        }
    }

    /** The bare read of both tables in this JVM (warm: its code compiled by C2, the file in the OS's cache). */
    private static BenchTable.Phase bareRead(Setup setup, MusitSource musit) throws Exception {
        return inProcess(setup, BARE_READ, () -> {
            try (Connection c = musit.connect()) {
                return BareRead.readAll(c);
            }
        });
    }

    /** The bare read in a JVM of its own, started cold like the CLI's: what the re-run is, less the flow. */
    private static BenchTable.Phase coldBareRead(Setup setup, MusitSource musit, String shape) throws Exception {
        SettledServer.settle(setup.server(), setup.cpu());
        CliProcess.MainOutcome outcome = setup.cli().runMain("bare-read-" + shape, musit.env(PROFILE),
                BareRead.class.getName());
        return new BenchTable.Phase(COLD_BARE_READ, Long.parseLong(outcome.stdout()), outcome.seconds(),
                outcome.cpuSeconds(), 0);
    }

    /** Times {@code work} in this JVM, from a settled server: wall time, this JVM's CPU time and the server's. */
    static BenchTable.Phase inProcess(Setup setup, String name, Work work) throws Exception {
        CpuTime cpu = setup.cpu();
        SettledServer.settle(setup.server(), cpu);
        double server = cpu.serverSeconds();
        double own = CpuTime.thisProcessSeconds();
        long t = System.nanoTime();
        long rows = work.rows();
        double seconds = since(t);
        return new BenchTable.Phase(name, rows, seconds, CpuTime.thisProcessSeconds() - own, cpu.serverSeconds() - server);
    }

    record Child(BenchTable.Phase phase, CliProcess.Outcome outcome) {
    }

    private static Child child(Setup setup, String name, String label, Map<String, String> env, List<String> args,
                               String counter) throws Exception {
        return child(setup, name, label, env, args, counter, setup.actors());
    }

    /** Runs the CLI as a child process; checks that {@code counter} equals {@code expected} unless that is negative. */
    static Child child(Setup setup, String name, String label, Map<String, String> env, List<String> args,
                       String counter, long expected) throws Exception {
        SettledServer.settle(setup.server(), setup.cpu());
        double server = setup.cpu().serverSeconds();
        CliProcess.Outcome outcome = setup.cli().run(label, env, args);
        double serverCpu = setup.cpu().serverSeconds() - server;
        long rows = expected < 0 ? outcome.counter(counter) : expect(outcome, counter, expected);
        return new Child(new BenchTable.Phase(name, rows, outcome.seconds(), outcome.cpuSeconds(), serverCpu), outcome);
    }

    private static long expect(CliProcess.Outcome outcome, String counter, long expected) {
        long count = outcome.counter(counter);
        if (count != expected) {
            throw new IllegalStateException(outcome.label() + ": " + counter + " = " + count + ", expected " + expected
                    + " (log " + outcome.log() + ")");
        }
        return count;
    }

    static double since(long startNanos) {
        return (System.nanoTime() - startNanos) / 1e9;
    }
}
