package io.github.musit2specify.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.github.musit2specify.json.Json;
import io.github.musit2specify.report.ReportCatalogue;
import io.github.musit2specify.report.diff.DiffText;
import io.github.musit2specify.report.diff.ReportDiff;
import io.github.musit2specify.report.diff.RunReports;
import io.github.musit2specify.s3.S3Settings;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.util.concurrent.Callable;

@Command(name = "diff", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Compare two runs of a flow.",
                "Shows each counter with both values and the change, the error lines new in B, gone since A and in"
                        + " both (timestamps, UUIDs, generated ids and durations ignored), and the other fields that"
                        + " differ (dry run, Oracle profile, ...).",
                "Exit 0 whatever differs; 1 when a report cannot be read."})
final class ReportsDiffCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "A",
            description = "The earlier run: an S3 key, a run folder (CATEGORY/YYYYMMDDTHHMMSSZ), CATEGORY@latest or CATEGORY@previous.")
    String a;

    @Parameters(index = "1", paramLabel = "B", description = "The later run, named the same ways.")
    String b;

    @Option(names = "--json", description = "Print one JSON object on stdout.")
    boolean json;

    @Override
    public Integer call() throws JsonProcessingException {
        S3Settings settings = S3Settings.fromEnv(RootCommand.of(spec).env());
        ReportDiff diff;
        try (ReportCatalogue catalogue = ReportCatalogue.open(settings)) {
            RunReports reports = new RunReports(catalogue, settings);
            diff = ReportDiff.compare(reports.read(a), reports.read(b));
        }
        PrintWriter out = spec.commandLine().getOut();
        out.print(json ? Json.MAPPER.writeValueAsString(DiffText.json(diff)) + System.lineSeparator() : DiffText.text(diff));
        out.flush();
        return 0;
    }
}
