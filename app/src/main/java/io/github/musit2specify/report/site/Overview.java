package io.github.musit2specify.report.site;

import io.github.musit2specify.report.diff.RunReport;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/** The overview: per category every run (newest first) with its main counters and a chart of them. */
final class Overview {
    /** The counters a person looks at first; the run page has all of them. */
    private static final Pattern MAIN_COUNTER = Pattern.compile("[a-z_]+_(created|skipped|linked|extracted)");
    private static final int MAX_CHARTS = 4;

    private Overview() {
    }

    static String render(Map<String, List<RunReport>> byCategory, int total) {
        StringBuilder html = new StringBuilder();
        html.append("<section id=\"overview\" aria-labelledby=\"overview-title\">\n<h2 id=\"overview-title\">Overview</h2>\n");
        if (total == 0) {
            html.append("<p>No reports yet.</p>\n</section>\n");
            return html.toString();
        }
        html.append("<p class=\"count\">").append(total).append(total == 1 ? " run" : " runs").append(" in ")
                .append(byCategory.size()).append(byCategory.size() == 1 ? " category" : " categories").append("</p>\n<ul class=\"toc\">");
        byCategory.forEach((folder, runs) -> html.append("<li><a href=\"#").append(Html.id("cat", folder)).append("\">")
                .append(Html.escape(ReportSite.displayName(folder))).append("</a> (").append(runs.size()).append(")</li>"));
        html.append("</ul>\n");
        byCategory.forEach((folder, runs) -> category(html, folder, runs));
        html.append("</section>\n");
        return html.toString();
    }

    private static void category(StringBuilder html, String folder, List<RunReport> runs) {
        String id = Html.id("cat", folder);
        List<String> counters = mainCounters(runs);
        html.append("<section class=\"category\" aria-labelledby=\"").append(id).append("\">\n<h3 id=\"").append(id).append("\">")
                .append(Html.escape(ReportSite.displayName(folder))).append("</h3>\n<p class=\"folder\">Folder <code>")
                .append(Html.escape(folder)).append("</code> · ").append(runs.size()).append(runs.size() == 1 ? " run" : " runs").append("</p>\n");
        html.append("<div class=\"charts\">");
        List<String> charted = new ArrayList<>(counters.subList(0, Math.min(MAX_CHARTS - 1, counters.size())));
        charted.add("errors");
        List<String> times = runs.stream().map(RunReport::runTimestamp).toList();
        for (String counter : charted) {
            html.append(Charts.bars(counter, runs.stream().map(r -> r.counters().get(counter)).toList(), times));
        }
        html.append("</div>\n<div class=\"table-wrap\"><table>\n<caption>Runs of ").append(Html.escape(ReportSite.displayName(folder)))
                .append(", newest first</caption>\n<thead><tr><th scope=\"col\">Run (UTC)</th><th scope=\"col\">Mode</th><th scope=\"col\">Status</th>");
        for (String c : counters) {
            html.append("<th scope=\"col\" class=\"num\">").append(Html.escape(c)).append("</th>");
        }
        html.append("<th scope=\"col\" class=\"num\">errors</th><th scope=\"col\">Compared with the run before</th></tr></thead>\n<tbody>\n");
        for (int i = runs.size() - 1; i >= 0; i--) {
            RunReport run = runs.get(i);
            html.append("<tr><th scope=\"row\"><a href=\"#").append(ReportSite.runId(run)).append("\">")
                    .append(Html.escape(run.runTimestamp())).append("</a></th><td>").append(mode(run)).append("</td><td>")
                    .append(status(run)).append("</td>");
            for (String c : counters) {
                html.append("<td class=\"num\">").append(number(run.counters().get(c))).append("</td>");
            }
            html.append("<td class=\"num\">").append(number((long) run.errors().size())).append("</td><td>");
            if (i > 0) {
                html.append("<a href=\"#").append(ReportSite.diffId(run)).append("\">changes since ")
                        .append(Html.escape(runs.get(i - 1).runTimestamp())).append("</a>");
            } else {
                html.append("first run");
            }
            html.append("</td></tr>\n");
        }
        html.append("</tbody></table></div>\n</section>\n");
    }

    /** The main counters any run of the category has, in report order. */
    static List<String> mainCounters(List<RunReport> runs) {
        Set<String> names = new LinkedHashSet<>();
        for (RunReport run : runs) {
            run.counters().keySet().stream().filter(n -> MAIN_COUNTER.matcher(n).matches()).forEach(names::add);
        }
        return new ArrayList<>(names);
    }

    static String mode(RunReport run) {
        return run.dryRun() ? "dry run" : "live";
    }

    /** The status in words, with a sign that does not depend on colour. */
    static String status(RunReport run) {
        String status = run.status();
        String sign = status.equals(RunReport.DEFAULT_STATUS) ? "✔ " : "✘ ";
        return "<span class=\"status status-" + Html.id(status) + "\">" + sign + Html.escape(status) + "</span>";
    }

    static String number(Long value) {
        return value == null ? "–" : String.format(Locale.ROOT, "%,d", value);
    }
}
