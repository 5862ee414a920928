package io.github.musit2specify.report;

/**
 * Where a report object sits in the bucket. {@link #CURRENT} is the layout every new upload uses; the
 * others are the historical layouts of reports.md, read-only, all under S3_PREFIX.
 */
public enum ReportLayout {
    /** {@code {S3_MIGRATION_REPORTS_PREFIX}/{categoryFolder}/{YYYYMMDDTHHMMSSZ}/report.json}. */
    CURRENT("current"),
    /** {@code {S3_PREFIX}/user-migration/…/migration_report.json}. */
    LEGACY_USER_MIGRATION("legacy-user-migration"),
    /** {@code {S3_PREFIX}/musit-agent-migration/…} (JSON objects). */
    LEGACY_MUSIT_AGENT_MIGRATION("legacy-musit-agent-migration"),
    /** {@code {S3_PREFIX}/migration-reports/specify7/…/report.json} (intermediate layout). */
    LEGACY_SPECIFY7("legacy-specify7");

    private final String label;

    ReportLayout(String label) {
        this.label = label;
    }

    /** The name shown by {@code reports list}. */
    public String label() {
        return label;
    }

    public boolean isLegacy() {
        return this != CURRENT;
    }
}
