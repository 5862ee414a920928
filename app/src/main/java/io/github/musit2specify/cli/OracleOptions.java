package io.github.musit2specify.cli;

import io.github.musit2specify.musit.OracleSettings;
import picocli.CommandLine;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.util.Locale;

/** The Oracle credential profile option of the verbs that read MUSIT. */
final class OracleOptions {
    @Spec(Spec.Target.MIXEE)
    CommandLine.Model.CommandSpec spec;

    String oracleEnv = OracleSettings.DEFAULT_PROFILE;

    /** The profile becomes part of variable names: only A-Z, 0-9 and _ (exit 2 otherwise). */
    @Option(names = "--oracle-env", paramLabel = "ENV", defaultValue = OracleSettings.DEFAULT_PROFILE,
            description = "Oracle credential profile (a letter, then letters, digits or _): reads ORACLE_<ENV>_USER, "
                    + "_PASSWORD, _HOST, _SERVICE, _PORT (default 1553) or ORACLE_<ENV>_URL (default: ${DEFAULT-VALUE}).")
    void oracleEnv(String value) {
        String profile = value.trim().toUpperCase(Locale.ROOT);
        if (!OracleSettings.PROFILE_NAME.matcher(profile).matches()) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--oracle-env '" + value
                    + "' is not a profile name: expected a letter, then letters, digits or _ (e.g. PROD, TEST, UTV_2)");
        }
        oracleEnv = profile;
    }
}
