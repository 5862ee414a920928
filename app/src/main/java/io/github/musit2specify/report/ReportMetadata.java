package io.github.musit2specify.report;

/**
 * The shared fields that open every report (reports.md, "Report JSON"), plus how the run ended and
 * what it ran against (additive fields of version 1).
 *
 * @param specifyDatabase host:port/name of the Specify database (never a user or password), or null
 * @param oracleDatabase  the MUSIT Oracle host/service without credentials, or null for flows reading no Oracle
 * @param failure         null unless the run failed or was interrupted
 */
public record ReportMetadata(
        int reportVersion,
        ReportCategory category,
        String generatedAtUtc,
        String oracleEnv,
        boolean dryRun,
        RunStatus status,
        String specifyDatabase,
        String oracleDatabase,
        RunFailure failure) {

    public static final int CURRENT_VERSION = 1;

    /** A completed run whose targets are not named (tests, tools). */
    public static ReportMetadata of(ReportCategory category, String runTimestamp, String oracleEnv, boolean dryRun) {
        return new ReportMetadata(CURRENT_VERSION, category, runTimestamp, oracleEnv, dryRun, RunStatus.COMPLETED,
                null, null, null);
    }

    public static ReportMetadata of(ReportCategory category, String runTimestamp, String oracleEnv, boolean dryRun,
                                    RunStatus status, String specifyDatabase, String oracleDatabase, RunFailure failure) {
        return new ReportMetadata(CURRENT_VERSION, category, runTimestamp, oracleEnv, dryRun, status,
                specifyDatabase, oracleDatabase, failure);
    }
}
