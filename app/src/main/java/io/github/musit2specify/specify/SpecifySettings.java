package io.github.musit2specify.specify;

import io.github.musit2specify.config.ConfigErrors;
import io.github.musit2specify.config.Env;

/** Connection settings of the Specify MariaDB (flows.md, "Specify connection"). */
public record SpecifySettings(String host, int port, String database, String user, String password) {
    public static final String DEFAULT_HOST = "specify7-mariadb";
    public static final int DEFAULT_PORT = 3306;
    public static final String DEFAULT_DATABASE = "specify";
    public static final String DEFAULT_USER = "bn_specify";

    public static SpecifySettings fromEnv(Env env, ConfigErrors errors) {
        int port = DEFAULT_PORT;
        String portText = env.get("DATABASE_PORT").orElse(null);
        if (portText != null) {
            try {
                port = Integer.parseInt(portText);
            } catch (NumberFormatException e) {
                errors.add("DATABASE_PORT has the value '" + portText + "'; expected a port number");
            }
        }
        return new SpecifySettings(
                env.getOrDefault("DATABASE_HOST", DEFAULT_HOST),
                port,
                env.getOrDefault("DATABASE_NAME", DEFAULT_DATABASE),
                env.getOrDefault("APP_USER_NAME", DEFAULT_USER),
                errors.require(env, "APP_USER_PASSWORD", "the Specify database password"));
    }

    public String jdbcUrl() {
        return "jdbc:mariadb://" + host + ":" + port + "/" + database;
    }

    /** host:port/database, for messages. */
    public String describe() {
        return host + ":" + port + "/" + database;
    }

    @Override
    public String toString() {
        return "SpecifySettings[" + describe() + ", user=" + user + ", password=****]";
    }
}
