package io.github.musit2specify.check;

import io.github.musit2specify.config.ConfigErrors;
import io.github.musit2specify.config.Env;
import io.github.musit2specify.error.MigrationException;
import io.github.musit2specify.specify.SpecifySettings;

import java.util.Properties;

/** Connects to the Specify MariaDB (DATABASE_*, APP_USER_*) and runs {@code SELECT VERSION()}. */
public final class SpecifyCheck implements Check {
    static final int CONNECT_TIMEOUT_MS = 10_000;

    private final Env env;

    public SpecifyCheck(Env env) {
        this.env = env;
    }

    @Override
    public String name() {
        return "Specify";
    }

    @Override
    public CheckResult run() {
        SpecifySettings settings;
        try {
            ConfigErrors errors = new ConfigErrors();
            settings = SpecifySettings.fromEnv(env, errors);
            errors.throwIfAny();
        } catch (MigrationException e) {
            return CheckResult.misconfigured(name(), e.getMessage(),
                    "set DATABASE_HOST, DATABASE_PORT, DATABASE_NAME, APP_USER_NAME and APP_USER_PASSWORD");
        }
        Properties props = new Properties();
        props.setProperty("user", settings.user());
        props.setProperty("password", settings.password());
        props.setProperty("connectTimeout", String.valueOf(CONNECT_TIMEOUT_MS));
        props.setProperty("socketTimeout", String.valueOf(3 * CONNECT_TIMEOUT_MS));
        return JdbcProbe.run(name(), settings.jdbcUrl(), props, "SELECT VERSION()",
                settings.describe() + " as " + settings.user(),
                "check DATABASE_HOST/DATABASE_PORT/DATABASE_NAME, APP_USER_NAME/APP_USER_PASSWORD, and that MariaDB is reachable from here");
    }
}
