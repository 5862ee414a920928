package io.github.musit2specify.report;

import java.util.Locale;

/** How a run ended, as the report's {@code status} says it. */
public enum RunStatus {
    /** The flow did all its work (per-row errors are in the report). */
    COMPLETED,
    /** An exception ended the run (lost connection, failed write, …): the counters are those reached. */
    FAILED,
    /** SIGTERM or SIGINT stopped the run: reading stopped, the batch in flight committed or rolled back. */
    INTERRUPTED;

    public String json() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The status a report carries; reports written before the field existed were all of completed runs. */
    public static RunStatus ofJson(String value) {
        return value == null || value.isBlank() ? COMPLETED : valueOf(value.trim().toUpperCase(Locale.ROOT));
    }
}
