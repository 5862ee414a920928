package io.github.musit2specify.cli;

import io.github.musit2specify.config.Env;
import io.github.musit2specify.flow.Meanwhile;
import io.github.musit2specify.s3.S3Clients;
import io.github.musit2specify.s3.S3Settings;
import org.slf4j.LoggerFactory;

import java.io.PrintWriter;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/** Entry point of the jar. */
public final class Main {
    private static final Set<String> S3_COMMANDS = Set.of("run", "check", "reports", "snapshot");
    private static final Set<String> HELP_OPTIONS = Set.of("-h", "--help", "-V", "--version");

    private Main() {
    }

    public static void main(String[] args) {
        Env env = Env.system();
        selectLogFormat(env);
        if (env.get("S3_BUCKET").isPresent() && usesS3(args)) {
            // logging first, on this thread: a second thread creating loggers while logback starts would
            // make SLF4J print a replay notice on stderr, which must carry log lines only
            LoggerFactory.getILoggerFactory();
            try {
                S3Settings settings = S3Settings.fromEnv(env);
                // the SDK's set-up (about 0.3 s of a cold JVM) runs while picocli parses, so the preflight,
                // which the first write waits for, finds the client built. Nobody reads the result: a
                // failure is left there, and the command's own client call fails the same way and says so
                Meanwhile.start("s3-client-build", () -> S3Clients.invocation().client(settings));
            } catch (RuntimeException badSettings) {
                // the command reads the S3 settings again and names the bad one
            }
        }
        System.exit(run(env, new PrintWriter(System.out, true), new PrintWriter(System.err, true), args));
    }

    /**
     * Whether the command line names a command that talks to S3 whenever S3_BUCKET is set (every run
     * uploads its report), and not its help. A guess is enough: a wrong one builds a client for nothing.
     */
    static boolean usesS3(String... args) {
        List<String> words = Arrays.asList(args);
        return words.stream().anyMatch(S3_COMMANDS::contains) && words.stream().noneMatch(HELP_OPTIONS::contains);
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
