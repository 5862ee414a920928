package io.github.musit2specify.report;

import java.time.Instant;
import java.util.Optional;

/**
 * One report found in the bucket.
 *
 * @param categoryFolder  the category folder when known (always for the current layout), else null
 * @param runTime         the run time from the key's timestamp, or the object's last-modified time when
 *                        the key holds none ({@code runTimeFromKey} false)
 */
public record ReportEntry(String key, ReportLayout layout, String categoryFolder, Instant runTime,
                          boolean runTimeFromKey, Instant lastModified, long size) {

    /** The category when the folder is one this version knows. */
    public Optional<ReportCategory> category() {
        for (ReportCategory c : ReportCategory.values()) {
            if (c.folder().equals(categoryFolder)) {
                return Optional.of(c);
            }
        }
        return Optional.empty();
    }

    /** The run time as a folder timestamp ({@code 20260410T145733Z}). */
    public String runTimestamp() {
        return RunTimestamp.format(runTime);
    }
}
