package io.github.musit2specify.check;

/**
 * The outcome of one check: what was tested or what went wrong (with its cause), and a hint for the
 * operator. A configuration problem (a missing variable) is kept apart from a failed connection
 * because it decides the exit code (2 instead of 1).
 */
public record CheckResult(String name, Status status, String detail, String hint) {
    public enum Status { OK, WARN, FAIL, MISCONFIGURED, SKIPPED }

    public static CheckResult ok(String name, String detail) {
        return new CheckResult(name, Status.OK, detail, null);
    }

    /** Works, but something the operator should look at before a live run (it does not fail the check). */
    public static CheckResult warn(String name, String detail, String hint) {
        return new CheckResult(name, Status.WARN, detail, hint);
    }

    public static CheckResult fail(String name, String detail, String hint) {
        return new CheckResult(name, Status.FAIL, detail, hint);
    }

    public static CheckResult misconfigured(String name, String detail, String hint) {
        return new CheckResult(name, Status.MISCONFIGURED, detail, hint);
    }

    public static CheckResult skipped(String name, String why) {
        return new CheckResult(name, Status.SKIPPED, why, null);
    }

    public boolean failed() {
        return status == Status.FAIL || status == Status.MISCONFIGURED;
    }

    /** {@code OK|FAIL|SKIP  name  detail}, plus an indented hint line when there is one. */
    public String toText() {
        String label = switch (status) {
            case OK -> "OK  ";
            case WARN -> "WARN";
            case FAIL, MISCONFIGURED -> "FAIL";
            case SKIPPED -> "SKIP";
        };
        String line = label + "  " + String.format("%-8s", name) + " " + detail;
        return hint == null ? line : line + System.lineSeparator() + "              hint: " + hint;
    }
}
