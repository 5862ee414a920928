package io.github.musit2specify.cli;

import io.github.musit2specify.check.Check;
import io.github.musit2specify.check.CheckResult;
import io.github.musit2specify.check.OracleCheck;
import io.github.musit2specify.check.S3Check;
import io.github.musit2specify.check.SpecifyCheck;
import io.github.musit2specify.config.Env;
import io.github.musit2specify.snapshot.SnapshotAge;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

@Command(name = "check", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Test that Oracle, Specify and S3 are reachable and usable; one line per check.",
                "Each line says OK, or FAIL with the cause and a hint:",
                "  Oracle   connect with the --oracle-env profile, SELECT sysdate FROM dual, then read access to",
                "           ACTOR and PERSON_NAME in both actor schemas and USD_METADATA.BRUKARAR/BRUKERNAVN_GRUPPE/GRUPPE",
                "  Specify  connect to the Specify MariaDB, server version, the tables the flows write,",
                "           an institution and a division (created by Specify's setup)",
                "  S3       head S3_BUCKET, then write and delete a small object under {S3_PREFIX}/connectivity-check/",
                "  Snapshot the age of the latest MUSIT schema snapshot, when there is one (information only)",
                "Exit code 0 when every check passed, 1 when one failed, 2 when a setting is missing."})
final class CheckCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    OracleOptions oracle;

    @Option(names = "--skip-oracle", description = "Do not check Oracle.")
    boolean skipOracle;

    @Option(names = "--skip-specify", description = "Do not check the Specify database.")
    boolean skipSpecify;

    @Option(names = "--skip-s3", description = "Do not check S3.")
    boolean skipS3;

    @Override
    public Integer call() {
        Env env = RootCommand.of(spec).env();
        PrintWriter out = spec.commandLine().getOut();
        List<CheckResult> results = new ArrayList<>();
        run(skipOracle ? null : new OracleCheck(env, oracle.oracleEnv), "Oracle", "--skip-oracle", results, out);
        run(skipSpecify ? null : new SpecifyCheck(env), "Specify", "--skip-specify", results, out);
        run(skipS3 ? null : new S3Check(env, Clock.systemUTC()), "S3", "--skip-s3", results, out);
        if (!skipS3) {
            SnapshotAge.line(env, Clock.systemUTC()).ifPresent(r -> out.println(r.toText()));
        }
        if (results.stream().anyMatch(r -> r.status() == CheckResult.Status.MISCONFIGURED)) {
            return 2;
        }
        return results.stream().anyMatch(CheckResult::failed) ? 1 : 0;
    }

    /** Each group's lines as soon as it is done: a slow check should not hide the ones before it. */
    private static void run(Check check, String name, String skipFlag, List<CheckResult> results, PrintWriter out) {
        List<CheckResult> lines = check == null ? List.of(CheckResult.skipped(name, "(" + skipFlag + ")")) : check.run();
        lines.forEach(r -> out.println(r.toText()));
        out.flush();
        results.addAll(lines);
    }
}
