package io.github.musit2specify.flow.users;

import io.github.musit2specify.config.Env;
import io.github.musit2specify.error.ErrorCode;
import io.github.musit2specify.error.MigrationException;
import io.github.musit2specify.flow.ErrorLines;
import io.github.musit2specify.flow.FlowLock;
import io.github.musit2specify.flow.SourceAndTarget;
import io.github.musit2specify.flow.MigrationFlow;
import io.github.musit2specify.flow.RunTarget;
import io.github.musit2specify.flow.WriteGate;
import io.github.musit2specify.musit.OracleSettings;
import io.github.musit2specify.report.ReportCategory;
import io.github.musit2specify.s3.S3Settings;
import io.github.musit2specify.snapshot.SchemaDrift;
import io.github.musit2specify.specify.SpecifyDatabase;
import io.github.musit2specify.specify.SpecifySettings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Migrate Users (phase 1.4, flows.md section 2): MUSIT application users ({@code USD_METADATA}) become
 * Specify logins, each with its agent. The users are read from MUSIT while the run connects to Specify;
 * then, under the flow lock (held in dry runs too, so a dry run never reads half of a live run): apply
 * the per-user rules, write or count, report.
 */
public final class UsersFlow implements MigrationFlow {
    private static final Logger LOG = LoggerFactory.getLogger(UsersFlow.class);

    private final OracleSettings oracle;
    private final SpecifySettings specify;
    private final boolean dryRun;
    private final S3Settings s3;
    /** The run's migrator and groups, for the report of a run that fails midway. */
    private volatile UserMigrator live;
    private volatile GroupInventory liveGroups;

    private UsersFlow(OracleSettings oracle, SpecifySettings specify, boolean dryRun, S3Settings s3) {
        this.oracle = oracle;
        this.specify = specify;
        this.dryRun = dryRun;
        this.s3 = s3;
    }

    /**
     * Validates every setting before anything connects and throws one CONFIGURATION failure naming all
     * that are missing (ORACLE_&lt;ENV&gt;_*, APP_USER_PASSWORD).
     */
    public static UsersFlow create(Env env, String oracleEnv, boolean dryRun) {
        SourceAndTarget settings = SourceAndTarget.fromEnv(env, oracleEnv);
        return new UsersFlow(settings.oracle(), settings.specify(), dryRun, S3Settings.fromEnv(env));
    }

    @Override
    public ReportCategory category() {
        return ReportCategory.REPORT_CATEGORY_APP_USERS_BRUKARAR;
    }

    @Override
    public String oracleEnv() {
        return oracle.profile();
    }

    @Override
    public RunTarget target() {
        return new RunTarget(specify.describe(), oracle.location());
    }

    @Override
    public boolean dryRun() {
        return dryRun;
    }

    /**
     * MUSIT is read (and the schema drift looked up) while the run connects to Specify and takes the lock;
     * the S3 preflight ({@code gate}) runs meanwhile too and is awaited right before the first write.
     */
    @Override
    public Map<String, Object> execute(String runTimestamp, ErrorLines errors, WriteGate gate) {
        MusitUsersRead read = MusitUsersRead.start(oracle, s3);
        try (SpecifyDatabase db = SpecifyDatabase.open(specify);
             FlowLock lock = FlowLock.acquire(db, category().flowId())) {
            long divisionId = db.requireFirstDivisionId();
            MusitUsersRead.Source source = read.await();
            List<MusitUser> users = source.users();
            LOG.info("Read {} MUSIT users from {}.BRUKARAR", users.size(), MusitUserReader.SCHEMA);
            gate.awaitOpen();
            UserMigrator.Counts counts;
            try (Connection c = db.connection()) {
                liveGroups = GroupInventory.of(users);
                live = new UserMigrator(c, divisionId, dryRun, errors);
                counts = live.migrate(users);
            } catch (SQLException e) {
                throw new MigrationException(ErrorCode.SPECIFY_WRITE, "Migrate Users failed on the Specify database "
                        + specify.describe() + ": " + e.getMessage(), e);
            }
            Map<String, Object> fields = reportFields(counts, liveGroups);
            SchemaDrift.addTo(fields, source.drift());
            return fields;
        }
    }

    @Override
    public Map<String, Object> fieldsSoFar(ErrorLines errors) {
        UserMigrator migrator = live;
        return migrator == null ? MigrationFlow.super.fieldsSoFar(errors) : reportFields(migrator.soFar(), liveGroups);
    }

    private Map<String, Object> reportFields(UserMigrator.Counts counts, GroupInventory groups) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("users_created", counts.usersCreated());
        fields.put("users_skipped", counts.usersSkipped());
        fields.put("agents_created", counts.agentsCreated());
        fields.put("agents_linked", dryRun ? 0 : counts.agentsLinked());
        fields.put("errors", counts.errors().forReport());
        fields.put("group_to_museum_mapping", groups.forReport());
        return fields;
    }
}
