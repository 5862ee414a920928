package io.github.musit2specify.report;

/**
 * Builds report keys: {@code {reportsRoot}/{categoryFolder}/{YYYYMMDDTHHMMSSZ}/report.json}.
 * Reports never go under S3_PREFIX (that root belongs to Oracle schema snapshots).
 */
public final class ReportKeys {
    public static final String DEFAULT_ROOT = "migration-reports";
    public static final String REPORT_FILE_NAME = "report.json";
    /** The complete error list of a run that had more error lines than its report keeps. */
    public static final String ERRORS_FILE_NAME = "errors.txt";

    private final String root;

    /** @param rawPrefix the value of S3_MIGRATION_REPORTS_PREFIX as set (may be null, blank or slashes) */
    public ReportKeys(String rawPrefix) {
        this.root = normaliseRoot(rawPrefix);
    }

    /** Trims whitespace and leading/trailing '/'; nothing left → {@value #DEFAULT_ROOT}. */
    public static String normaliseRoot(String rawPrefix) {
        String root = trimSlashes(rawPrefix);
        return root.isEmpty() ? DEFAULT_ROOT : root;
    }

    /**
     * A prefix without surrounding whitespace or '/', repeated '/' inside collapsed to one (null → empty),
     * as S3 keys are built from it: {@code prod//reports} uploads and lists under {@code prod/reports}.
     */
    public static String trimSlashes(String rawPrefix) {
        if (rawPrefix == null) {
            return "";
        }
        String trimmed = rawPrefix.strip();
        int start = 0;
        int end = trimmed.length();
        while (start < end && trimmed.charAt(start) == '/') {
            start++;
        }
        while (end > start && trimmed.charAt(end - 1) == '/') {
            end--;
        }
        return trimmed.substring(start, end).strip().replaceAll("/{2,}", "/");
    }

    public String root() {
        return root;
    }

    public String key(ReportCategory category, String timestamp) {
        return key(category, timestamp, REPORT_FILE_NAME);
    }

    public String key(ReportCategory category, String timestamp, String fileName) {
        if (fileName == null || fileName.isBlank() || fileName.contains("/")) {
            throw new IllegalArgumentException("file name must be one non-blank path segment: '" + fileName + "'");
        }
        return categoryPrefix(category) + timestamp + "/" + fileName;
    }

    /** {@code {root}/{folder}/}, the prefix under which one category's runs are listed. */
    public String categoryPrefix(ReportCategory category) {
        return root + "/" + category.folder() + "/";
    }
}
