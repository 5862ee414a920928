package io.github.musit2specify.report.diff;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.musit2specify.error.ErrorCode;
import io.github.musit2specify.error.MigrationException;
import io.github.musit2specify.json.Json;
import io.github.musit2specify.report.ReportCatalogue;
import io.github.musit2specify.report.ReportCategory;
import io.github.musit2specify.report.ReportEntry;
import io.github.musit2specify.report.ReportKeyClassifier;
import io.github.musit2specify.report.ReportKeys;
import io.github.musit2specify.report.RunTimestamp;
import io.github.musit2specify.s3.S3Settings;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads runs' reports from the bucket: by key, by run folder, or as {@code CATEGORY@latest} /
 * {@code CATEGORY@previous}; with the complete error list from errors.txt when the report kept only
 * its first lines.
 */
public final class RunReports {
    public static final String PREVIOUS_SUFFIX = "@previous";

    private final ReportCatalogue catalogue;
    private final S3Settings settings;

    public RunReports(ReportCatalogue catalogue, S3Settings settings) {
        this.catalogue = catalogue;
        this.settings = settings;
    }

    /**
     * The report.json key a reference names: a key ending in .json as is; {@code CATEGORY@latest} or
     * {@code CATEGORY@previous} (the run before the latest); otherwise a run folder, with or without
     * the reports root ({@code collection-agents-musit-actor-person-name/20260410T145733Z}).
     */
    public String resolve(String reference) {
        String ref = reference.strip();
        if (ref.endsWith(ReportCatalogue.LATEST_SUFFIX)) {
            return catalogue.resolve(ref);
        }
        if (ref.endsWith(PREVIOUS_SUFFIX)) {
            ReportCategory category = ReportCategory.fromFolder(ref.substring(0, ref.length() - PREVIOUS_SUFFIX.length()));
            List<ReportEntry> runs = catalogue.list(Optional.of(category), false);
            if (runs.size() < 2) {
                throw new MigrationException(ErrorCode.S3_READ, category.folder() + PREVIOUS_SUFFIX + ": s3://" + catalogue.bucket()
                        + "/" + settings.reportKeys().categoryPrefix(category) + " holds " + runs.size()
                        + (runs.size() == 1 ? " run" : " runs") + ", so there is no run before the latest");
            }
            return runs.get(1).key();
        }
        if (ref.endsWith(".json")) {
            return ref;
        }
        String folder = ReportKeys.trimSlashes(ref);
        String root = settings.reportsRoot();
        if (!folder.startsWith(root + "/")) {
            folder = root + "/" + folder;
        }
        return folder + "/" + ReportKeys.REPORT_FILE_NAME;
    }

    /** The report a reference names, with its complete error list. */
    public RunReport read(String reference) {
        return load(resolve(reference));
    }

    /** Every report of the current layout, newest first. */
    public List<RunReport> all() {
        List<RunReport> runs = new ArrayList<>();
        for (ReportEntry entry : catalogue.list(Optional.empty(), false)) {
            runs.add(load(entry.key()));
        }
        return runs;
    }

    public RunReport load(String key) {
        ObjectNode json = parse(key, catalogue.read(key));
        Optional<ReportKeyClassifier.Classified> classified =
                ReportKeyClassifier.classify(key, settings.reportsRoot(), settings.snapshotPrefix());
        String category = classified.map(ReportKeyClassifier.Classified::categoryFolder).orElse(null);
        String timestamp = classified.flatMap(ReportKeyClassifier.Classified::runTime).map(RunTimestamp::format)
                .orElse(json.path("generated_at_utc").asText("?"));
        if (RunReport.errorsWereCut(json) && key.endsWith("/" + ReportKeys.REPORT_FILE_NAME)) {
            String errorsKey = key.substring(0, key.length() - ReportKeys.REPORT_FILE_NAME.length()) + ReportKeys.ERRORS_FILE_NAME;
            try {
                List<String> all = catalogue.read(errorsKey).lines().filter(l -> !l.isBlank()).toList();
                return new RunReport(key, category, timestamp, json, all, true);
            } catch (MigrationException missing) {
                // the report says so itself ("... more errors omitted"); compare the lines it kept
            }
        }
        return RunReport.of(key, category, timestamp, json);
    }

    private ObjectNode parse(String key, String text) {
        JsonNode json;
        try {
            json = Json.MAPPER.readTree(text);
        } catch (JsonProcessingException e) {
            throw new MigrationException(ErrorCode.S3_READ, "s3://" + catalogue.bucket() + "/" + key
                    + " is not JSON: " + e.getOriginalMessage());
        }
        if (!(json instanceof ObjectNode object)) {
            throw new MigrationException(ErrorCode.S3_READ, "s3://" + catalogue.bucket() + "/" + key
                    + " is not a report (a JSON object was expected)");
        }
        return object;
    }
}
