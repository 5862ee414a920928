package io.github.musit2specify.flow.agents;

import io.github.musit2specify.error.ErrorCode;
import io.github.musit2specify.error.MigrationException;
import io.github.musit2specify.musit.MusitSchemas;
import io.github.musit2specify.musit.OracleSettings;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Parameters of migrate-musit-agents, validated on construction (before anything connects). */
public record AgentsParameters(String oracleEnv, boolean dryRun, List<String> musitSchemas, int batchSize) {
    /** Agents per transaction: large enough for LOAD DATA's speed, small enough to commit within a second. */
    public static final int DEFAULT_BATCH_SIZE = 5_000;
    public static final int MAX_BATCH_SIZE = 50_000;

    public AgentsParameters(String oracleEnv, boolean dryRun, List<String> musitSchemas) {
        this(oracleEnv, dryRun, musitSchemas, DEFAULT_BATCH_SIZE);
    }

    public AgentsParameters {
        if (batchSize < 1 || batchSize > MAX_BATCH_SIZE) {
            throw new MigrationException(ErrorCode.USAGE, "--batch-size: " + batchSize + " is out of range; allowed: 1 to "
                    + MAX_BATCH_SIZE + " agents per transaction (default " + DEFAULT_BATCH_SIZE + ")");
        }
        if (oracleEnv == null || oracleEnv.isBlank()) {
            throw new MigrationException(ErrorCode.USAGE, "--oracle-env must not be blank");
        }
        oracleEnv = oracleEnv.strip().toUpperCase(Locale.ROOT);
        List<String> schemas = musitSchemas == null || musitSchemas.isEmpty() ? MusitSchemas.ACTOR_SCHEMAS : musitSchemas;
        List<String> normalised = new ArrayList<>();
        for (String schema : schemas) {
            String name = schema.strip().toUpperCase(Locale.ROOT);
            if (!MusitSchemas.ACTOR_SCHEMAS.contains(name)) {
                throw new MigrationException(ErrorCode.USAGE, "--musit-schemas: schema '" + schema.strip()
                        + "' is not allowed; allowed: " + String.join(", ", MusitSchemas.ACTOR_SCHEMAS));
            }
            if (!normalised.contains(name)) {
                normalised.add(MusitSchemas.requireActorSchema(name));
            }
        }
        musitSchemas = List.copyOf(normalised);
    }

    public static AgentsParameters defaults() {
        return new AgentsParameters(OracleSettings.DEFAULT_PROFILE, true, MusitSchemas.ACTOR_SCHEMAS);
    }
}
