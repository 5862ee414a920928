package io.github.musit2specify.flow.agents;

import io.github.musit2specify.check.MusitTables;
import io.github.musit2specify.config.Env;
import io.github.musit2specify.error.ErrorCode;
import io.github.musit2specify.error.MigrationException;
import io.github.musit2specify.flow.ErrorLines;
import io.github.musit2specify.flow.FlowLock;
import io.github.musit2specify.flow.Meanwhile;
import io.github.musit2specify.flow.MigrationFlow;
import io.github.musit2specify.flow.OpenedMeanwhile;
import io.github.musit2specify.flow.ProgressLog;
import io.github.musit2specify.flow.RunInterrupted;
import io.github.musit2specify.flow.RunTarget;
import io.github.musit2specify.flow.SourceAndTarget;
import io.github.musit2specify.flow.WriteGate;
import io.github.musit2specify.musit.MusitDatabase;
import io.github.musit2specify.musit.OracleSettings;
import io.github.musit2specify.report.ReportCategory;
import io.github.musit2specify.report.RunTimestamp;
import io.github.musit2specify.s3.S3Settings;
import io.github.musit2specify.snapshot.SchemaDrift;
import io.github.musit2specify.specify.SpecifyDatabase;
import io.github.musit2specify.specify.SpecifySettings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;

/**
 * Migrate MUSIT collection agents (phase 1.1, flows.md section 1): stream actors per schema, map
 * each to an agent, skip those whose marker exists, write the rest in batches (or only count them in
 * a dry run).
 */
public final class AgentsFlow implements MigrationFlow {
    private static final Logger LOG = LoggerFactory.getLogger(AgentsFlow.class);
    static final int PROGRESS_EVERY = 5_000;
    /**
     * From this many migrated actors in a schema on, a run reads their ids on two connections at once
     * (ActorSource.Split): on two cores a re-run of the bench's 100 % world took 2.03-2.21 s instead of
     * 2.28-2.43 s.
     */
    static final int SPLIT_FROM_MIGRATED = 20_000;

    private final AgentsParameters parameters;
    private final OracleSettings oracle;
    private final SpecifySettings specify;
    private final S3Settings s3;
    /** The run's counters and writer, readable by the runner when the run ends early. */
    private volatile AgentCounters live;
    private volatile AgentWriter liveWriter;
    private volatile boolean stopRequested;

    private AgentsFlow(AgentsParameters parameters, OracleSettings oracle, SpecifySettings specify, S3Settings s3) {
        this.parameters = parameters;
        this.oracle = oracle;
        this.specify = specify;
        this.s3 = s3;
    }

    /** Validates parameters and settings; fails with every missing variable named, before connecting. */
    public static AgentsFlow create(Env env, AgentsParameters parameters) {
        SourceAndTarget settings = SourceAndTarget.fromEnv(env, parameters.oracleEnv());
        return new AgentsFlow(parameters, settings.oracle(), settings.specify(), S3Settings.fromEnv(env));
    }

    static String errorLine(String schema, long actorId, String reason) {
        return "Error migrating " + schema + ".ACTOR_ID=" + actorId + ": " + reason;
    }

    @Override
    public ReportCategory category() {
        return ReportCategory.REPORT_CATEGORY_MUSIT_COLLECTION_AGENTS;
    }

    @Override
    public String oracleEnv() {
        return parameters.oracleEnv();
    }

    @Override
    public boolean dryRun() {
        return parameters.dryRun();
    }

    @Override
    public RunTarget target() {
        return new RunTarget(specify.describe(), oracle.location());
    }

    @Override
    public void requestStop() {
        stopRequested = true;
    }

    @Override
    public Map<String, Object> fieldsSoFar(ErrorLines errors) {
        AgentCounters counters = live;
        if (counters == null) {
            return MigrationFlow.super.fieldsSoFar(errors);
        }
        AgentWriter writer = liveWriter;
        return reportFields(counters, writer == null ? (parameters.dryRun() ? counters.toCreateCount() : 0)
                : writer.created(), errors);
    }

