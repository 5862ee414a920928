package io.github.musit2specify.cli;

import io.github.musit2specify.config.Env;
import io.github.musit2specify.report.UnsentReports;
import io.github.musit2specify.report.UploadOptions;
import io.github.musit2specify.s3.S3Settings;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;

@Command(name = "upload-unsent", mixinStandardHelpOptions = true,
        description = {"Upload the reports that runs kept locally because S3 failed.",
                "They are in MIGRATION_REPORT_LOCAL_DIR (default: migration-reports-unsent in the working folder);"
                        + " each goes to the key it was meant for, and a local copy is removed once its upload succeeded.",
                "Exit code 0 when every kept report was uploaded (or there were none), 1 when one failed."})
final class UploadUnsentCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        Env env = RootCommand.of(spec).env();
        UploadOptions options = UploadOptions.fromEnv(env);
        List<UnsentReports.Outcome> outcomes = new UnsentReports(S3Settings.fromEnv(env), options).uploadAll();
        PrintWriter out = spec.commandLine().getOut();
        if (outcomes.isEmpty()) {
            out.println("No kept reports under " + options.localDir().toAbsolutePath() + ".");
        }
        for (UnsentReports.Outcome o : outcomes) {
            out.println(o.uploaded() ? "uploaded  " + o.uri() : "FAILED    " + o.key() + ": " + o.problem());
        }
        out.flush();
        return outcomes.stream().allMatch(UnsentReports.Outcome::uploaded) ? 0 : 1;
    }
}
