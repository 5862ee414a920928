package io.github.musit2specify.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.github.musit2specify.json.Json;
import io.github.musit2specify.report.ReportCatalogue;
import io.github.musit2specify.report.ReportCategory;
import io.github.musit2specify.report.ReportEntry;
import io.github.musit2specify.s3.S3Settings;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;

@Command(name = "reports",
        description = {"Find, read and compare the migration reports of past runs in S3_BUCKET.",
                "Start with `reports list`; `reports html` builds a page to read them in a browser."},
        mixinStandardHelpOptions = true,
        subcommands = {ReportsCommand.ListReports.class, ReportsCommand.ShowReport.class, ReportsDiffCommand.class,
                ReportsHtmlCommand.class, UploadUnsentCommand.class})
final class ReportsCommand {

    @Command(name = "list", mixinStandardHelpOptions = true, sortOptions = false,
            description = {"List reports, newest run first. Current layout:",
                    "  {S3_MIGRATION_REPORTS_PREFIX}/{category}/{YYYYMMDDTHHMMSSZ}/report.json",
                    "--include-legacy adds the historical layouts under S3_PREFIX."})
    static final class ListReports implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Option(names = "--category", paramLabel = "FOLDER",
                description = "Only this category folder, e.g. application-users-usd-metadata-brukarar.")
        String category;

        @Option(names = "--include-legacy",
                description = "Also the historical layouts: user-migration/, musit-agent-migration/ and migration-reports/specify7/ under S3_PREFIX.")
        boolean includeLegacy;

        @Option(names = "--json", description = "Print one JSON object on stdout.")
        boolean json;

        @Override
        public Integer call() {
            Optional<ReportCategory> only = Optional.ofNullable(category).map(String::trim).map(ReportCategory::fromFolder);
            S3Settings settings = S3Settings.fromEnv(RootCommand.of(spec).env());
            List<ReportEntry> entries;
            String bucket;
            Map<String, String> statuses = new HashMap<>();
            try (ReportCatalogue catalogue = ReportCatalogue.open(settings)) {
                bucket = catalogue.bucket();
                entries = catalogue.list(only, includeLegacy);
                entries.forEach(e -> catalogue.status(e).ifPresent(status -> statuses.put(e.key(), status)));
            }
            PrintWriter out = spec.commandLine().getOut();
            if (json) {
                printJson(out, bucket, settings, entries, statuses);
            } else {
                printTable(out, bucket, settings, entries, statuses);
            }
            out.flush();
            return 0;
        }

        private void printTable(PrintWriter out, String bucket, S3Settings settings, List<ReportEntry> entries,
                                Map<String, String> statuses) {
            if (entries.isEmpty()) {
                out.println("No reports in s3://" + bucket + "/" + settings.reportsRoot() + "/"
                        + (includeLegacy ? " nor in the historical layouts under " + settings.snapshotPrefix() + "/" : "")
                        + (category == null ? "" : " for category " + category.trim()) + ".");
                return;
            }
            out.printf("%-17s %-11s %-29s %-42s %s%n", "RUN (UTC)", "STATUS", "LAYOUT", "CATEGORY", "KEY");
            boolean estimated = false;
            for (ReportEntry e : entries) {
                estimated |= !e.runTimeFromKey();
                out.printf("%-17s %-11s %-29s %-42s %s%n", e.runTimestamp() + (e.runTimeFromKey() ? "" : "*"),
                        statuses.getOrDefault(e.key(), "-"), e.layout().label(),
                        e.categoryFolder() == null ? "-" : e.categoryFolder(), e.key());
            }
            out.println(entries.size() + (entries.size() == 1 ? " report" : " reports") + " in s3://" + bucket);
            if (estimated) {
                out.println("* the key holds no run time; the object's last-modified time is shown");
            }
        }

        private static void printJson(PrintWriter out, String bucket, S3Settings settings, List<ReportEntry> entries,
                                      Map<String, String> statuses) {
            List<Map<String, Object>> rows = new ArrayList<>();
            for (ReportEntry e : entries) {
                Map<String, Object> row = new LinkedHashMap<>();
                row.put("key", e.key());
                row.put("layout", e.layout().label());
                row.put("category", e.categoryFolder());
                row.put("run_time_utc", e.runTimestamp());
                row.put("status", statuses.get(e.key()));
                row.put("run_time_source", e.runTimeFromKey() ? "key" : "last_modified");
                row.put("last_modified", e.lastModified().toString());
                row.put("size", e.size());
                rows.add(row);
            }
            Map<String, Object> result = new LinkedHashMap<>();
            result.put("bucket", bucket);
            result.put("reports_root", settings.reportsRoot());
            result.put("count", rows.size());
            result.put("reports", rows);
            try {
                out.println(Json.MAPPER.writeValueAsString(result));
            } catch (JsonProcessingException ex) {
                throw new IllegalStateException(ex);
            }
        }
    }

    @Command(name = "show", mixinStandardHelpOptions = true,
            description = {"Print one report's JSON.", "Name it by its S3 key, or as CATEGORY_FOLDER@latest for the newest of a category."})
    static final class ShowReport implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Parameters(paramLabel = "S3_KEY|CATEGORY_FOLDER@latest",
                description = "A key as `reports list` prints it, or e.g. specify-structure-sync@latest.")
        String keyOrLatest;

        @Override
        public Integer call() {
            S3Settings settings = S3Settings.fromEnv(RootCommand.of(spec).env());
            String text;
            try (ReportCatalogue catalogue = ReportCatalogue.open(settings)) {
                text = catalogue.read(catalogue.resolve(keyOrLatest.trim()));
            }
            PrintWriter out = spec.commandLine().getOut();
            out.print(text.endsWith("\n") ? text : text + System.lineSeparator());
            out.flush();
            return 0;
        }
    }
}
