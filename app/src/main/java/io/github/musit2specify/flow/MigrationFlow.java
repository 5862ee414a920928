package io.github.musit2specify.flow;

import io.github.musit2specify.report.ReportCategory;

import java.util.Map;

/**
 * One flow, ready to run: its parameters are validated and its settings loaded when it is built,
 * before anything connects. {@link FlowRunner} runs it and hands its report to S3.
 */
public interface MigrationFlow {
    ReportCategory category();

    /** The Oracle profile the flow reads, or null for flows that read no Oracle. */
    String oracleEnv();

    boolean dryRun();

    /**
     * Does the work and returns the flow-specific report fields, in report order.
     *
     * @param runTimestamp the run's folder timestamp (also {@code generated_at_utc})
     * @param errors       where the flow puts its per-row error lines; the runner puts the complete list
     *                     beside the report when the report had to leave some out
     */
    Map<String, Object> execute(String runTimestamp, ErrorLines errors);

    /** Runs the flow with error lines of its own (for callers that want only the report fields). */
    default Map<String, Object> execute(String runTimestamp) {
        try (ErrorLines errors = new ErrorLines()) {
            return execute(runTimestamp, errors);
        }
    }
}