    /**
     * MUSIT is connected while Specify is (and its markers load); the S3 preflight ({@code gate}) and the
     * schema-drift look-up run while the flow loads markers and reads. Specify's failures come first, as
     * when the steps ran one after the other.
     */
    @Override
    public Map<String, Object> execute(String runTimestamp, ErrorLines errors, WriteGate gate) {
        LocalDateTime created = LocalDateTime.ofInstant(RunTimestamp.parse(runTimestamp).orElseThrow(), ZoneOffset.UTC);
        try (OpenedMeanwhile<MusitDatabase> musitOpening = OpenedMeanwhile.start(() -> MusitDatabase.open(oracle), "musit-connect");
             SpecifyDatabase db = SpecifyDatabase.open(specify);
             FlowLock lock = FlowLock.acquire(db, category().flowId())) {
            long divisionId = db.requireFirstDivisionId();
            MigratedActors migrated = loadMigrated(db);
            LOG.info("{} actors already migrated (markers found in agent.Remarks)", migrated.size());
            MusitDatabase musit = musitOpening.get();
            Meanwhile<List<String>> drift = Meanwhile.start("schema-drift", () -> SchemaDrift.warnings(s3, musit,
                    MusitTables.readByAgents(parameters.musitSchemas())));
            AgentCounters counters = new AgentCounters();
            AgentWriter writer = parameters.dryRun() ? null : new AgentWriter(db, divisionId, created, errors, gate,
                    parameters.batchSize());
            live = counters;
            liveWriter = writer;
            try {
                readAll(musit, migrated, counters, writer);
            } finally {
                if (writer != null) {
                    writer.close();
                }
            }
            Map<String, Object> fields = reportFields(counters, writer == null ? counters.toCreateCount() : writer.created(), errors);
            SchemaDrift.addTo(fields, drift.get());
            return fields;
        }
    }

    private MigratedActors loadMigrated(SpecifyDatabase db) {
        try (Connection c = db.connection()) {
            return MigratedActors.load(c);
        } catch (SQLException e) {
            throw new MigrationException(ErrorCode.SPECIFY_CONNECTION,
                    "cannot read existing agents from " + specify.describe() + ": " + e.getMessage(), e);
        }
    }

    private void readAll(MusitDatabase musit, MigratedActors migrated, AgentCounters counters, AgentWriter writer) {
        ProgressLog progress = new ProgressLog(LOG, "Actors", PROGRESS_EVERY, parameters.dryRun());
        try (Connection source = musit.connection()) {
            for (String schema : parameters.musitSchemas()) {
                counters.schemaSeen(schema);
                LOG.info("Reading actors of {}", schema);
                OptionalLong splitAt = migrated.middleId(schema, SPLIT_FROM_MIGRATED);
                ActorSource.Split split = splitAt.isPresent() ? new ActorSource.Split(splitAt.getAsLong(), musit::connection) : null;
                ActorSource.stream(source, schema, actorId -> !migrated.contains(schema, actorId), split, (actor, toMigrate) -> {
                    if (stopRequested) {
                        throw RunInterrupted.stopRequested();
                    }
                    counters.read(actor);
                    if (!toMigrate) {
                        counters.skipped();
                        LOG.debug("{}.ACTOR_ID={} already migrated", schema, actor.actorId());
                    } else {
                        counters.toCreate();
                        AgentRow row = AgentMapping.map(actor, counters.cuts());
                        if (writer != null) {
                            writer.add(row);
                        }
                    }
                    progress.tick(counters.extracted(), counters.toCreateCount(), counters.skippedCount());
                });
            }
            progress.done(counters.extracted(), counters.toCreateCount(), counters.skippedCount());
        } catch (SQLException e) {
            throw new MigrationException(ErrorCode.SOURCE_READ, "reading MUSIT actors (Oracle profile "
                    + oracle.profile() + ") failed: " + e.getMessage(), e);
        }
    }

    private Map<String, Object> reportFields(AgentCounters counters, long created, ErrorLines errors) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("musit_schemas", parameters.musitSchemas());
        fields.put("oracle_actors_extracted", counters.extracted());
        fields.put("oracle_rows_per_schema", counters.rowsPerSchema());
        fields.put("oracle_actor_type_counts", counters.actorTypeCounts());
        fields.put("agents_created", created);
        fields.put("agents_skipped", counters.skippedCount());
        fields.put("agents_linked", 0);
        fields.put("schemas_processed", List.copyOf(counters.rowsPerSchema().keySet()));
        fields.put("values_truncated", counters.cuts().truncated());
        fields.put("emails_left_out_too_long", counters.cuts().emailsLeftOut());
        fields.put("errors", errors.forReport());
        return fields;
    }
}
