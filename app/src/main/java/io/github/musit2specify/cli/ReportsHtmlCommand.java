package io.github.musit2specify.cli;

import io.github.musit2specify.report.ReportCatalogue;
import io.github.musit2specify.report.diff.RunReport;
import io.github.musit2specify.report.diff.RunReports;
import io.github.musit2specify.report.site.ReportSite;
import io.github.musit2specify.report.site.SitePublisher;
import io.github.musit2specify.s3.S3Settings;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.concurrent.Callable;

@Command(name = "html", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Build an HTML overview of the reports, to open in a browser.",
                "Per category every run with its counters and a chart, a page per run (all fields, every error"
                        + " line), and what changed since the run before.",
                "One self-contained file (no script, no network): open it from disk, or from S3 through a pre-signed link."})
final class ReportsHtmlCommand implements Callable<Integer> {
    private static final DateTimeFormatter BUILT_AT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(ZoneOffset.UTC);

    @Spec
    CommandSpec spec;

    @Option(names = "--out", paramLabel = "DIR", defaultValue = "migration-reports-site",
            description = "Folder to write index.html into (default: ${DEFAULT-VALUE}).")
    Path out;

    @Option(names = "--upload", description = "Also upload it, as _site/index.html under S3_MIGRATION_REPORTS_PREFIX"
            + " (`reports list` ignores that folder).")
    boolean upload;

    @Option(names = "--presign-days", paramLabel = "N",
            description = "Upload it and print a link to it that works for N days (1-7) without credentials.")
    Integer presignDays;

    @Override
    public Integer call() {
        S3Settings settings = S3Settings.fromEnv(RootCommand.of(spec).env());
        if (presignDays != null) {
            SitePublisher.presign(settings, presignDays); // a bad N fails before anything is read or written
        }
        List<RunReport> runs;
        try (ReportCatalogue catalogue = ReportCatalogue.open(settings)) {
            runs = new RunReports(catalogue, settings).all();
        }
        String html = ReportSite.build(runs, BUILT_AT.format(Instant.now()));
        PrintWriter console = spec.commandLine().getOut();
        Path index = SitePublisher.write(html, out.toAbsolutePath().normalize());
        console.println("Overview of " + runs.size() + (runs.size() == 1 ? " run" : " runs") + " written to " + index);
        console.println("Open it: " + index.toUri());
        if (upload || presignDays != null) {
            String key = SitePublisher.upload(html, settings);
            console.println("Uploaded to s3://" + settings.bucket().orElseThrow() + "/" + key);
        }
        if (presignDays != null) {
            console.println("Link valid for " + presignDays + (presignDays == 1 ? " day" : " days") + ":");
            console.println(SitePublisher.presign(settings, presignDays));
        }
        console.flush();
        return 0;
    }
}
