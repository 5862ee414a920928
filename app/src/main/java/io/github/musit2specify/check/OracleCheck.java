package io.github.musit2specify.check;

import io.github.musit2specify.config.ConfigErrors;
import io.github.musit2specify.config.Env;
import io.github.musit2specify.error.MigrationException;
import io.github.musit2specify.musit.OracleSettings;

import java.util.Properties;

/** Connects with an Oracle credential profile (ORACLE_&lt;ENV&gt;_*) and runs {@code SELECT sysdate FROM dual}. */
public final class OracleCheck implements Check {
    private final Env env;
    private final String profile;

    public OracleCheck(Env env, String profile) {
        this.env = env;
        this.profile = profile;
    }

    @Override
    public String name() {
        return "Oracle";
    }

    @Override
    public CheckResult run() {
        OracleSettings settings;
        try {
            ConfigErrors errors = new ConfigErrors();
            settings = OracleSettings.fromEnv(env, profile, errors);
            errors.throwIfAny();
        } catch (MigrationException e) {
            String p = "ORACLE_" + profile.trim().toUpperCase(java.util.Locale.ROOT) + "_";
            return CheckResult.misconfigured(name(), e.getMessage(), "set " + p + "USER, " + p + "PASSWORD, " + p + "HOST, "
                    + p + "SERVICE (and " + p + "PORT), or a full JDBC URL in " + p + "URL");
        }
        Properties props = new Properties();
        if (settings.user() != null) {
            props.setProperty("user", settings.user());
        }
        if (settings.password() != null) {
            props.setProperty("password", settings.password());
        }
        if (settings.jdbcUrl().startsWith("jdbc:oracle:")) {
            props.setProperty("oracle.net.CONNECT_TIMEOUT", "10000");
            props.setProperty("oracle.jdbc.ReadTimeout", "30000");
        }
        return JdbcProbe.run(name(), settings.jdbcUrl(), props, "SELECT sysdate FROM dual",
                "profile " + settings.profile() + " (" + settings.describe() + ")",
                "check the ORACLE_" + settings.profile() + "_* variables and that the database is reachable from here");
    }
}
