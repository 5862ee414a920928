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
        List<String> defaulted = SpecifySettings.defaulted(env);
        out.println("Specify (MariaDB)");
        out.println("  database  " + specify.describe() + fromDefaults(defaulted.stream()
                .filter(name -> !name.equals("APP_USER_NAME")).toList()));
        out.println("  user      " + specify.user() + fromDefaults(defaulted.contains("APP_USER_NAME")
                ? List.of("APP_USER_NAME") : List.of()));
        out.println("  password  " + masked(specify.password()));
        out.println("S3 reports");
        out.println("  root      " + s3.reportsRoot() + fromDefaults(env.get("S3_MIGRATION_REPORTS_PREFIX").isEmpty()
                ? List.of("S3_MIGRATION_REPORTS_PREFIX") : List.of()));
        out.println("  bucket    " + s3.bucket().orElse("(unset: reports are not uploaded, MIGRATION_REPORT_SKIP)"));
        out.println("  keys      " + s3.reportKeys().key(ReportCategory.REPORT_CATEGORY_MUSIT_COLLECTION_AGENTS,
                "{YYYYMMDDTHHMMSSZ}") + " (one folder per category)");
        out.println("  endpoint  " + s3.endpointForDisplay().orElse("(AWS default)") + ", region " + s3.region()
                + (env.firstOf("AWS_DEFAULT_REGION", "S3_REGION").isEmpty() ? " (default)" : "")
                + ", path-style " + s3.forcePathStyle() + ", payload signing " + s3.payloadSigningEnabled());
        out.println("  access    " + (s3.accessKeyId().isPresent() ? "key id " + masked(s3.accessKeyId().get())
                + ", secret " + masked(s3.secretAccessKey().orElse(null)) : "AWS default credential chain"));
        out.println("  failed uploads are kept in " + upload.localDir().toAbsolutePath()
                + (env.get(UploadOptions.LOCAL_DIR_VARIABLE).isEmpty() ? " (default; set " + UploadOptions.LOCAL_DIR_VARIABLE
                + " to a mounted volume in a pod)" : "")
                + "; retries: " + UploadOptions.RETRIES + ", " + upload.retryDelay().toMillis() + " ms apart");
        out.println("  snapshots and connectivity checks under " + s3.snapshotPrefix() + "/ (never reports)");
        out.println("Logs: " + env.getOrDefault("LOG_FORMAT", "text") + " on stderr");
        List<String> problems = errors.problems();
        List<String> liveNeeds = defaulted.stream().filter(SpecifySettings.REQUIRED_FOR_LIVE_RUNS::contains).toList();
        if (problems.isEmpty()) {
            out.println(liveNeeds.isEmpty() ? "Complete." : "Complete for dry runs only: a live run (--dry-run=false) also"
                    + " needs " + String.join(", ", liveNeeds) + " set explicitly (now defaults).");
            return 0;
        }
        out.println("Missing or invalid:");
        problems.forEach(p -> out.println("  - " + p));
        liveNeeds.forEach(name -> out.println("  - " + name + " is not set (needed for live runs; the default "
                + SpecifySettings.DEFAULTS.get(name) + " applies to dry runs only)"));
        return 2;
    }

    /** Marks a value that comes from defaults, naming the variables that would set it. */
    private static String fromDefaults(List<String> variables) {
        return variables.isEmpty() ? "" : " (default: " + String.join(", ", variables) + " not set)";
    }

    private static String orUnset(String value) {
        return value == null ? "(unset)" : value;
    }

    /** Whether a secret is set, never its value. */
    static String masked(String secret) {
        return secret == null || secret.isEmpty() ? "(unset)" : "**** (set)";
    }
}
