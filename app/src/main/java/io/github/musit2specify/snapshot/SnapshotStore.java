package io.github.musit2specify.snapshot;

import io.github.musit2specify.error.ErrorCode;
import io.github.musit2specify.error.MigrationException;
import io.github.musit2specify.report.RunTimestamp;
import io.github.musit2specify.s3.S3Clients;
import io.github.musit2specify.s3.S3Failures;
import io.github.musit2specify.s3.S3Settings;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;
import software.amazon.awssdk.services.s3.model.S3Object;

import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;

/** The snapshots in the bucket: their folders under {@code {S3_PREFIX}/snapshots/}, and their catalogues. */
public final class SnapshotStore implements AutoCloseable {
    public static final String LATEST = "latest";
    public static final String PREVIOUS = "previous";

    private final S3Client client;
    private final boolean ownsClient;
    private final String bucket;
    private final SnapshotKeys keys;

    /** @param client used for every request and closed by {@link #close()} */
    public SnapshotStore(S3Client client, S3Settings settings) {
        this(client, settings, true);
    }

    private SnapshotStore(S3Client client, S3Settings settings, boolean ownsClient) {
        this.client = client;
        this.ownsClient = ownsClient;
        this.bucket = requireBucket(settings);
        this.keys = new SnapshotKeys(settings.snapshotPrefix());
    }

    /** A store on the invocation's shared client. */
    public static SnapshotStore open(S3Settings settings) {
        return open(S3Clients.invocation().client(settings), settings);
    }

    /** @param shared a client the caller keeps open (the invocation's, see S3Clients); not closed by close() */
    public static SnapshotStore open(S3Client shared, S3Settings settings) {
        requireBucket(settings);
        return new SnapshotStore(shared, settings, false);
    }

    private static String requireBucket(S3Settings settings) {
        return settings.bucket().orElseThrow(() -> new MigrationException(ErrorCode.CONFIGURATION,
                "S3_BUCKET is not set (needed to read schema snapshots); set it to the bucket snapshots are uploaded to"));
    }

    /** One snapshot folder; {@code complete} when its schema_catalog.json is there (diff reads only that). */
    public record Entry(String timestamp, Instant takenAt, String folder, List<String> files, long size) {
        public Entry {
            files = List.copyOf(files);
        }

        public boolean complete() {
            return files.contains(SnapshotArtifacts.CATALOG);
        }
    }

    public String bucket() {
        return bucket;
    }

    public SnapshotKeys keys() {
        return keys;
    }

    /** Every snapshot folder, newest first; keys whose folder is not a run timestamp are ignored. */
    public List<Entry> list() {
        TreeMap<String, List<S3Object>> byFolder = new TreeMap<>(Comparator.reverseOrder());
        String prefix = keys.foldersPrefix();
        try {
            client.listObjectsV2Paginator(b -> b.bucket(bucket).prefix(prefix)).contents().forEach(o -> {
                String[] parts = o.key().substring(prefix.length()).split("/", -1);
                if (parts.length == 2 && !parts[1].isEmpty() && RunTimestamp.parse(parts[0]).isPresent()) {
                    byFolder.computeIfAbsent(parts[0], k -> new ArrayList<>()).add(o);
                }
            });
        } catch (SdkException e) {
            throw failure("cannot list s3://" + bucket + "/" + prefix, e);
        }
        List<Entry> entries = new ArrayList<>();
        byFolder.forEach((ts, objects) -> entries.add(new Entry(ts, RunTimestamp.parse(ts).orElseThrow(), prefix + ts + "/",
                objects.stream().map(o -> o.key().substring(o.key().lastIndexOf('/') + 1)).sorted().toList(),
                objects.stream().mapToLong(o -> o.size() == null ? 0 : o.size()).sum())));
        return entries;
    }

    /** The newest complete snapshot. */
    public Optional<Entry> latest() {
        return list().stream().filter(Entry::complete).findFirst();
    }

    /** The timestamp {@code ref} names: {@value #LATEST}, {@value #PREVIOUS} (the one before latest) or a timestamp. */
    public String resolve(String ref) {
        String r = ref.trim();
        if (r.equalsIgnoreCase(LATEST) || r.equalsIgnoreCase(PREVIOUS)) {
            List<Entry> complete = list().stream().filter(Entry::complete).toList();
            int index = r.equalsIgnoreCase(LATEST) ? 0 : 1;
            if (complete.size() <= index) {
                throw new MigrationException(ErrorCode.S3_READ, "there is no " + r.toLowerCase() + " snapshot: "
                        + complete.size() + " complete snapshot(s) in s3://" + bucket + "/" + keys.foldersPrefix()
                        + " (take one with: musit2specify snapshot musit-schema)");
            }
            return complete.get(index).timestamp();
        }
        if (RunTimestamp.parse(r).isEmpty()) {
            throw new MigrationException(ErrorCode.USAGE, "'" + r + "' is not a snapshot: expected latest, previous,"
                    + " a timestamp like 20260410T145733Z (see: musit2specify snapshot list) or a schema_catalog.json file");
        }
        return r;
    }

    /** The catalogue of the snapshot taken at {@code timestamp}. */
    public SchemaCatalog read(String timestamp) {
        String key = keys.key(timestamp, SnapshotArtifacts.CATALOG);
        byte[] json;
        try {
            json = client.getObjectAsBytes(b -> b.bucket(bucket).key(key)).asByteArray();
        } catch (NoSuchKeyException e) {
            throw new MigrationException(ErrorCode.S3_READ, "no snapshot s3://" + bucket + "/" + key
                    + " (see `musit2specify snapshot list` for the snapshots there are)", e);
        } catch (SdkException e) {
            throw failure("cannot read s3://" + bucket + "/" + key, e);
        }
        try {
            return SchemaCatalog.fromJson(json);
        } catch (IOException e) {
            throw new MigrationException(ErrorCode.S3_READ, "s3://" + bucket + "/" + key + " is not a schema catalogue: "
                    + e.getMessage(), e);
        }
    }

    private static MigrationException failure(String what, SdkException e) {
        return new MigrationException(ErrorCode.S3_READ, what + ": " + S3Failures.describe(e) + " — " + S3Failures.hint(e), e);
    }

    /** Closes the client given to the constructor; the invocation's shared one (from open) stays open. */
    @Override
    public void close() {
        if (ownsClient) {
            client.close();
        }
    }
}
