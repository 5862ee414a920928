package io.github.musit2specify.cli;

import io.github.musit2specify.config.Env;

import java.io.PrintWriter;

/** Entry point of the jar. */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        System.exit(run(Env.system(), new PrintWriter(System.out, true), new PrintWriter(System.err, true), args));
    }

    /** Runs one command line against {@code env}; returns the exit code (cli.md). Used by tests and the sandbox. */
    public static int run(Env env, PrintWriter out, PrintWriter err, String... args) {
        return RootCommand.commandLine(env, out, err).execute(args);
    }
}
