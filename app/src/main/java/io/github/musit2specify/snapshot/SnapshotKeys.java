package io.github.musit2specify.snapshot;

import io.github.musit2specify.report.ReportKeyClassifier;

/**
 * Where snapshots live under S3_PREFIX (default {@code oracle-schema}):
 * {@code {S3_PREFIX}/snapshots/{YYYYMMDDTHHMMSSZ}/{file}} for each snapshot, and the flat
 * {@code {S3_PREFIX}/{file}} keys of the earlier implementation, overwritten by every snapshot as "latest".
 */
public final class SnapshotKeys {
    private final String prefix;

    /** @param snapshotPrefix the normalised S3_PREFIX ({@code S3Settings.snapshotPrefix()}) */
    public SnapshotKeys(String snapshotPrefix) {
        this.prefix = snapshotPrefix;
    }

    /** {@code {S3_PREFIX}/snapshots/}: every snapshot folder is below it. */
    public String foldersPrefix() {
        return ReportKeyClassifier.snapshotsPrefix(prefix);
    }

    public String key(String timestamp, String fileName) {
        return foldersPrefix() + timestamp + "/" + fileName;
    }

    /** The "latest" key the earlier implementation overwrote at every run. */
    public String flatKey(String fileName) {
        return prefix + "/" + fileName;
    }
}
