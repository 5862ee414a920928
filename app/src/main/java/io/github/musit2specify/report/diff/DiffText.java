package io.github.musit2specify.report.diff;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** A {@link ReportDiff} for people (aligned text) and for machines (one JSON-ready map). */
public final class DiffText {
    private DiffText() {
    }

    public static String text(ReportDiff diff) {
        StringBuilder out = new StringBuilder();
        out.append("A: ").append(describe(diff.a())).append('\n');
        out.append("B: ").append(describe(diff.b())).append('\n');
        out.append('\n').append("Counters").append('\n');
        int width = diff.counters().stream().mapToInt(c -> c.name().length()).max().orElse(8);
        out.append(String.format(Locale.ROOT, "  %-" + width + "s %12s %12s %12s%n", "name", "A", "B", "change"));
        for (ReportDiff.CounterChange c : diff.counters()) {
            out.append(String.format(Locale.ROOT, "  %-" + width + "s %12s %12s %12s%n", c.name(),
                    number(c.a()), number(c.b()), change(c)));
        }
        out.append('\n');
        if (diff.fields().isEmpty()) {
            out.append("Other fields: the same").append('\n');
        } else {
            out.append("Other fields that differ").append('\n');
            for (ReportDiff.FieldChange f : diff.fields()) {
                out.append("  ").append(f.name()).append(": ").append(value(f.a())).append(" -> ").append(value(f.b())).append('\n');
            }
        }
        errors(out, "New errors (in B, not in A)", diff.errorsNew());
        errors(out, "Gone errors (in A, not in B)", diff.errorsGone());
        out.append('\n').append("Errors in both: ").append(diff.errorsKept().size()).append('\n');
        return out.toString();
    }

    private static void errors(StringBuilder out, String title, List<String> lines) {
        out.append('\n').append(title).append(": ").append(lines.size()).append('\n');
        lines.forEach(l -> out.append("  ").append(l).append('\n'));
    }

    public static String describe(RunReport run) {
        return run.key() + " (" + run.runTimestamp() + ", " + (run.dryRun() ? "dry run" : "live") + ", " + run.status() + ")";
    }

    /** "+12", "-3", "0", or "new"/"gone" when one side lacks the counter. */
    public static String change(ReportDiff.CounterChange c) {
        if (c.a() == null) {
            return "new";
        }
        if (c.b() == null) {
            return "gone";
        }
        long change = c.change();
        return change > 0 ? "+" + change : Long.toString(change);
    }

    public static String number(Long value) {
        return value == null ? "-" : String.format(Locale.ROOT, "%,d", value);
    }

    public static String value(JsonNode value) {
        return value == null ? "(absent)" : value.toString();
    }

    public static Map<String, Object> json(ReportDiff diff) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("a", run(diff.a()));
        map.put("b", run(diff.b()));
        List<Map<String, Object>> counters = new ArrayList<>();
        for (ReportDiff.CounterChange c : diff.counters()) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("name", c.name());
            row.put("a", c.a());
            row.put("b", c.b());
            row.put("change", c.change());
            counters.add(row);
        }
        map.put("counters", counters);
        List<Map<String, Object>> fields = new ArrayList<>();
        for (ReportDiff.FieldChange f : diff.fields()) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("name", f.name());
            row.put("a", f.a());
            row.put("b", f.b());
            fields.add(row);
        }
        map.put("fields", fields);
        Map<String, Object> errors = new LinkedHashMap<>();
        errors.put("new", diff.errorsNew());
        errors.put("gone", diff.errorsGone());
        errors.put("kept", diff.errorsKept());
        map.put("errors", errors);
        return map;
    }

    private static Map<String, Object> run(RunReport run) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("key", run.key());
        map.put("run_time_utc", run.runTimestamp());
        map.put("dry_run", run.dryRun());
        map.put("status", run.status());
        map.put("error_lines", run.errors().size());
        map.put("errors_from", run.fromErrorsFile() ? "errors.txt" : "report");
        return map;
    }
}
