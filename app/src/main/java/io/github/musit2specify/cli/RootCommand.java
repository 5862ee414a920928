package io.github.musit2specify.cli;

import io.github.musit2specify.config.Env;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.PrintWriter;
import java.nio.file.Path;

@Command(name = "musit2specify",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        sortOptions = false,
        usageHelpAutoWidth = true,
        description = {
                "Migrates MUSIT (Oracle) into Specify 7 (MariaDB) and writes a JSON migration report for "
                        + "every run to S3 under {S3_MIGRATION_REPORTS_PREFIX}/{category}/{YYYYMMDDTHHMMSSZ}/report.json.",
                "",
                "Flows default to a dry run: only --dry-run=false writes to Specify.",
                "Configuration comes from environment variables (see docs/); --env-file loads a file of them.",
                ""},
        footer = {"",
                "Exit codes: 0 the run completed (per-row errors are in the report), 1 the run failed "
                        + "(database unreachable, upload failed, lock held, ...), 2 bad usage or configuration."},
        subcommands = {RunCommand.class, ConfigCommand.class, ReportsCommand.class, CheckCommand.class, SnapshotCommand.class, CommandLine.HelpCommand.class})
public final class RootCommand {
    private final Env baseEnv;
    private Env effectiveEnv;

    @Option(names = "--env-file", paramLabel = "PATH", scope = CommandLine.ScopeType.INHERIT,
            description = "Load environment variables from PATH (NAME=VALUE lines); the real environment wins. "
                    + "Nothing is loaded implicitly.")
    Path envFile;

    @Option(names = "--verbose", scope = CommandLine.ScopeType.INHERIT,
            description = "Print stack traces of failures.")
    boolean verbose;

    RootCommand(Env baseEnv) {
        this.baseEnv = baseEnv;
    }

    static CommandLine commandLine(Env env, PrintWriter out, PrintWriter err) {
        RootCommand root = new RootCommand(env);
        CommandLine cl = new CommandLine(root);
        cl.setOut(out);
        cl.setErr(err);
        cl.setCaseInsensitiveEnumValuesAllowed(true);
        cl.setExecutionExceptionHandler(new FailureHandler(root));
        return cl;
    }

    /** The environment of this invocation: the real one over the optional --env-file. */
    public Env env() {
        if (effectiveEnv == null) {
            effectiveEnv = envFile == null ? baseEnv : baseEnv.withFileBelow(envFile);
        }
        return effectiveEnv;
    }

    boolean verbose() {
        return verbose;
    }

    static RootCommand of(CommandLine.Model.CommandSpec spec) {
        return (RootCommand) spec.root().userObject();
    }
}
