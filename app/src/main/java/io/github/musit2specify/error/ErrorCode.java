package io.github.musit2specify.error;

/** Kinds of expected failure; each decides the exit code of the command (see cli.md). */
public enum ErrorCode {
    /** Bad flag or argument. */
    USAGE(2),
    /** Missing or invalid environment variable, YAML file or setting. */
    CONFIGURATION(2),
    ORACLE_CONNECTION(1),
    SOURCE_READ(1),
    SPECIFY_CONNECTION(1),
    /** The Specify database lacks what a flow needs (no division, no institution, ...). */
    SPECIFY_STATE(1),
    SPECIFY_WRITE(1),
    LOCK_HELD(1),
    S3_UPLOAD(1),
    S3_READ(1),
    /** A connectivity check reported at least one failure. */
    CHECK_FAILED(1),
    /** SIGTERM or SIGINT stopped a run; the exit code is 128 + the signal number (143 or 130). */
    INTERRUPTED(143);

    private final int exitCode;

    ErrorCode(int exitCode) {
        this.exitCode = exitCode;
    }

    public int exitCode() {
        return exitCode;
    }
}
