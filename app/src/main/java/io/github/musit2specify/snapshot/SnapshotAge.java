package io.github.musit2specify.snapshot;

import io.github.musit2specify.check.CheckResult;
import io.github.musit2specify.config.Env;
import io.github.musit2specify.s3.S3Settings;

import java.time.Clock;
import java.time.Duration;
import java.util.Optional;

/**
 * The {@code check} line about the latest MUSIT schema snapshot: when it was taken and how old it is.
 * Informational: no line when there is no bucket or no snapshot, or the listing fails (the S3 line
 * above says why), and it never changes the exit code.
 */
public final class SnapshotAge {
    private SnapshotAge() {
    }

    public static Optional<CheckResult> line(Env env, Clock clock) {
        try {
            S3Settings settings = S3Settings.fromEnv(env);
            if (settings.bucket().isEmpty()) {
                return Optional.empty();
            }
            try (SnapshotStore store = SnapshotStore.open(settings)) {
                return store.latest().map(e -> CheckResult.ok("Snapshot", "latest MUSIT schema snapshot " + e.timestamp()
                        + " is " + age(Duration.between(e.takenAt(), clock.instant())) + " old: s3://" + store.bucket()
                        + "/" + e.folder()));
            }
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }

    /** {@code 3 d 4 h}, {@code 5 h 12 min}, {@code 7 min}; a snapshot "from the future" (clock skew) counts as 0 min. */
    static String age(Duration d) {
        if (d.isNegative()) {
            d = Duration.ZERO;
        }
        if (d.toDays() > 0) {
            return d.toDays() + " d " + d.toHoursPart() + " h";
        }
        if (d.toHours() > 0) {
            return d.toHours() + " h " + d.toMinutesPart() + " min";
        }
        return d.toMinutes() + " min";
    }
}
