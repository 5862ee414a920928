package io.github.musit2specify.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.github.musit2specify.error.ErrorCode;
import io.github.musit2specify.error.MigrationException;
import io.github.musit2specify.json.Json;
import io.github.musit2specify.s3.S3Settings;
import io.github.musit2specify.snapshot.MusitSchemaSnapshot;
import io.github.musit2specify.snapshot.SchemaCatalog;
import io.github.musit2specify.snapshot.SnapshotDiff;
import io.github.musit2specify.snapshot.SnapshotStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

@Command(name = "snapshot",
        description = {"MUSIT schema snapshots under {S3_PREFIX:-oracle-schema}/snapshots/{YYYYMMDDTHHMMSSZ}/, "
                + "and the drift between two of them (see docs/snapshots.md)."},
        mixinStandardHelpOptions = true,
        subcommands = {SnapshotCommand.Take.class, SnapshotCommand.ListSnapshots.class, SnapshotCommand.Diff.class})
final class SnapshotCommand {

    @Command(name = "musit-schema", mixinStandardHelpOptions = true, sortOptions = false,
            description = {"Read the catalogue of the MUSIT schemas (ALL_TABLES, ALL_TAB_COLUMNS, ALL_CONSTRAINTS,"
                    + " ALL_INDEXES, ALL_VIEWS) and upload schema_catalog.json, tables.csv, columns.csv, constraints.csv,"
                    + " indexes.csv, views.csv and schema.dbml to {S3_PREFIX}/snapshots/{YYYYMMDDTHHMMSSZ}/, then over"
                    + " the flat latest keys {S3_PREFIX}/<file>.",
                    "Without S3_BUCKET nothing is uploaded (SNAPSHOT_SKIP in the log)."})
    static final class Take implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Mixin
        OracleOptions oracle;

        @Option(names = "--owners", split = ",", paramLabel = "SCHEMA",
                description = "Only these schemas, e.g. MUSIT_BOTANIKK_FELLES,USD_METADATA (default: every schema the"
                        + " account can see that Oracle does not maintain).")
        List<String> owners = new ArrayList<>();

        @Option(names = "--json", description = "Print one JSON object on stdout.")
        boolean json;

        @Override
        public Integer call() {
            MusitSchemaSnapshot.Result r = MusitSchemaSnapshot.create(RootCommand.of(spec).env(), oracle.oracleEnv, owners)
                    .take(Clock.systemUTC());
            PrintWriter out = spec.commandLine().getOut();
            if (json) {
                Map<String, Object> map = new LinkedHashMap<>();
                map.put("generated_at_utc", r.timestamp());
                map.put("oracle_env", r.oracleEnv());
                map.put("owners", r.owners());
                map.put("tables", r.tables());
                map.put("columns", r.columns());
                map.put("constraints", r.constraints());
                map.put("indexes", r.indexes());
                map.put("views", r.views());
                map.put("folder", r.published().folder());
                map.put("snapshot_uploaded", r.published().snapshotUploaded());
                map.put("uploaded", r.published().uploaded());
                printJson(out, map);
            } else {
                out.println("MUSIT schema snapshot " + r.timestamp() + " (Oracle profile " + r.oracleEnv() + "): "
                        + r.tables() + " tables, " + r.columns() + " columns, " + r.constraints() + " constraints, "
                        + r.indexes() + " indexes, " + r.views() + " views");
                out.println(r.published().snapshotUploaded()
                        ? "  uploaded " + r.published().uploaded().size() + " files to " + r.published().folder()
                        + " and the latest keys"
                        : "  not uploaded (S3_BUCKET is not set): would go to " + r.published().folder());
            }
            out.flush();
            return 0;
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true,
            description = "List the snapshots in {S3_PREFIX}/snapshots/, newest first.")
    static final class ListSnapshots implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Option(names = "--json", description = "Print one JSON object on stdout.")
        boolean json;

