package io.github.musit2specify.flow;

import io.github.musit2specify.config.ConfigErrors;
import io.github.musit2specify.config.Env;
import io.github.musit2specify.musit.OracleSettings;
import io.github.musit2specify.specify.SpecifySettings;

/** The settings of a flow that reads MUSIT and writes Specify, validated together before anything connects. */
public record SourceAndTarget(OracleSettings oracle, SpecifySettings specify) {

    /** Throws one CONFIGURATION failure naming every missing ORACLE_&lt;ENV&gt;_* and Specify variable. */
    public static SourceAndTarget fromEnv(Env env, String oracleEnv) {
        ConfigErrors errors = new ConfigErrors();
        OracleSettings oracle = OracleSettings.fromEnv(env,
                oracleEnv == null || oracleEnv.isBlank() ? OracleSettings.DEFAULT_PROFILE : oracleEnv, errors);
        SpecifySettings specify = SpecifySettings.fromEnv(env, errors);
        errors.throwIfAny();
        return new SourceAndTarget(oracle, specify);
    }
}
