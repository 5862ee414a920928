package io.github.musit2specify.report.site;

import io.github.musit2specify.report.diff.DiffText;
import io.github.musit2specify.report.diff.ReportDiff;

import java.util.List;

/** What changed between a run and the run before it (the same comparison as {@code reports diff}). */
final class DiffPage {
    private DiffPage() {
    }

    static String render(ReportDiff diff) {
        String id = ReportSite.diffId(diff.b());
        StringBuilder html = new StringBuilder();
        html.append("<section class=\"page\" id=\"").append(id).append("\" aria-labelledby=\"").append(id).append("-title\">\n")
                .append("<p class=\"back\"><a href=\"#overview\">← Overview</a> · <a href=\"#").append(ReportSite.runId(diff.b()))
                .append("\">Run ").append(Html.escape(diff.b().runTimestamp())).append("</a> · <a href=\"#")
                .append(ReportSite.runId(diff.a())).append("\">Run ").append(Html.escape(diff.a().runTimestamp())).append("</a></p>\n")
                .append("<h2 id=\"").append(id).append("-title\">").append(Html.escape(ReportSite.displayName(diff.b().categoryFolder())))
                .append(": changes from ").append(Html.escape(diff.a().runTimestamp())).append(" to ")
                .append(Html.escape(diff.b().runTimestamp())).append("</h2>\n");
        html.append("<p>A = ").append(Html.escape(DiffText.describe(diff.a()))).append("<br>B = ")
                .append(Html.escape(DiffText.describe(diff.b()))).append("</p>\n");
        html.append("<div class=\"table-wrap\"><table>\n<caption>Counters</caption>\n<thead><tr><th scope=\"col\">Counter</th>")
                .append("<th scope=\"col\" class=\"num\">A</th><th scope=\"col\" class=\"num\">B</th><th scope=\"col\" class=\"num\">Change</th></tr></thead>\n<tbody>\n");
        for (ReportDiff.CounterChange c : diff.counters()) {
            html.append("<tr><th scope=\"row\">").append(Html.escape(c.name())).append("</th><td class=\"num\">")
                    .append(DiffText.number(c.a())).append("</td><td class=\"num\">").append(DiffText.number(c.b()))
                    .append("</td><td class=\"num\">").append(Html.escape(DiffText.change(c))).append("</td></tr>\n");
        }
        html.append("</tbody></table></div>\n");
        if (diff.fields().isEmpty()) {
            html.append("<p>Other fields: the same.</p>\n");
        } else {
            html.append("<div class=\"table-wrap\"><table>\n<caption>Other fields that differ</caption>\n<thead><tr>")
                    .append("<th scope=\"col\">Field</th><th scope=\"col\">A</th><th scope=\"col\">B</th></tr></thead>\n<tbody>\n");
            for (ReportDiff.FieldChange f : diff.fields()) {
                html.append("<tr><th scope=\"row\">").append(Html.escape(f.name())).append("</th><td>")
                        .append(f.a() == null ? "(absent)" : RunPage.value(f.a())).append("</td><td>")
                        .append(f.b() == null ? "(absent)" : RunPage.value(f.b())).append("</td></tr>\n");
            }
            html.append("</tbody></table></div>\n");
        }
        errors(html, id + "-new", "New errors (in B, not in A)", diff.errorsNew(), false);
        errors(html, id + "-gone", "Gone errors (in A, not in B)", diff.errorsGone(), false);
        errors(html, id + "-kept", "Errors in both", diff.errorsKept(), true);
        html.append("<p class=\"note\">Error lines are compared with timestamps, UUIDs, ids Specify generates and durations"
                + " left out, so the same problem on the same source row counts as the same error.</p>\n</section>\n");
        return html.toString();
    }

    private static void errors(StringBuilder html, String id, String title, List<String> lines, boolean folded) {
        html.append("<h3 id=\"").append(id).append("\">").append(title).append(": ").append(lines.size()).append("</h3>\n");
        if (lines.isEmpty()) {
            return;
        }
        html.append(folded ? "<details><summary>Show them</summary>\n" : "").append("<ol class=\"errors\" aria-labelledby=\"")
                .append(id).append("\">\n");
        lines.forEach(l -> html.append("<li>").append(Html.escape(l)).append("</li>\n"));
        html.append("</ol>\n").append(folded ? "</details>\n" : "");
    }
}
