package io.github.musit2specify.flow;

import io.github.musit2specify.error.ErrorCode;
import io.github.musit2specify.error.MigrationException;

/**
 * A run stopped on request (SIGTERM, SIGINT): thrown by a flow where it stops reading, and by the runner
 * once the report of the stopped run is written. Exits with 128 + the signal number, as a shell would.
 */
public final class RunInterrupted extends MigrationException {
    private final int exitCode;

    public RunInterrupted(String message, int exitCode) {
        super(ErrorCode.INTERRUPTED, message);
        this.exitCode = exitCode;
    }

    /** What a flow throws where it honours a stop request; the runner names the signal. */
    public static RunInterrupted stopRequested() {
        return new RunInterrupted("stop requested", ErrorCode.INTERRUPTED.exitCode());
    }

    @Override
    public int exitCode() {
        return exitCode;
    }
}
