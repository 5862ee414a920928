package io.github.musit2specify.check;

/** One connectivity check of the `check` command. Implementations never throw: they return a result. */
public interface Check {
    /** Short name shown in the output ("S3", "Specify", "Oracle"). */
    String name();

    CheckResult run();
}
