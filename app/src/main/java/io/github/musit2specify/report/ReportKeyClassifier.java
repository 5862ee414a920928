package io.github.musit2specify.report;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Pure rules: which layout a key belongs to, its category and the run time its path carries. */
public final class ReportKeyClassifier {
    /** What a key says about itself; {@code runTime} empty when the key carries no timestamp. */
    public record Classified(ReportLayout layout, String categoryFolder, Optional<Instant> runTime) {
    }

    private static final Pattern FOLDER_TIMESTAMP = Pattern.compile("^[0-9]{8}T[0-9]{6}Z$");
    /** 20260410T145733Z, 20260410T145733, 2026-04-10T14:57:33Z, 2026-04-10T14-57-33, 20260410-145733, 20260410_145733. */
    private static final Pattern ANY_TIMESTAMP = Pattern.compile(
            "([0-9]{4})-?([0-9]{2})-?([0-9]{2})[T_-]([0-9]{2})[:-]?([0-9]{2})[:-]?([0-9]{2})");

    private ReportKeyClassifier() {
    }

    /** {@code {S3_PREFIX}/snapshots/}: MUSIT schema snapshots (docs/snapshots.md), never reports. */
    public static String snapshotsPrefix(String snapshotPrefix) {
        return snapshotPrefix + "/snapshots/";
    }

    public static String userMigrationPrefix(String snapshotPrefix) {
        return snapshotPrefix + "/user-migration/";
    }

    public static String musitAgentMigrationPrefix(String snapshotPrefix) {
        return snapshotPrefix + "/musit-agent-migration/";
    }

    public static String specify7Prefix(String snapshotPrefix) {
        return snapshotPrefix + "/migration-reports/specify7/";
    }

    /**
     * @param reportsRoot    the normalised S3_MIGRATION_REPORTS_PREFIX
     * @param snapshotPrefix the normalised S3_PREFIX
     * @return empty for folder markers (keys ending in '/'), schema snapshot files (even when the two
     *         prefixes are set to overlap) and keys of no report layout
     */
    public static Optional<Classified> classify(String key, String reportsRoot, String snapshotPrefix) {
        if (key.endsWith("/") || key.startsWith(snapshotsPrefix(snapshotPrefix))) {
            return Optional.empty();
        }
        if (key.startsWith(reportsRoot + "/")) {
            String[] parts = key.substring(reportsRoot.length() + 1).split("/", -1);
            if (parts.length == 3 && FOLDER_TIMESTAMP.matcher(parts[1]).matches()
                    && parts[2].equals(ReportKeys.REPORT_FILE_NAME)) {
                Optional<Instant> ts = RunTimestamp.parse(parts[1]);
                if (ts.isPresent()) {
                    return Optional.of(new Classified(ReportLayout.CURRENT, parts[0], ts));
                }
            }
        }
        String rest;
        if (key.startsWith(userMigrationPrefix(snapshotPrefix))) {
            rest = key.substring(userMigrationPrefix(snapshotPrefix).length());
            if (rest.equals("migration_report.json") || rest.endsWith("/migration_report.json")) {
                return Optional.of(new Classified(ReportLayout.LEGACY_USER_MIGRATION,
                        ReportCategory.REPORT_CATEGORY_APP_USERS_BRUKARAR.folder(), timestampIn(rest)));
            }
        } else if (key.startsWith(musitAgentMigrationPrefix(snapshotPrefix))) {
            rest = key.substring(musitAgentMigrationPrefix(snapshotPrefix).length());
            if (rest.endsWith(".json")) {
                return Optional.of(new Classified(ReportLayout.LEGACY_MUSIT_AGENT_MIGRATION,
                        ReportCategory.REPORT_CATEGORY_MUSIT_COLLECTION_AGENTS.folder(), timestampIn(rest)));
            }
        } else if (key.startsWith(specify7Prefix(snapshotPrefix))) {
            rest = key.substring(specify7Prefix(snapshotPrefix).length());
            if (rest.equals(ReportKeys.REPORT_FILE_NAME) || rest.endsWith("/" + ReportKeys.REPORT_FILE_NAME)) {
                return Optional.of(new Classified(ReportLayout.LEGACY_SPECIFY7, categoryIn(rest), timestampIn(rest)));
            }
        }
        return Optional.empty();
    }

    /** The category whose folder or flow id is one of the path's segments, else null. */
    static String categoryIn(String path) {
        for (String segment : path.split("/")) {
            for (ReportCategory c : ReportCategory.values()) {
                if (segment.equals(c.folder()) || segment.equals(c.flowId())) {
                    return c.folder();
                }
            }
        }
        return null;
    }

    /** The last timestamp-looking part of the path, read as UTC. */
    static Optional<Instant> timestampIn(String path) {
        Matcher m = ANY_TIMESTAMP.matcher(path);
        Optional<Instant> found = Optional.empty();
        while (m.find()) {
            String text = m.group(1) + m.group(2) + m.group(3) + m.group(4) + m.group(5) + m.group(6);
            try {
                found = Optional.of(LocalDateTime.parse(text, DateTimeFormatter.ofPattern("yyyyMMddHHmmss"))
                        .toInstant(ZoneOffset.UTC));
            } catch (DateTimeParseException notADate) {
                // digits that only look like a timestamp: keep looking
            }
        }
        return found;
    }
}
