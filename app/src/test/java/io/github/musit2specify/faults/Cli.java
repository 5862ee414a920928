package io.github.musit2specify.faults;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.musit2specify.cli.Main;
import io.github.musit2specify.config.Env;
import io.github.musit2specify.json.Json;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Map;

/** One in-process command line: exit code, stdout, stderr. */
record Cli(int exitCode, String out, String err) {
    static Cli run(Map<String, String> env, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(Env.of(env), new PrintWriter(out), new PrintWriter(err), args);
        return new Cli(code, out.toString(), err.toString());
    }

    static Cli agents(Map<String, String> env, boolean dryRun) {
        // batches of 1,000 keep the fault worlds small: a stall at actor 3,500 finds three batches committed
        return run(env, "run", "migrate-musit-agents", "--oracle-env", FaultWorld.PROFILE, "--dry-run=" + dryRun,
                "--batch-size", "1000", "--json");
    }

    JsonNode json() throws IOException {
        return Json.MAPPER.readTree(out);
    }
}
