package io.github.musit2specify.snapshot;

import io.github.musit2specify.report.ReportPublisher;
import io.github.musit2specify.s3.S3Settings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Sends a snapshot's files with the reports' upload rules (ReportPublisher: retries, keep locally
 * when S3 fails): first into its own folder, then over the flat "latest" keys. Without S3_BUCKET it
 * uploads nothing and logs a SNAPSHOT_SKIP line.
 */
public final class SnapshotPublisher {
    private static final Logger LOG = LoggerFactory.getLogger(SnapshotPublisher.class);
    static final String WHAT = "MUSIT schema snapshot file";

    private final S3Settings settings;
    private final ReportPublisher uploads;

    public SnapshotPublisher(S3Settings settings, ReportPublisher uploads) {
        this.settings = settings;
        this.uploads = uploads;
    }

    /** What became of a snapshot: its folder (always computed) and the URIs written. */
    public record Published(String folder, List<String> uploaded, boolean snapshotUploaded) {
        public Published {
            uploaded = List.copyOf(uploaded);
        }
    }

    public Published publish(String timestamp, Map<String, byte[]> files) {
        SnapshotKeys keys = new SnapshotKeys(settings.snapshotPrefix());
        String folder = keys.foldersPrefix() + timestamp + "/";
        if (settings.bucket().isEmpty()) {
            LOG.info("SNAPSHOT_SKIP reason=no_S3_BUCKET folder={} — set S3_BUCKET and S3 credentials where this runs"
                    + " (in Kubernetes: in the job's Secret) to upload schema snapshots", folder);
            return new Published(folder, List.of(), false);
        }
        Map<String, byte[]> byKey = new LinkedHashMap<>();
        files.forEach((name, content) -> byKey.put(keys.key(timestamp, name), content));
        files.forEach((name, content) -> byKey.put(keys.flatKey(name), content));
        List<String> uploaded = new ArrayList<>(uploads.uploadFiles(WHAT, byKey));
        LOG.info("MUSIT schema snapshot uploaded: s3://{}/{} ({} files, and the latest copies under s3://{}/{}/)",
                settings.bucket().get(), folder, files.size(), settings.bucket().get(), settings.snapshotPrefix());
        return new Published(folder, uploaded, true);
    }
}
