package io.github.musit2specify.sandbox;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import io.github.musit2specify.testkit.EmbeddedMariaDb;
import io.github.musit2specify.testkit.EmbeddedS3;
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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;

@Command(name = "musit2specify-bench", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Benchmark on embedded databases. For each valid-name share: the bare source read (both tables, "
                + "every column, ordered), then dry run, live run and re-run of migrate-musit-agents, each as a whole CLI "
                + "process (JVM start and report upload included), and a LOAD DATA LOCAL INFILE of the same agent rows "
                + "as the physical write baseline; ratios against both. Then migrate-users and sync-specify-structure live. "
                + "Each timed phase starts from a settled server (dirty pages written, background work done) and is the "
                + "best of 3 tries; the live run and LOAD DATA take turns, and so do the re-run and the bare read, so "
                + "that a slow spell of the machine falls on both sides of a ratio.",
                "Targets: live ≤ 1.5x LOAD DATA (stretch 1.2x); re-run ≤ 1.5x the bare read; first agents committed within "
                        + "1 s; 25,000 users < 5 s; the bundled structure < 10 s; 1,000,000 actors within -Xmx256m "
                        + "(--actors 1000000; the CLI processes run with --child-java-opts, default -Xmx256m)."})
public final class BenchMain implements Callable<Integer> {
    @Option(names = "--actors", defaultValue = "250274", description = "Actors over both schemas (default: ${DEFAULT-VALUE}, production size).")
    int actors;

    @Option(names = "--valid-share", split = ",", defaultValue = "0,75,100", paramLabel = "PERCENT",
            description = "Shares of actors whose VALID_PERSON_NAME_ID is set, one world each (default: ${DEFAULT-VALUE}).")
    int[] validShares;

    @Option(names = "--names-per-person", defaultValue = "0",
            description = "Names of every person actor; 0 mixes 0 to 3, mostly one, like production (default: ${DEFAULT-VALUE}).")
    int namesPerPerson;

    @Option(names = "--users", defaultValue = "25000", description = "Users for the migrate-users run, 0 to skip it (default: ${DEFAULT-VALUE}).")
    int users;

    @Option(names = "--skip-structure", description = "Do not time sync-specify-structure.")
    boolean skipStructure;

    @Option(names = "--launcher", defaultValue = "bin/musit2specify", description = "The CLI launcher (default: ${DEFAULT-VALUE}).")
    Path launcher;

    @Option(names = "--child-java-opts", defaultValue = "-Xmx256m",
            description = "JAVA_OPTS of the CLI processes, after the launcher's own flags (default: ${DEFAULT-VALUE}).")
    String childJavaOptions;

    @Option(names = "--data-dir", defaultValue = "var/bench", description = "Working folder; generated MUSIT worlds are kept per shape (default: ${DEFAULT-VALUE}).")
    Path dataDir;

    @Option(names = "--seed", defaultValue = "20260410", description = "Seed of the synthetic data (default: ${DEFAULT-VALUE}).")
    long seed;

    public static void main(String[] args) {
        System.exit(new CommandLine(new BenchMain()).execute(args));
    }

    @Override
    public Integer call() throws Exception {
        ((Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME)).setLevel(Level.WARN);
        for (int share : validShares) {
            new SyntheticMusit.ActorShape(share, namesPerPerson); // rejects a bad value before anything starts
        }
        PrintStream out = System.out;
        Path dir = dataDir.toAbsolutePath().normalize();
        Path logs = Files.createDirectories(dir.resolve("logs"));
        CliProcess cli = new CliProcess(launcher.toAbsolutePath(), childJavaOptions, logs);
        out.printf(Locale.ROOT, "musit2specify bench: %,d actors, names per person %s, CLI processes: %s with JAVA_OPTS=%s;"
                + " load average %s%n", actors, namesPerPerson == 0 ? "mixed" : namesPerPerson, launcher, childJavaOptions,
                BenchTable.load());
        out.println("  logs of the CLI processes in " + logs);
        try (EmbeddedMariaDb server = EmbeddedMariaDb.start(dir.resolve("mariadb"), 0);
             EmbeddedS3 s3 = EmbeddedS3.startTransient()) {
            Map<String, String> s3Env = s3.env(s3.createUniqueBucket("bench"));
            CpuTime cpu = CpuTime.withServerOnPort(server.port());
            AgentsBench.Setup setup = new AgentsBench.Setup(server, cpu, s3Env, cli, dir, actors, namesPerPerson, seed);
            boolean first = true;
            for (int share : validShares) {
                BenchTable.printAgents(out, AgentsBench.run(setup, share, first, out));
                first = false;
            }
            out.println();
            if (users > 0) {
                usersRun(setup, out);
            }
            if (!skipStructure) {
                structureRun(setup, out);
            }
        }
        out.println("load average at the end: " + BenchTable.load());
        return 0;
    }

    private void usersRun(AgentsBench.Setup setup, PrintStream out) throws Exception {
        MusitSource musit = MusitSource.fileForOneProcessAtATime(setup.dataDir().resolve("musit-users-" + users).resolve("musit"));
        if (musit.isEmpty()) {
            new SyntheticMusit(seed).generate(musit, 0, users, false);
        }
        Map<String, String> env = AgentsBench.env(setup, musit, setup.server().createSpecifyDatabase("bench_users"));
        BenchTable.printOther(out, timed(setup, "migrate-users live (CLI process)", "users-live", env,
                List.of("run", "migrate-users", "--oracle-env", AgentsBench.PROFILE, "--dry-run=false"), "users_created"), 5);
    }

    private static void structureRun(AgentsBench.Setup setup, PrintStream out) throws Exception {
        SpecifyTestDatabase specify = setup.server().createSpecifyDatabase("bench_structure");
        Map<String, String> env = new LinkedHashMap<>(specify.env());
        env.putAll(setup.s3Env());
        BenchTable.printOther(out, timed(setup, "sync-specify-structure live (CLI process)", "structure-live", env,
                List.of("run", "sync-specify-structure", "--dry-run=false"), "collections_created"), 10);
    }

    private static BenchTable.Phase timed(AgentsBench.Setup setup, String name, String label, Map<String, String> env,
                                          List<String> args, String counter) throws Exception {
        return AgentsBench.child(setup, name, label, env, args, counter, -1).phase();
    }
}
