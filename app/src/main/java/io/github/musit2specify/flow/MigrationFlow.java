package io.github.musit2specify.flow;

import io.github.musit2specify.report.ReportCategory;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One flow, ready to run: its parameters are validated and its settings loaded when it is built,
 * before anything connects. {@link FlowRunner} runs it and hands its report to S3 — also when the run
 * fails or is stopped, with the counters the flow reached ({@link #fieldsSoFar}).
 */
public interface MigrationFlow {
    ReportCategory category();

    /** The Oracle profile the flow reads, or null for flows that read no Oracle. */
    String oracleEnv();

    boolean dryRun();

    /** The databases the run reads and writes, for the start line and the report. */
    default RunTarget target() {
        return RunTarget.UNNAMED;
    }

    /**
     * Does the work and returns the flow-specific report fields, in report order.
     *
     * @param runTimestamp the run's folder timestamp (also {@code generated_at_utc})
     * @param errors       where the flow puts its per-row error lines; the runner puts the complete list
     *                     beside the report when the report had to leave some out
     * @param gate         the S3 preflight of a live run, which runs meanwhile: the flow awaits it right
     *                     before its first write to Specify
     */
    Map<String, Object> execute(String runTimestamp, ErrorLines errors, WriteGate gate);

    /** As {@link #execute(String, ErrorLines, WriteGate)} with no preflight to wait for. */
    default Map<String, Object> execute(String runTimestamp, ErrorLines errors) {
        return execute(runTimestamp, errors, WriteGate.OPEN);
    }

    /**
     * The report fields of a run that ended early (failure or stop), from the counters reached so far.
     * Called by the runner's thread after {@link #execute} threw; a flow that keeps no live counters
     * reports only its error lines.
     */
    default Map<String, Object> fieldsSoFar(ErrorLines errors) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("errors", errors.forReport());
        return fields;
    }

    /**
     * Asks the flow to stop reading at the next row (from another thread): the batch in flight commits or
     * rolls back, then {@link #execute} throws {@link RunInterrupted}. Flows that finish within the grace
     * period anyway may ignore it.
     */
    default void requestStop() {
    }

    /** Runs the flow with error lines of its own (for callers that want only the report fields). */
    default Map<String, Object> execute(String runTimestamp) {
        try (ErrorLines errors = new ErrorLines()) {
            return execute(runTimestamp, errors);
        }
    }
}
