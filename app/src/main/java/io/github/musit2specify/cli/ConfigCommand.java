package io.github.musit2specify.cli;

import io.github.musit2specify.config.ConfigErrors;
import io.github.musit2specify.config.Env;
import io.github.musit2specify.musit.OracleSettings;
import io.github.musit2specify.report.ReportCategory;
import io.github.musit2specify.report.UploadOptions;
import io.github.musit2specify.s3.S3Settings;
import io.github.musit2specify.specify.SpecifySettings;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.net.URI;
import java.util.List;
import java.util.concurrent.Callable;

@Command(name = "config", mixinStandardHelpOptions = true,
        description = {"Print the effective configuration as the flows would see it (environment, then --env-file), "
                + "with every password and key masked, and list the settings that are missing. Connects to nothing.",
                "Exit code 0 when complete, 2 when a setting is missing or invalid."})
final class ConfigCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    OracleOptions oracle;

    @Override
    public Integer call() {
        Env env = RootCommand.of(spec).env();
        PrintWriter out = spec.commandLine().getOut();
        ConfigErrors errors = new ConfigErrors();
        OracleSettings musit = OracleSettings.fromEnv(env, oracle.oracleEnv, errors);
        SpecifySettings specify = SpecifySettings.fromEnv(env, errors);
        S3Settings s3 = S3Settings.fromEnv(env);
        UploadOptions upload = UploadOptions.fromEnv(env);

        out.println("MUSIT (Oracle profile " + musit.profile() + ")");
        out.println("  url       " + musit.describe());
        out.println("  user      " + orUnset(musit.user()));
        out.println("  password  " + masked(musit.password()));
        out.println("Specify (MariaDB)");
        out.println("  database  " + specify.describe());
        out.println("  user      " + specify.user());
        out.println("  password  " + masked(specify.password()));
        out.println("S3 reports");
        out.println("  bucket    " + s3.bucket().orElse("(unset: reports are not uploaded, MIGRATION_REPORT_SKIP)"));
        out.println("  keys      " + s3.reportKeys().key(ReportCategory.REPORT_CATEGORY_MUSIT_COLLECTION_AGENTS,
                "{YYYYMMDDTHHMMSSZ}") + " (one folder per category)");
        out.println("  endpoint  " + s3.endpoint().map(URI::toString).orElse("(AWS default)") + ", region " + s3.region()
                + ", path-style " + s3.forcePathStyle() + ", payload signing " + s3.payloadSigningEnabled());
        out.println("  access    " + (s3.accessKeyId().isPresent() ? "key id " + masked(s3.accessKeyId().get())
                + ", secret " + masked(s3.secretAccessKey().orElse(null)) : "AWS default credential chain"));
        out.println("  failed uploads are kept in " + upload.localDir().toAbsolutePath()
                + "; retries: " + UploadOptions.RETRIES + ", " + upload.retryDelay().toMillis() + " ms apart");
        out.println("  snapshots and connectivity checks under " + s3.snapshotPrefix() + "/ (never reports)");
        out.println("Logs: " + env.getOrDefault("LOG_FORMAT", "text") + " on stderr");
        List<String> problems = errors.problems();
        if (problems.isEmpty()) {
            out.println("Complete.");
            return 0;
        }
        out.println("Missing or invalid:");
        problems.forEach(p -> out.println("  - " + p));
        return 2;
    }

    private static String orUnset(String value) {
        return value == null ? "(unset)" : value;
    }

    /** Whether a secret is set, never its value. */
    static String masked(String secret) {
        return secret == null || secret.isEmpty() ? "(unset)" : "**** (set)";
    }
}
