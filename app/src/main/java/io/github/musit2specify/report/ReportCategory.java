package io.github.musit2specify.report;

import io.github.musit2specify.error.ErrorCode;
import io.github.musit2specify.error.MigrationException;

import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * One S3 folder per flow type. The folder strings are part of the report contract (reports.md) and
 * must never change; the constant names mirror the earlier implementation's REPORT_CATEGORY_*.
 */
public enum ReportCategory {
    REPORT_CATEGORY_APP_USERS_BRUKARAR(
            "Migrate Users", "migrate_users", "application-users-usd-metadata-brukarar", "1.4"),
    REPORT_CATEGORY_MUSIT_COLLECTION_AGENTS(
            "Migrate MUSIT Actors (collection agents)", "migrate_musit_agents",
            "collection-agents-musit-actor-person-name", "1.1"),
    REPORT_CATEGORY_SPECIFY_STRUCTURE_SYNC(
            "Sync Specify structure", "sync_specify_structure", "specify-structure-sync", "post-bootstrap");

    private final String displayName;
    private final String flowId;
    private final String folder;
    private final String phase;

    ReportCategory(String displayName, String flowId, String folder, String phase) {
        this.displayName = displayName;
        this.flowId = flowId;
        this.folder = folder;
        this.phase = phase;
    }

    public String displayName() {
        return displayName;
    }

    public String flowId() {
        return flowId;
    }

    /** The exact S3 folder segment. */
    public String folder() {
        return folder;
    }

    public String phase() {
        return phase;
    }

    public static ReportCategory fromFolder(String folder) {
        return Arrays.stream(values())
                .filter(c -> c.folder.equals(folder))
                .findFirst()
                .orElseThrow(() -> new MigrationException(ErrorCode.USAGE,
                        "unknown report category '" + folder + "'; known: " + Arrays.stream(values())
                                .map(ReportCategory::folder).collect(Collectors.joining(", "))));
    }
}
