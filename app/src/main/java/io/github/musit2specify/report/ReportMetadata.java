package io.github.musit2specify.report;

/** The shared fields that open every report (reports.md, "Report JSON"). */
public record ReportMetadata(
        int reportVersion,
        ReportCategory category,
        String generatedAtUtc,
        String oracleEnv,
        boolean dryRun) {

    public static final int CURRENT_VERSION = 1;

    public static ReportMetadata of(ReportCategory category, String runTimestamp, String oracleEnv, boolean dryRun) {
        return new ReportMetadata(CURRENT_VERSION, category, runTimestamp, oracleEnv, dryRun);
    }
}
