package io.github.musit2specify.cli;

import io.github.musit2specify.flow.agents.AgentsFlow;
import io.github.musit2specify.flow.agents.AgentsParameters;
import io.github.musit2specify.musit.MusitSchemas;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.util.List;
import java.util.concurrent.Callable;

@Command(name = "migrate-musit-agents", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Migrate MUSIT collection agents (phase 1.1): one Specify agent per MUSIT actor "
                + "(ACTOR + its valid PERSON_NAME). Re-runs skip actors already migrated (marker in agent.Remarks).",
                "Report: {S3_MIGRATION_REPORTS_PREFIX}/collection-agents-musit-actor-person-name/{ts}/report.json"})
final class MigrateAgentsCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    OracleOptions oracle;

    @Mixin
    FlowOptions flow;

    @Option(names = "--musit-schemas", split = ",", paramLabel = "S1,S2",
            description = "MUSIT schemas to read (default: both of " + MusitSchemas.BOTANY + ", "
                    + MusitSchemas.ENTOMOLOGY + "; no other name is allowed).")
    List<String> schemas;

    @Option(names = "--batch-size", paramLabel = "N", defaultValue = "" + AgentsParameters.DEFAULT_BATCH_SIZE,
            description = "Agents written per transaction (default: ${DEFAULT-VALUE}; 1 to " + AgentsParameters.MAX_BATCH_SIZE
                    + "). A failed or stopped run has committed whole batches only; a re-run adds the rest.")
    int batchSize;

    @Override
    public Integer call() {
        AgentsParameters parameters = new AgentsParameters(oracle.oracleEnv, flow.dryRun, schemas, batchSize);
        return FlowCommands.run(spec, flow, env -> AgentsFlow.create(env, parameters));
    }
}
