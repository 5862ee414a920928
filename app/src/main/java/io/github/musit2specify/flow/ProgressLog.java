package io.github.musit2specify.flow;

import org.slf4j.Logger;

/**
 * An INFO line every {@code every} rows (processed, created, skipped); silence in between. A dry run
 * writes nothing, so its lines say "would create".
 */
public final class ProgressLog {
    private final Logger log;
    private final String what;
    private final int every;
    private final String format;
    private final long startNanos = System.nanoTime();

    public ProgressLog(Logger log, String what, int every, boolean dryRun) {
        this.log = log;
        this.what = what;
        this.every = every;
        this.format = dryRun ? "{}: {} processed, would create {}, {} skipped ({} rows/s)"
                : "{}: {} processed, {} created, {} skipped ({} rows/s)";
    }

    public void tick(long processed, long created, long skipped) {
        if (processed > 0 && processed % every == 0) {
            log(processed, created, skipped);
        }
    }

    public void done(long processed, long created, long skipped) {
        log(processed, created, skipped);
    }

    private void log(long processed, long created, long skipped) {
        double seconds = Math.max(1e-3, (System.nanoTime() - startNanos) / 1e9);
        log.info(format, what, processed, created, skipped, Math.round(processed / seconds));
    }
}
