package io.github.musit2specify.error;

/**
 * An expected failure: the message is written for the operator (it names the variable, flag, file
 * or row at fault and never contains a secret). Anything else thrown is a fault of the program.
 */
public class MigrationException extends RuntimeException {
    private final ErrorCode errorCode;

    public MigrationException(ErrorCode errorCode, String message) {
        super(message);
        this.errorCode = errorCode;
    }

    public MigrationException(ErrorCode errorCode, String message, Throwable cause) {
        super(message, cause);
        this.errorCode = errorCode;
    }

    public ErrorCode errorCode() {
        return errorCode;
    }

    public int exitCode() {
        return errorCode.exitCode();
    }
}
