package io.github.musit2specify.sandbox;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;

@Command(name = "musit2specify-sandbox", mixinStandardHelpOptions = true, sortOptions = false,
        description = {
                "Rehearse the whole migration with no Oracle, MariaDB or S3 account: starts an embedded MariaDB with "
                        + "the empty Specify 7 schema, a synthetic MUSIT (H2 in Oracle mode) and an in-process S3 server, "
                        + "then runs sync-specify-structure, migrate-musit-agents and migrate-users through the "
                        + "production CLI and prints the counters, report keys and files.",
                "A second run on the same --data-dir reuses everything: the flows skip what exists."})
public final class SandboxMain implements Callable<Integer> {
    /** Where the HTML overview of the reports goes, under --data-dir. */
    static final String SITE_FOLDER = "site";

    @Option(names = "--actors", defaultValue = "20000", description = "MUSIT actors to generate over both schemas (default: ${DEFAULT-VALUE}).")
    int actors;

    @Option(names = "--users", defaultValue = "500", description = "MUSIT application users to generate (default: ${DEFAULT-VALUE}).")
    int users;

    @Option(names = "--data-dir", defaultValue = "var/sandbox", description = "Where the embedded services keep their data (default: ${DEFAULT-VALUE}); the reports are files under DIR/s3.")
    Path dataDir;

    @Option(names = "--seed", defaultValue = "20260410", description = "Seed of the synthetic data (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--dry-run", arity = "0..1", fallbackValue = "true", defaultValue = "false",
            description = "Run the flows as dry runs (default: live).")
    boolean dryRun;

    @Option(names = "--keep-running", description = "Leave the services up and print the environment variables to paste; stop with Ctrl-C.")
    boolean keepRunning;

    @Option(names = "--verbose", description = "Show the flows' log lines.")
    boolean verbose;

    public static void main(String[] args) {
        System.exit(new CommandLine(new SandboxMain()).execute(args));
    }

    @Override
    public Integer call() throws InterruptedException {
        if (actors < 0 || users < 0) {
            throw new CommandLine.ParameterException(new CommandLine(this), "--actors and --users must not be negative");
        }
        ((Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME)).setLevel(verbose ? Level.INFO : Level.WARN);
        PrintStream out = System.out;
        long start = System.nanoTime();
        Path dir = dataDir.toAbsolutePath().normalize();
        out.println("musit2specify sandbox in " + dir);
        try (Steps steps = Steps.forConsole(out)) {
            SandboxWorld world = SandboxWorld.start(dir, actors, users, seed, steps);
            boolean closeWorld = true;
            try {
                List<FlowOutcome> outcomes = Sandbox.runFlows(world, dryRun, steps);
                Sandbox.printSummary(world, outcomes, users, out);
                out.println();
                out.println("reports list:");
                out.print(Sandbox.reportsList(world));
                Path site = Sandbox.buildSite(world, dir.resolve(SITE_FOLDER), out);
                out.printf(java.util.Locale.ROOT, "%nSandbox finished in %.1f s%n", (System.nanoTime() - start) / 1e9);
                if (site != null) {
                    out.println();
                    out.println("Look at the results in a browser (overview, every run, what changed between runs):");
                    out.println("  " + site.toUri());
                    String rebuild = cli() + " reports html --out " + quote(dir.resolve(SITE_FOLDER).toString());
                    out.println(keepRunning ? "Rebuild it with the variables below: " + rebuild
                            : "Rebuild it while the services run (--keep-running prints the variables): " + rebuild);
                }
                if (keepRunning) {
                    closeWorld = false;
                    waitForCtrlC(world, dir, out);
                }
                return outcomes.stream().allMatch(FlowOutcome::succeeded) ? 0 : 1;
            } finally {
                if (closeWorld) {
                    world.close();
                }
            }
        }
    }

    private static void waitForCtrlC(SandboxWorld world, Path dir, PrintStream out) throws InterruptedException {
        String cli = cli();
        String agents = "collection-agents-musit-actor-person-name";
        out.println();
        out.println("The services keep running. In another shell, paste:");
        for (Map.Entry<String, String> e : new java.util.TreeMap<>(world.env()).entrySet()) {
            out.println("export " + e.getKey() + "=" + quote(e.getValue()));
        }
        out.println("then, for example:");
        out.println("  " + cli + " check --oracle-env " + SandboxWorld.ORACLE_PROFILE);
        out.println("  " + cli + " run migrate-musit-agents --oracle-env " + SandboxWorld.ORACLE_PROFILE);
        out.println("  " + cli + " reports list");
        out.println("  " + cli + " reports diff " + agents + "@previous " + agents + "@latest");
        out.println("  " + cli + " reports html --out " + quote(dir.resolve(SITE_FOLDER).toString()));
        out.println("Press Ctrl-C to stop.");
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            world.close();
            stopped.countDown();
        }, "sandbox-stop"));
        stopped.await();
    }

    /** The CLI launcher by its absolute path, so the printed commands work from any folder. */
    static String cli() {
        Path launcher = Path.of("bin", "musit2specify").toAbsolutePath();
        return quote(Files.isExecutable(launcher) ? launcher.toString() : "bin/musit2specify");
    }

    /** A shell word: as is when it has only safe characters, else in single quotes. */
    static String quote(String value) {
        return value.matches("[A-Za-z0-9_./:@%+=,-]+") ? value : "'" + value.replace("'", "'\\''") + "'";
    }
}
