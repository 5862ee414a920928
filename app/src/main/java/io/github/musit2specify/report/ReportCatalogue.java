package io.github.musit2specify.report;

import io.github.musit2specify.error.ErrorCode;
import io.github.musit2specify.error.MigrationException;
import io.github.musit2specify.json.Json;
import com.fasterxml.jackson.databind.JsonNode;
import io.github.musit2specify.s3.S3Clients;
import io.github.musit2specify.s3.S3Failures;
import io.github.musit2specify.s3.S3Settings;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.ListObjectsV2Request;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;
import software.amazon.awssdk.services.s3.model.S3Object;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The reports of past runs in the bucket: the current layout and, on request, the historical ones
 * (reports.md). Listing pages through ListObjectsV2 and ignores folder markers (keys ending in '/').
 */
public final class ReportCatalogue implements AutoCloseable {
    public static final int DEFAULT_PAGE_SIZE = 1000;
    public static final String LATEST_SUFFIX = "@latest";

    /** Newest run first; the key breaks ties so the order is stable. */
    public static final Comparator<ReportEntry> NEWEST_FIRST =
            Comparator.comparing(ReportEntry::runTime).thenComparing(ReportEntry::key).reversed();

    private final S3Client client;
    private final boolean ownsClient;
    private final S3Settings settings;
    private final String bucket;
    private final int pageSize;

    /**
     * @param client   used for every request and closed by {@link #close()}
     * @param pageSize keys per ListObjectsV2 page (S3 caps it at 1000)
     */
    public ReportCatalogue(S3Client client, S3Settings settings, int pageSize) {
        this(client, settings, pageSize, true);
    }

    private ReportCatalogue(S3Client client, S3Settings settings, int pageSize, boolean ownsClient) {
        this.client = client;
        this.ownsClient = ownsClient;
        this.settings = settings;
        this.bucket = requireBucket(settings);
        this.pageSize = pageSize;
    }

    /** A catalogue on the invocation's shared client (S3Clients; left open by {@link #close()}). */
    public static ReportCatalogue open(S3Settings settings) {
        requireBucket(settings);
        return new ReportCatalogue(S3Clients.invocation().client(settings), settings, DEFAULT_PAGE_SIZE, false);
    }

    private static String requireBucket(S3Settings settings) {
        return settings.bucket().orElseThrow(() -> new MigrationException(ErrorCode.CONFIGURATION,
                "S3_BUCKET is not set (needed to read migration reports); set it to the bucket the flows upload to"));
    }

    public String bucket() {
        return bucket;
    }

    /**
     * @param category      only this category (empty: all)
     * @param includeLegacy also the historical layouts under S3_PREFIX
     */
    public List<ReportEntry> list(Optional<ReportCategory> category, boolean includeLegacy) {
        ReportKeys keys = settings.reportKeys();
        Set<String> prefixes = new LinkedHashSet<>();
        prefixes.add(category.map(keys::categoryPrefix).orElse(keys.root() + "/"));
        if (includeLegacy) {
            String snapshots = settings.snapshotPrefix();
            if (category.isEmpty() || category.get() == ReportCategory.REPORT_CATEGORY_APP_USERS_BRUKARAR) {
                prefixes.add(ReportKeyClassifier.userMigrationPrefix(snapshots));
            }
            if (category.isEmpty() || category.get() == ReportCategory.REPORT_CATEGORY_MUSIT_COLLECTION_AGENTS) {
                prefixes.add(ReportKeyClassifier.musitAgentMigrationPrefix(snapshots));
            }
            prefixes.add(ReportKeyClassifier.specify7Prefix(snapshots));
        }
        List<ReportEntry> entries = new ArrayList<>();
        for (String prefix : prefixes) {
            for (S3Object object : listAll(prefix)) {
                toEntry(object)
                        .filter(e -> includeLegacy || !e.layout().isLegacy())
                        .filter(e -> category.isEmpty() || category.get().folder().equals(e.categoryFolder()))
                        .ifPresent(entries::add);
            }
        }
        entries.sort(NEWEST_FIRST);
        return entries;
    }

    /** The newest report of the current layout for the category. */
    public Optional<ReportEntry> latest(ReportCategory category) {
        return list(Optional.of(category), false).stream().findFirst();
    }

    /**
     * The key {@code keyOrLatest} names: an S3 key as is, or {@code CATEGORY_FOLDER@latest}.
     */
    public String resolve(String keyOrLatest) {
        if (!keyOrLatest.endsWith(LATEST_SUFFIX)) {
            return keyOrLatest;
        }
        ReportCategory category = ReportCategory.fromFolder(
                keyOrLatest.substring(0, keyOrLatest.length() - LATEST_SUFFIX.length()));
        return latest(category).map(ReportEntry::key).orElseThrow(() -> new MigrationException(ErrorCode.S3_READ,
                "no reports of " + category.folder() + " in s3://" + bucket + "/" + settings.reportKeys().categoryPrefix(category)));
    }

    /**
     * How the run of a {@value ReportKeys#REPORT_FILE_NAME} ended ({@code completed}, {@code failed},
     * {@code interrupted}); reports written before the field existed were of completed runs. Empty for other
     * files and for reports that cannot be read.
     */
    public Optional<String> status(ReportEntry entry) {
        if (!entry.key().endsWith("/" + ReportKeys.REPORT_FILE_NAME) && !entry.key().endsWith(".json")) {
            return Optional.empty();
        }
        try {
            JsonNode report = Json.MAPPER.readTree(read(entry.key()));
            return Optional.of(RunStatus.ofJson(report.path("status").asText(null)).json());
        } catch (MigrationException | java.io.IOException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** The object's text (UTF-8). */
    public String read(String key) {
        try {
            return client.getObjectAsBytes(b -> b.bucket(bucket).key(key)).asString(StandardCharsets.UTF_8);
        } catch (NoSuchKeyException e) {
            throw new MigrationException(ErrorCode.S3_READ, "no object s3://" + bucket + "/" + key
                    + " (see `musit2specify reports list` for the keys there are)", e);
        } catch (SdkException e) {
            throw readFailure("cannot read s3://" + bucket + "/" + key, e);
        }
    }

    private List<S3Object> listAll(String prefix) {
        try {
            List<S3Object> objects = new ArrayList<>();
            ListObjectsV2Request request = ListObjectsV2Request.builder().bucket(bucket).prefix(prefix).maxKeys(pageSize).build();
            client.listObjectsV2Paginator(request).contents().forEach(objects::add);
            return objects;
        } catch (SdkException e) {
            throw readFailure("cannot list s3://" + bucket + "/" + prefix, e);
        }
    }

    private Optional<ReportEntry> toEntry(S3Object object) {
        return ReportKeyClassifier.classify(object.key(), settings.reportsRoot(), settings.snapshotPrefix())
                .map(c -> new ReportEntry(object.key(), c.layout(), c.categoryFolder(),
                        c.runTime().orElse(object.lastModified()), c.runTime().isPresent(),
                        object.lastModified(), object.size() == null ? 0 : object.size()));
    }

    private static MigrationException readFailure(String what, SdkException e) {
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
