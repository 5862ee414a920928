package io.github.musit2specify.cli;

import io.github.musit2specify.config.Env;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Map;

/** One in-process command line: exit code, stdout, stderr. */
record CliRun(int exitCode, String out, String err) {
    static CliRun of(Map<String, String> env, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(Env.of(env), new PrintWriter(out), new PrintWriter(err), args);
        return new CliRun(code, out.toString(), err.toString());
    }
}
