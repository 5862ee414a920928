package io.github.musit2specify.check;

import java.util.List;

/** One group of connectivity checks of the `check` command. Implementations never throw: they return results. */
public interface Check {
    /** Short name shown in the output ("S3", "Specify", "Oracle"). */
    String name();

    /** One result per line of output, in order; at least one. */
    List<CheckResult> run();
}
