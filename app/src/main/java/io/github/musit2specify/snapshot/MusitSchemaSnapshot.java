package io.github.musit2specify.snapshot;

import io.github.musit2specify.config.ConfigErrors;
import io.github.musit2specify.config.Env;
import io.github.musit2specify.error.ErrorCode;
import io.github.musit2specify.error.MigrationException;
import io.github.musit2specify.musit.MusitDatabase;
import io.github.musit2specify.musit.OracleSettings;
import io.github.musit2specify.report.ReportPublisher;
import io.github.musit2specify.report.RunTimestamp;
import io.github.musit2specify.s3.S3Settings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/** {@code snapshot musit-schema}: read the MUSIT catalogue, build the artifacts, upload them. */
public final class MusitSchemaSnapshot {
    private static final Logger LOG = LoggerFactory.getLogger(MusitSchemaSnapshot.class);
    /** An unquoted Oracle identifier: what a schema name in --owners may be. */
    private static final Pattern OWNER = Pattern.compile("[A-Z][A-Z0-9_$#]{0,127}");

    private final OracleSettings oracle;
    private final S3Settings s3;
    private final ReportPublisher uploads;
    private final List<String> owners;

    private MusitSchemaSnapshot(OracleSettings oracle, S3Settings s3, ReportPublisher uploads, List<String> owners) {
        this.oracle = oracle;
        this.s3 = s3;
        this.uploads = uploads;
        this.owners = owners;
    }

    /** Validates the Oracle profile, the S3 settings and the owners before anything connects. */
    public static MusitSchemaSnapshot create(Env env, String oracleEnv, List<String> owners) {
        ConfigErrors errors = new ConfigErrors();
        OracleSettings oracle = OracleSettings.fromEnv(env, oracleEnv, errors);
        errors.throwIfAny();
        return new MusitSchemaSnapshot(oracle, S3Settings.fromEnv(env), ReportPublisher.fromEnv(env), owners(owners));
    }

    /** Upper-cased, de-duplicated; each must be a plain Oracle identifier. */
    static List<String> owners(List<String> raw) {
        List<String> owners = new ArrayList<>();
        for (String r : raw) {
            String owner = r.trim().toUpperCase(Locale.ROOT);
            if (!OWNER.matcher(owner).matches()) {
                throw new MigrationException(ErrorCode.USAGE, "--owners has the value '" + r.trim()
                        + "', which is not a schema name (letters, digits, _, $ and #, starting with a letter)");
            }
            if (!owners.contains(owner)) {
                owners.add(owner);
            }
        }
        return List.copyOf(owners);
    }

    /** What was read and where it went. */
    public record Result(String timestamp, String oracleEnv, List<String> owners, int tables, int columns,
                         int constraints, int indexes, int views, SnapshotPublisher.Published published) {
    }

    public Result take(Clock clock) {
        String timestamp = RunTimestamp.now(clock);
        SchemaCatalog catalog = read(timestamp);
        LOG.info("MUSIT catalogue read: {} tables, {} columns, {} constraints, {} indexes, {} views",
                catalog.tables().size(), catalog.columns().size(), catalog.constraints().size(),
                catalog.indexes().size(), catalog.views().size());
        Map<String, byte[]> files = SnapshotArtifacts.of(catalog);
        SnapshotPublisher.Published published = new SnapshotPublisher(s3, uploads).publish(timestamp, files);
        return new Result(timestamp, oracle.profile(), owners, catalog.tables().size(), catalog.columns().size(),
                catalog.constraints().size(), catalog.indexes().size(), catalog.views().size(), published);
    }

    private SchemaCatalog read(String timestamp) {
        try (MusitDatabase musit = MusitDatabase.open(oracle); Connection c = musit.connection()) {
            return new CatalogReader(c, owners).read(timestamp, oracle.profile());
        } catch (SQLException e) {
            throw new MigrationException(ErrorCode.SOURCE_READ, "reading the MUSIT catalogue (ALL_* views, Oracle profile "
                    + oracle.profile() + ") failed: " + e.getMessage(), e);
        }
    }
}
