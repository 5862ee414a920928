package io.github.musit2specify.flow.agents;

import io.github.musit2specify.error.ErrorCode;
import io.github.musit2specify.error.MigrationException;
import io.github.musit2specify.musit.MusitSchemas;
import io.github.musit2specify.musit.OracleSettings;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Parameters of migrate-musit-agents, validated on construction (before anything connects). */
public record AgentsParameters(String oracleEnv, boolean dryRun, List<String> musitSchemas) {

    public AgentsParameters {
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
