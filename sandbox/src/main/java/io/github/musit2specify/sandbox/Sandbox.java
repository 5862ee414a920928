package io.github.musit2specify.sandbox;

import com.fasterxml.jackson.core.type.TypeReference;
import io.github.musit2specify.cli.Main;
import io.github.musit2specify.config.Env;
import io.github.musit2specify.json.Json;

import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * One rehearsal: start the embedded world, run the three flows through the CLI exactly as in
 * production (only the environment points at embedded services), print a summary.
 */
final class Sandbox {
    /** The flows in the order a real migration runs them: the structure first, then agents, then users. */
    static final List<List<String>> FLOWS = List.of(
            List.of("sync-specify-structure"),
            List.of("migrate-musit-agents", "--oracle-env", SandboxWorld.ORACLE_PROFILE),
            List.of("migrate-users", "--oracle-env", SandboxWorld.ORACLE_PROFILE));

    record Options(Path dataDir, int actors, int users, long seed, boolean dryRun) {
    }

    private Sandbox() {
    }

    /** Runs the flows against a started world; returns one outcome per flow (stops at the first failure). */
    static List<FlowOutcome> runFlows(SandboxWorld world, boolean dryRun, Steps steps) {
        Env env = Env.of(world.env());
        List<FlowOutcome> outcomes = new ArrayList<>();
        for (List<String> flow : FLOWS) {
            List<String> args = new ArrayList<>(List.of("run"));
            args.addAll(flow);
            args.add("--dry-run=" + dryRun);
            args.add("--json");
            FlowOutcome outcome = steps.run("run " + String.join(" ", flow) + (dryRun ? " (dry run)" : ""),
                    () -> runCli(env, flow.get(0), args), FlowOutcome::succeeded);
            outcomes.add(outcome);
            if (!outcome.succeeded()) {
                break;
            }
        }
        return outcomes;
    }

    private static FlowOutcome runCli(Env env, String verb, List<String> args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = Main.run(env, new PrintWriter(out), new PrintWriter(err), args.toArray(String[]::new));
        Map<String, Object> result = Map.of();
        if (exit == 0) {
            try {
                result = Json.MAPPER.readValue(out.toString(), new TypeReference<Map<String, Object>>() { });
            } catch (Exception e) {
                throw new IllegalStateException("`" + String.join(" ", args) + "` printed no JSON result: " + out, e);
            }
        }
        return new FlowOutcome(verb, exit, result, err.toString());
    }

    static String reportsList(SandboxWorld world) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = Main.run(Env.of(world.env()), new PrintWriter(out), new PrintWriter(err), "reports", "list");
        return exit == 0 ? out.toString() : err.toString();
    }

    static void printSummary(SandboxWorld world, List<FlowOutcome> outcomes, int generatedUsers, PrintStream out) {
        out.println();
        boolean dryRun = outcomes.stream().anyMatch(FlowOutcome::dryRun);
        out.println("Summary" + (dryRun ? " (dry runs: nothing was written to Specify)" : ""));
        for (FlowOutcome outcome : outcomes) {
            out.println("  " + SummaryTable.line(outcome));
        }
        outcomes.stream().filter(o -> o.verb().equals("migrate-users")).findFirst()
                .ifPresent(users -> SummaryTable.usersNote(users, generatedUsers).forEach(l -> out.println("  " + l)));
        out.println();
        out.println("Reports");
        for (FlowOutcome outcome : outcomes) {
            if (!outcome.succeeded()) {
                out.println("  " + SummaryTable.label(outcome.verb()) + ": none (the run failed):");
                outcome.errorOutput().lines().forEach(l -> out.println("    " + l));
                continue;
            }
            Object uploaded = outcome.result().get("uploaded");
            out.println(String.format(java.util.Locale.ROOT, "  %-10s %s", SummaryTable.label(outcome.verb()),
                    uploaded instanceof List<?> l && !l.isEmpty() ? l.get(0) : outcome.key()));
            out.println(String.format(java.util.Locale.ROOT, "  %-10s file %s", "", world.objectPath(outcome.key())));
        }
    }

    /** Builds the HTML overview of the world's reports into {@code dir} the way `reports html` does; null when it failed. */
    static Path buildSite(SandboxWorld world, Path dir, PrintStream out) {
        StringWriter text = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = Main.run(Env.of(world.env()), new PrintWriter(text), new PrintWriter(err), "reports", "html", "--out", dir.toString());
        if (exit != 0) {
            out.println("The HTML overview could not be built: " + err.toString().strip());
            return null;
        }
        return dir.resolve("index.html");
    }
}
