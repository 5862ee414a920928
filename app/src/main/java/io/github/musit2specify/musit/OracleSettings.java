package io.github.musit2specify.musit;

import io.github.musit2specify.config.ConfigErrors;
import io.github.musit2specify.config.Env;

import java.util.Locale;

/**
 * An Oracle credential profile: {@code ORACLE_<ENV>_USER/_PASSWORD/_HOST/_SERVICE/_PORT}, or
 * {@code ORACLE_<ENV>_URL}, a full JDBC URL that replaces host, port and service (TNS aliases,
 * wallets, an H2 file in Oracle mode for rehearsals). With a URL, user and password are optional.
 */
public record OracleSettings(String profile, String jdbcUrl, String user, String password) {
    public static final String DEFAULT_PROFILE = "PROD";
    public static final int DEFAULT_PORT = 1553;

    public static OracleSettings fromEnv(Env env, String profile, ConfigErrors errors) {
        String p = profile.trim().toUpperCase(Locale.ROOT);
        String prefix = "ORACLE_" + p + "_";
        String neededFor = "needed for --oracle-env " + p;
        String override = env.get(prefix + "URL").orElse(null);
        if (override != null) {
            return new OracleSettings(p, override, env.get(prefix + "USER").orElse(null),
                    env.raw(prefix + "PASSWORD").orElse(null));
        }
        String user = errors.require(env, prefix + "USER", neededFor);
        String password = errors.require(env, prefix + "PASSWORD", neededFor);
        String host = errors.require(env, prefix + "HOST", neededFor);
        String service = errors.require(env, prefix + "SERVICE", neededFor);
        int port = DEFAULT_PORT;
        String portText = env.get(prefix + "PORT").orElse(null);
        if (portText != null) {
            try {
                port = Integer.parseInt(portText);
            } catch (NumberFormatException e) {
                errors.add(prefix + "PORT has the value '" + portText + "'; expected a port number");
            }
        }
        String url = host == null || service == null ? null : "jdbc:oracle:thin:@//" + host + ":" + port + "/" + service;
        return new OracleSettings(p, url, user, password);
    }

    /** The URL without any password it may carry, for messages. */
    public String describe() {
        if (jdbcUrl == null) {
            return "(incomplete: host or service missing)";
        }
        return jdbcUrl.replaceAll("(?i)(password=)[^;&]*", "$1****").replaceAll("//([^/:@]+):[^@/]*@", "//$1:****@");
    }

    @Override
    public String toString() {
        return "OracleSettings[profile=" + profile + ", url=" + describe() + ", user=" + user + ", password=****]";
    }
}
