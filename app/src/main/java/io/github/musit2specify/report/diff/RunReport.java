package io.github.musit2specify.report.diff;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One run's report as read from the bucket, with its complete error list (errors.txt when the report
 * kept only the first lines).
 *
 * @param key            the report.json key
 * @param categoryFolder the category folder of the key (null for a key of no known layout)
 * @param runTimestamp   the run folder's timestamp, or generated_at_utc
 * @param errors         every error line of the run (the report's own when no errors.txt was written)
 * @param fromErrorsFile true when {@code errors} came from errors.txt
 */
public record RunReport(String key, String categoryFolder, String runTimestamp, ObjectNode json,
                        List<String> errors, boolean fromErrorsFile) {
    /** What a report without a {@code status} field (written before #11) means. */
    public static final String DEFAULT_STATUS = "completed";
    private static final String OMITTED_PREFIX = "... and ";

    public RunReport {
        errors = List.copyOf(errors);
    }

    /** A report whose error list is its own {@code errors} field. */
    public static RunReport of(String key, String categoryFolder, String runTimestamp, ObjectNode json) {
        return new RunReport(key, categoryFolder, runTimestamp, json, reportErrors(json), false);
    }

    /** The report's {@code errors} lines without the closing "... and N more errors omitted" line. */
    public static List<String> reportErrors(JsonNode json) {
        List<String> lines = new ArrayList<>();
        for (JsonNode line : json.path("errors")) {
            if (!isOmittedLine(line.asText())) {
                lines.add(line.asText());
            }
        }
        return lines;
    }

    /** True when the report kept only part of its error lines (errors.txt beside it has them all). */
    public static boolean errorsWereCut(JsonNode json) {
        JsonNode errors = json.path("errors");
        return errors.isArray() && !errors.isEmpty() && isOmittedLine(errors.get(errors.size() - 1).asText());
    }

    private static boolean isOmittedLine(String line) {
        return line.startsWith(OMITTED_PREFIX) && line.contains(" more errors omitted");
    }

    public boolean dryRun() {
        return json.path("dry_run").asBoolean(false);
    }

    /** {@code status} when the report has one, else {@value #DEFAULT_STATUS}. */
    public String status() {
        JsonNode status = json.get("status");
        return status == null || status.isNull() || status.asText().isBlank() ? DEFAULT_STATUS : status.asText();
    }

    public String flow() {
        return json.path("flow").asText("");
    }

    /**
     * The numbers of the report, in report order: every numeric field, every numeric entry of an
     * object field ({@code oracle_rows_per_schema.MUSIT}), and the lengths of {@code warnings} and of
     * the complete error list ({@code errors}).
     */
    public Map<String, Long> counters() {
        Map<String, Long> counters = new LinkedHashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = json.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> field = it.next();
            String name = field.getKey();
            JsonNode value = field.getValue();
            if (name.equals("report_version")) {
                continue;
            }
            if (value.isIntegralNumber()) {
                counters.put(name, value.asLong());
            } else if (value.isObject()) {
                value.fields().forEachRemaining(e -> {
                    if (e.getValue().isIntegralNumber()) {
                        counters.put(name + "." + e.getKey(), e.getValue().asLong());
                    }
                });
            } else if (name.equals("warnings") && value.isArray()) {
                counters.put(name, (long) value.size());
            }
        }
        counters.put("errors", (long) errors.size());
        return counters;
    }
}
