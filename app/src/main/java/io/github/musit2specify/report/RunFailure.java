package io.github.musit2specify.report;

import io.github.musit2specify.error.ErrorCode;
import io.github.musit2specify.error.MigrationException;
import io.github.musit2specify.text.Redaction;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Why a run did not complete, as the report's {@code failure} object: the error code, the cause (secrets
 * masked, e-mail addresses and phone numbers redacted) and what to do next.
 */
public record RunFailure(String errorCode, String cause, String hint) {
    static final String RERUN = "every flow is idempotent: once the cause is fixed, re-run the same command;"
            + " what this run wrote is recognised and skipped";

    public static RunFailure of(Throwable failure) {
        if (failure instanceof MigrationException me) {
            return new RunFailure(me.errorCode().name(), Redaction.forReport(me.getMessage()), hint(me.errorCode()));
        }
        return new RunFailure("UNEXPECTED", Redaction.forReport(failure.getClass().getSimpleName() + ": "
                + failure.getMessage()), "a fault of the program: report it with the log of this run; " + RERUN);
    }

    static String hint(ErrorCode code) {
        String specific = switch (code) {
            case USAGE, CONFIGURATION -> "fix the setting named in the cause (musit2specify config lists them all)";
            case ORACLE_CONNECTION, SOURCE_READ -> "check the ORACLE_<ENV>_* variables and that MUSIT is reachable"
                    + " (musit2specify check)";
            case SPECIFY_CONNECTION, SPECIFY_WRITE -> "check that the Specify database is reachable and was not"
                    + " restarted or its connections killed (musit2specify check)";
            case SPECIFY_STATE -> "prepare the Specify database as the cause says";
            case LOCK_HELD -> "wait for the other run of this flow to end";
            case S3_UPLOAD, S3_READ -> "check S3_BUCKET, S3_ENDPOINT_URL and the S3 credentials (musit2specify check)";
            case INTERRUPTED -> "the run was stopped from outside (kubectl delete, activeDeadlineSeconds, Ctrl-C)";
            case CHECK_FAILED -> "see the failed checks";
        };
        return specific + "; " + RERUN;
    }

    public Map<String, Object> asMap() {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("error_code", errorCode);
        map.put("cause", cause);
        map.put("hint", hint);
        return map;
    }
}
