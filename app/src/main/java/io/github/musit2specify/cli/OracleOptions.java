package io.github.musit2specify.cli;

import io.github.musit2specify.musit.OracleSettings;
import picocli.CommandLine.Option;

/** The Oracle credential profile option of the verbs that read MUSIT. */
final class OracleOptions {
    @Option(names = "--oracle-env", paramLabel = "ENV", defaultValue = OracleSettings.DEFAULT_PROFILE,
            description = "Oracle credential profile: reads ORACLE_<ENV>_USER, _PASSWORD, _HOST, _SERVICE, _PORT "
                    + "(default 1553) or ORACLE_<ENV>_URL (default: ${DEFAULT-VALUE}).")
    String oracleEnv;
}
