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

    static void printSummary(SandboxWorld world, List<FlowOutcome> outcomes, PrintStream out) {
        out.println();
        out.println("Summary");
        for (FlowOutcome outcome : outcomes) {
            out.println("  " + outcome.verb() + (outcome.succeeded() ? "" : "  FAILED (exit " + outcome.exitCode() + ")"));
            if (!outcome.succeeded()) {
                outcome.errorOutput().lines().forEach(l -> out.println("    " + l));
                continue;
            }
            out.println("    " + Counters.line(outcome.result()));
            Object uploaded = outcome.result().get("uploaded");
            out.println("    report: " + (uploaded instanceof List<?> l && !l.isEmpty() ? l.get(0) : outcome.key()));
            out.println("    file:   " + world.objectPath(outcome.key()));
        }
    }
}
