package io.github.musit2specify.snapshot;

import io.github.musit2specify.musit.MusitDatabase;
import io.github.musit2specify.s3.S3Clients;
import io.github.musit2specify.s3.S3Settings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.services.s3.S3Client;

import java.sql.Connection;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Before a flow reads MUSIT: do the tables and columns it reads (check/MusitTables) still look as in
 * the latest schema snapshot? One S3 listing, one GET and one ALL_TAB_COLUMNS query. Advisory only:
 * each difference becomes a warning (log and report); no bucket or no snapshot means nothing to
 * compare, and a check that cannot run is logged and skipped, never failing the flow.
 */
public final class SchemaDrift {
    private static final Logger LOG = LoggerFactory.getLogger(SchemaDrift.class);
    /** The report field the warnings go to (a list shared with other warnings, if the flow has one). */
    public static final String REPORT_FIELD = "warnings";

    private SchemaDrift() {
    }

    /** As {@link #warnings(S3Client, S3Settings, MusitDatabase, Map)} on the invocation's shared client. */
    public static List<String> warnings(S3Settings s3, MusitDatabase musit, Map<String, List<String>> columnsRead) {
        if (s3.bucket().isEmpty()) {
            return List.of();
        }
        return warnings(S3Clients.invocation().client(s3), s3, musit, columnsRead);
    }

    /**
     * @param client      the invocation's shared client (S3Clients), left open; safe to call from any thread
     * @param columnsRead {@code SCHEMA.TABLE} → the columns the flow reads
     */
    public static List<String> warnings(S3Client client, S3Settings s3, MusitDatabase musit, Map<String, List<String>> columnsRead) {
        if (s3.bucket().isEmpty()) {
            return List.of();
        }
        try (SnapshotStore store = SnapshotStore.open(client, s3)) {
            var latest = store.latest();
            if (latest.isEmpty()) {
                LOG.info("No MUSIT schema snapshot in s3://{}/{} to compare the tables read with", store.bucket(),
                        store.keys().foldersPrefix());
                return List.of();
            }
            SchemaCatalog snapshot = store.read(latest.get().timestamp());
            SchemaCatalog now;
            try (Connection c = musit.connection()) {
                now = new SchemaCatalog(SchemaCatalog.VERSION, "now", null, List.of(), List.of(),
                        new CatalogReader(c, owners(columnsRead)).columns(), List.of(), List.of(), List.of());
            }
            List<String> warnings = compare(snapshot, now, columnsRead);
            warnings.forEach(w -> LOG.warn("{}", w));
            if (warnings.isEmpty()) {
                LOG.info("The MUSIT tables and columns read match the schema snapshot {}", snapshot.generatedAtUtc());
            }
            return warnings;
        } catch (Exception e) {
            LOG.warn("MUSIT schema drift check skipped: {}", e.getMessage());
            return List.of();
        }
    }

    /**
     * The differences, restricted to the tables and columns read, as warning lines. Schemas the snapshot
     * does not cover at all (taken with other --owners) are not compared.
     */
    static List<String> compare(SchemaCatalog snapshot, SchemaCatalog now, Map<String, List<String>> columnsRead) {
        Set<String> covered = new LinkedHashSet<>();
        snapshot.columns().forEach(c -> covered.add(c.owner()));
        Map<String, List<String>> comparable = new LinkedHashMap<>();
        columnsRead.forEach((table, columns) -> {
            if (covered.contains(table.substring(0, table.indexOf('.')))) {
                comparable.put(table, columns);
            }
        });
        SnapshotDiff diff = SnapshotDiff.between(restrict(snapshot, comparable), restrict(now, comparable), Double.MAX_VALUE);
        String since = "MUSIT schema drift since snapshot " + snapshot.generatedAtUtc() + ": ";
        List<String> warnings = new ArrayList<>();
        diff.tablesRemoved().forEach(t -> warnings.add(since + "table " + t + " is gone (or not visible to this account)"));
        diff.tablesAdded().forEach(t -> warnings.add(since + "table " + t + " was not in the snapshot"));
        diff.columnsRemoved().forEach(c -> warnings.add(since + "column " + c + " is gone"));
        diff.columnsAdded().forEach(c -> warnings.add(since + "column " + c + " was not in the snapshot"));
        diff.columnsChanged().forEach(c -> warnings.add(since + "column " + c.column() + " was " + c.before() + ", is " + c.after()));
        return warnings;
    }

    /** Adds {@code warnings} to the report's warnings list (created when there is none and there is something to say). */
    @SuppressWarnings("unchecked")
    public static void addTo(Map<String, Object> reportFields, List<String> warnings) {
        if (warnings.isEmpty()) {
            return;
        }
        Object existing = reportFields.get(REPORT_FIELD);
        List<Object> all = new ArrayList<>(existing instanceof List<?> list ? (List<Object>) list : List.of());
        all.addAll(warnings);
        reportFields.put(REPORT_FIELD, all);
    }

    /** Only the tables read (present when they have a column) and, in them, only the columns read. */
    private static SchemaCatalog restrict(SchemaCatalog catalog, Map<String, List<String>> columnsRead) {
        List<SchemaCatalog.Column> columns = catalog.columns().stream()
                .filter(c -> columnsRead.getOrDefault(c.owner() + "." + c.tableName(), List.of()).contains(c.columnName()))
                .toList();
        Set<String> present = new LinkedHashSet<>();
        catalog.columns().stream().map(c -> c.owner() + "." + c.tableName()).filter(columnsRead::containsKey).forEach(present::add);
        List<SchemaCatalog.Table> tables = present.stream()
                .map(t -> new SchemaCatalog.Table(t.substring(0, t.indexOf('.')), t.substring(t.indexOf('.') + 1), null, null))
                .toList();
        return new SchemaCatalog(catalog.catalogVersion(), catalog.generatedAtUtc(), catalog.oracleEnv(), List.of(),
                tables, columns, List.of(), List.of(), List.of());
    }

    private static List<String> owners(Map<String, List<String>> columnsRead) {
        return columnsRead.keySet().stream().map(t -> t.substring(0, t.indexOf('.'))).distinct().toList();
    }
}
