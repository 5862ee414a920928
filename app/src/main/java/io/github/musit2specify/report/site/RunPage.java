package io.github.musit2specify.report.site;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import io.github.musit2specify.json.Json;
import io.github.musit2specify.report.ReportKeys;
import io.github.musit2specify.report.diff.RunReport;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Iterator;
import java.util.Map;

/** One run: every field of its report, its complete error list, and the report's JSON. */
final class RunPage {
    private RunPage() {
    }

    static String render(RunReport run, boolean hasPrevious) {
        String id = ReportSite.runId(run);
        StringBuilder html = new StringBuilder();
        html.append("<section class=\"page\" id=\"").append(id).append("\" aria-labelledby=\"").append(id).append("-title\">\n")
                .append("<p class=\"back\"><a href=\"#overview\">← Overview</a>");
        if (hasPrevious) {
            html.append(" · <a href=\"#").append(ReportSite.diffId(run)).append("\">Changes since the run before</a>");
        }
        html.append("</p>\n<h2 id=\"").append(id).append("-title\">").append(Html.escape(ReportSite.displayName(run.categoryFolder())))
                .append(": run ").append(Html.escape(run.runTimestamp())).append("</h2>\n<p class=\"key\">S3 key <code>")
                .append(Html.escape(run.key())).append("</code> · ").append(Overview.mode(run)).append(" · ")
                .append(Overview.status(run)).append("</p>\n");
        html.append("<div class=\"table-wrap\"><table class=\"fields\">\n<caption>Fields of the report</caption>\n")
                .append("<thead><tr><th scope=\"col\">Field</th><th scope=\"col\">Value</th></tr></thead>\n<tbody>\n");
        for (Iterator<Map.Entry<String, JsonNode>> it = run.json().fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> field = it.next();
            if (field.getKey().equals("errors")) {
                continue;
            }
            html.append("<tr><th scope=\"row\">").append(Html.escape(field.getKey())).append("</th><td>")
                    .append(value(field.getValue())).append("</td></tr>\n");
        }
        html.append("</tbody></table></div>\n");
        errors(html, run);
        json(html, run);
        html.append("</section>\n");
        return html.toString();
    }

    private static void errors(StringBuilder html, RunReport run) {
        int n = run.errors().size();
        html.append("<h3>Errors: ").append(n).append("</h3>\n");
        if (run.fromErrorsFile()) {
            html.append("<p>The report keeps the first lines only; this is the complete list from <code>")
                    .append(ReportKeys.ERRORS_FILE_NAME).append("</code> beside it.</p>\n");
        }
        if (n == 0) {
            html.append("<p>None.</p>\n");
            return;
        }
        html.append("<ol class=\"errors\">\n");
        run.errors().forEach(line -> html.append("<li>").append(Html.escape(line)).append("</li>\n"));
        html.append("</ol>\n");
    }

    /** The JSON to read here and to download (a data URL: a relative link would not survive a pre-signed URL). */
    private static void json(StringBuilder html, RunReport run) {
        String text;
        try {
            text = Json.MAPPER.writeValueAsString(run.json());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        String download = Html.id(String.valueOf(run.categoryFolder()), run.runTimestamp()) + "-" + ReportKeys.REPORT_FILE_NAME;
        html.append("<h3>Report JSON</h3>\n<p><a download=\"").append(download)
                .append("\" href=\"data:application/json;charset=utf-8;base64,")
                .append(Base64.getEncoder().encodeToString(text.getBytes(StandardCharsets.UTF_8)))
                .append("\">Download the report JSON</a> (").append(Html.escape(run.key())).append(")</p>\n")
                .append("<details><summary>Show the report JSON</summary><pre>").append(Html.escape(text)).append("</pre></details>\n");
    }

    /** Text as is; lists of text as a list; objects of plain values as a small table; the rest as JSON. */
    static String value(JsonNode value) {
        if (value.isValueNode()) {
            return Html.escape(Html.plain(value));
        }
        if (value.isArray() && allPlain(value)) {
            if (value.isEmpty()) {
                return "(none)";
            }
            StringBuilder list = new StringBuilder("<ul class=\"plain\">");
            value.forEach(v -> list.append("<li>").append(Html.escape(Html.plain(v))).append("</li>"));
            return list.append("</ul>").toString();
        }
        if (value.isObject() && allPlain(value)) {
            StringBuilder table = new StringBuilder("<table class=\"inner\"><tbody>");
            value.fields().forEachRemaining(e -> table.append("<tr><th scope=\"row\">").append(Html.escape(e.getKey()))
                    .append("</th><td class=\"num\">").append(Html.escape(Html.plain(e.getValue()))).append("</td></tr>"));
            return table.append("</tbody></table>").toString();
        }
        try {
            return "<pre>" + Html.escape(Json.MAPPER.writeValueAsString(value)) + "</pre>";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static boolean allPlain(JsonNode container) {
        for (JsonNode v : container) {
            if (!v.isValueNode()) {
                return false;
            }
        }
        return true;
    }
}
