package io.github.musit2specify.flow.structure;

import io.github.musit2specify.config.ConfigErrors;
import io.github.musit2specify.config.Env;
import io.github.musit2specify.error.ErrorCode;
import io.github.musit2specify.error.MigrationException;
import io.github.musit2specify.flow.ErrorLines;
import io.github.musit2specify.flow.FlowLock;
import io.github.musit2specify.flow.MigrationFlow;
import io.github.musit2specify.flow.RunTarget;
import io.github.musit2specify.flow.WriteGate;
import io.github.musit2specify.report.ReportCategory;
import io.github.musit2specify.specify.SpecifyDatabase;
import io.github.musit2specify.specify.SpecifySettings;
import io.github.musit2specify.specify.setup.SetupDefaults;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Map;

/**
 * Sync Specify structure (post-bootstrap): creates the divisions, disciplines and collections of the
 * config that the Specify database lacks, each with what Specify's own setup writes for it. Reads no Oracle.
 */
public final class SyncStructureFlow implements MigrationFlow {
    private static final Logger LOG = LoggerFactory.getLogger(SyncStructureFlow.class);
    private static final ReportCategory CATEGORY = ReportCategory.REPORT_CATEGORY_SPECIFY_STRUCTURE_SYNC;

    private final SpecifySettings settings;
    private final StructureConfigLoader.Loaded config;
    private final boolean dryRun;

    private SyncStructureFlow(SpecifySettings settings, StructureConfigLoader.Loaded config, boolean dryRun) {
        this.settings = settings;
        this.config = config;
        this.dryRun = dryRun;
    }

    /** Validates the settings and the YAML before anything connects (CONFIGURATION failure, exit 2). */
    public static SyncStructureFlow create(Env env, SyncStructureParameters parameters) {
        ConfigErrors errors = new ConfigErrors();
        SpecifySettings settings = SpecifySettings.fromEnv(env, errors);
        errors.throwIfAny();
        return new SyncStructureFlow(settings, StructureConfigLoader.load(parameters.configPath()), parameters.dryRun());
    }

    @Override
    public ReportCategory category() {
        return CATEGORY;
    }

    @Override
    public String oracleEnv() {
        return null;
    }

    @Override
    public RunTarget target() {
        return new RunTarget(settings.describe(), null);
    }

    @Override
    public boolean dryRun() {
        return dryRun;
    }

    /** The config path shown in the report: absolute, or classpath:structure/unimus_natur.yaml. */
    public String configPath() {
        return config.configPath();
    }

    /** Awaits the S3 preflight ({@code gate}) before it starts: the sync is short, and mostly writes. */
    @Override
    public Map<String, Object> execute(String runTimestamp, ErrorLines errors, WriteGate gate) {
        gate.awaitOpen();
        StructureConfig structure = config.config();
        LOG.info("Structure config {}: institution '{}', {} divisions, {} disciplines, {} collections",
                config.configPath(), structure.institutionName(), structure.divisions().size(),
                structure.disciplineCount(), structure.collectionCount());
        try (SpecifyDatabase db = SpecifyDatabase.open(settings);
             FlowLock lock = FlowLock.acquire(db, CATEGORY.flowId());
             Connection c = db.connection()) {
            ExistingStructure existing = ExistingStructure.read(c);
            ExistingStructure.Institution institution =
                    existing.requireInstitution(structure.institutionName(), settings.describe());
            StructureTally tally = new StructureReconciler(c, existing, SetupDefaults.current(), dryRun, errors)
                    .reconcile(structure, institution);
            LOG.info("{}divisions {} created / {} skipped, disciplines {} / {}, collections {} / {}, "
                            + "{} warnings, {} errors", dryRun ? "Dry run (nothing written): " : "",
                    tally.divisionsCreated, tally.divisionsSkipped, tally.disciplinesCreated, tally.disciplinesSkipped,
                    tally.collectionsCreated, tally.collectionsSkipped, tally.warnings().size(), tally.errorCount());
            tally.warnings().forEach(w -> LOG.warn("{}", w));
            return tally.reportFields(config.configPath());
        } catch (SQLException e) {
            throw new MigrationException(ErrorCode.SPECIFY_CONNECTION, "cannot read the structure of the Specify "
                    + "database " + settings.describe() + ": " + e.getMessage(), e);
        }
    }
}