        @Override
        public Integer call() {
            List<SnapshotStore.Entry> entries;
            String bucket;
            String prefix;
            try (SnapshotStore store = SnapshotStore.open(S3Settings.fromEnv(RootCommand.of(spec).env()))) {
                bucket = store.bucket();
                prefix = store.keys().foldersPrefix();
                entries = store.list();
            }
            PrintWriter out = spec.commandLine().getOut();
            if (json) {
                List<Map<String, Object>> rows = new ArrayList<>();
                for (SnapshotStore.Entry e : entries) {
                    Map<String, Object> row = new LinkedHashMap<>();
                    row.put("timestamp", e.timestamp());
                    row.put("folder", e.folder());
                    row.put("complete", e.complete());
                    row.put("files", e.files());
                    row.put("size", e.size());
                    rows.add(row);
                }
                Map<String, Object> map = new LinkedHashMap<>();
                map.put("bucket", bucket);
                map.put("prefix", prefix);
                map.put("count", rows.size());
                map.put("snapshots", rows);
                printJson(out, map);
            } else if (entries.isEmpty()) {
                out.println("No snapshots in s3://" + bucket + "/" + prefix + " (take one with: musit2specify snapshot musit-schema)");
            } else {
                out.printf("%-17s %-6s %10s  %s%n", "TAKEN (UTC)", "FILES", "BYTES", "FOLDER");
                for (SnapshotStore.Entry e : entries) {
                    out.printf("%-17s %-6s %10d  %s%s%n", e.timestamp(), e.files().size(), e.size(), e.folder(),
                            e.complete() ? "" : "  (incomplete: no schema_catalog.json)");
                }
                out.println(entries.size() + (entries.size() == 1 ? " snapshot" : " snapshots") + " in s3://" + bucket);
            }
            out.flush();
            return 0;
        }
    }

    @Command(name = "diff", mixinStandardHelpOptions = true, sortOptions = false,
            description = {"What changed from snapshot A to snapshot B: tables and views added/removed, columns"
                    + " added/removed/changed (type, length, nullability), constraints and indexes added/removed,"
                    + " NUM_ROWS changes of at least --rows-threshold percent.",
                    "A and B: latest, previous, a timestamp from `snapshot list`, or a local schema_catalog.json."})
    static final class Diff implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Parameters(index = "0", paramLabel = "A", description = "The earlier snapshot, e.g. previous.")
        String a;

        @Parameters(index = "1", paramLabel = "B", description = "The later snapshot, e.g. latest.")
        String b;

        @Option(names = "--rows-threshold", paramLabel = "PERCENT",
                description = "Smallest NUM_ROWS change shown, in percent of A (default: ${DEFAULT-VALUE}).")
        double rowsThreshold = SnapshotDiff.DEFAULT_ROW_THRESHOLD_PERCENT;

        @Option(names = "--json", description = "Print one JSON object on stdout.")
        boolean json;

        @Override
        public Integer call() {
            if (rowsThreshold < 0) {
                throw new MigrationException(ErrorCode.USAGE, "--rows-threshold has the value " + rowsThreshold
                        + "; expected a percentage >= 0");
            }
            SchemaCatalog before;
            SchemaCatalog after;
            if (isLocalFile(a) && isLocalFile(b)) {
                before = readLocal(a);
                after = readLocal(b);
            } else {
                try (SnapshotStore store = SnapshotStore.open(S3Settings.fromEnv(RootCommand.of(spec).env()))) {
                    before = isLocalFile(a) ? readLocal(a) : store.read(store.resolve(a));
                    after = isLocalFile(b) ? readLocal(b) : store.read(store.resolve(b));
                }
            }
            SnapshotDiff diff = SnapshotDiff.between(before, after, rowsThreshold);
            PrintWriter out = spec.commandLine().getOut();
            if (json) {
                try {
                    out.println(SchemaCatalog.jsonMapper().writeValueAsString(diff));
                } catch (JsonProcessingException e) {
                    throw new IllegalStateException(e);
                }
            } else {
                out.print(diff.toText());
            }
            out.flush();
            return 0;
        }

        private static boolean isLocalFile(String ref) {
            return ref.endsWith(".json") && Files.isRegularFile(Path.of(ref));
        }

        private static SchemaCatalog readLocal(String file) {
            try {
                return SchemaCatalog.fromJson(Files.readAllBytes(Path.of(file)));
            } catch (IOException e) {
                throw new MigrationException(ErrorCode.USAGE, file + " is not a readable schema_catalog.json: " + e.getMessage(), e);
            }
        }
    }

    private static void printJson(PrintWriter out, Object value) {
        try {
            out.println(Json.MAPPER.writeValueAsString(value));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
