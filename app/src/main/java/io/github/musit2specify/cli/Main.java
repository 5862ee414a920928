package io.github.musit2specify.cli;

import io.github.musit2specify.config.Env;
import io.github.musit2specify.s3.S3Clients;

import java.io.PrintWriter;

/** Entry point of the jar. */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        Env env = Env.system();
        selectLogFormat(env);
        System.exit(run(env, new PrintWriter(System.out, true), new PrintWriter(System.err, true), args));
    }

    /** LOG_FORMAT=json switches to one JSON object per line; must run before the first logger exists. */
    static void selectLogFormat(Env env) {
        String format = env.getOrDefault("LOG_FORMAT", "text").toLowerCase(java.util.Locale.ROOT);
        if (format.equals("json") && System.getProperty("logback.configurationFile") == null) {
            System.setProperty("logback.configurationFile", "logback-json.xml");
        }
    }

    /** Runs one command line against {@code env}; returns the exit code (cli.md). Used by tests and the sandbox. */
    public static int run(Env env, PrintWriter out, PrintWriter err, String... args) {
        try {
            return RootCommand.commandLine(env, out, err).execute(args);
        } finally {
            S3Clients.invocation().close();
        }
    }
}
