package io.github.musit2specify.report.site;

import io.github.musit2specify.report.ReportCategory;
import io.github.musit2specify.report.diff.ReportDiff;
import io.github.musit2specify.report.diff.RunReport;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The HTML overview of the reports: one self-contained file (inline CSS and SVG, no script, no
 * network). Its "pages" — the overview, one per run, one per comparison of a run with the run before
 * it — are sections shown one at a time through fragment links ({@code #run-…}, {@code #diff-…}), so
 * the file works the same from a file URL and from one pre-signed S3 URL (whose signature a relative
 * link to another object would not carry).
 */
public final class ReportSite {
    public static final String INDEX_FILE = "index.html";

    private ReportSite() {
    }

    /** @param runs the reports, in any order; @param builtAt shown in the header */
    public static String build(List<RunReport> runs, String builtAt) {
        Map<String, List<RunReport>> byCategory = byCategory(runs);
        StringBuilder html = new StringBuilder(64 * 1024);
        html.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<title>Migration reports</title>\n<style>\n").append(css()).append("</style>\n</head>\n<body>\n");
        html.append("<header><h1><a href=\"#overview\">Migration reports</a></h1><p>")
                .append(runs.size()).append(runs.size() == 1 ? " run" : " runs").append(" · built ")
                .append(Html.escape(builtAt)).append(" UTC</p></header>\n<main>\n");
        for (List<RunReport> category : byCategory.values()) {
            for (int i = 0; i < category.size(); i++) {
                RunReport run = category.get(i);
                RunReport previous = i == 0 ? null : category.get(i - 1);
                html.append(RunPage.render(run, previous != null));
                if (previous != null) {
                    html.append(DiffPage.render(ReportDiff.compare(previous, run)));
                }
            }
        }
        html.append(Overview.render(byCategory, runs.size()));
        html.append("</main>\n</body>\n</html>\n");
        return html.toString();
    }

    /** Runs per category folder, each oldest first; categories in the order of {@link ReportCategory}. */
    static Map<String, List<RunReport>> byCategory(List<RunReport> runs) {
        Map<String, List<RunReport>> byCategory = new LinkedHashMap<>();
        for (ReportCategory c : ReportCategory.values()) {
            byCategory.put(c.folder(), new ArrayList<>());
        }
        for (RunReport run : runs) {
            byCategory.computeIfAbsent(run.categoryFolder() == null ? "other" : run.categoryFolder(), k -> new ArrayList<>()).add(run);
        }
        byCategory.values().removeIf(List::isEmpty);
        byCategory.values().forEach(list -> list.sort(Comparator.comparing(RunReport::runTimestamp).thenComparing(RunReport::key)));
        return byCategory;
    }

    static String displayName(String folder) {
        for (ReportCategory c : ReportCategory.values()) {
            if (c.folder().equals(folder)) {
                return c.displayName();
            }
        }
        return folder;
    }

    static String runId(RunReport run) {
        return Html.id("run", String.valueOf(run.categoryFolder()), run.runTimestamp());
    }

    static String diffId(RunReport run) {
        return Html.id("diff", String.valueOf(run.categoryFolder()), run.runTimestamp());
    }

    private static String css() {
        try (InputStream in = ReportSite.class.getResourceAsStream("site.css")) {
            if (in == null) {
                throw new IllegalStateException("site.css is missing from the jar");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
