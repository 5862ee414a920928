package io.github.musit2specify.musit;

import io.github.musit2specify.config.ConfigErrors;
import io.github.musit2specify.config.Env;

import io.github.musit2specify.text.Redaction;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An Oracle credential profile: {@code ORACLE_<ENV>_USER/_PASSWORD/_HOST/_SERVICE/_PORT}, or
 * {@code ORACLE_<ENV>_URL}, a full JDBC URL that replaces host, port and service (TNS aliases,
 * wallets, an H2 file in Oracle mode for rehearsals). With a URL, user and password are optional.
 */
public record OracleSettings(String profile, String jdbcUrl, String user, String password) {
    public static final String DEFAULT_PROFILE = "PROD";
    public static final int DEFAULT_PORT = 1553;

    /** What --oracle-env accepts: it becomes part of variable names (ORACLE_&lt;ENV&gt;_USER). */
    public static final Pattern PROFILE_NAME = Pattern.compile("[A-Z][A-Z0-9_]*");

    public static OracleSettings fromEnv(Env env, String profile, ConfigErrors errors) {
        String p = profile.trim().toUpperCase(Locale.ROOT);
        if (!PROFILE_NAME.matcher(p).matches()) {
            errors.add("--oracle-env '" + profile + "' is not a profile name: expected a letter, then letters,"
                    + " digits or _ (e.g. PROD, TEST, UTV_2)");
            return new OracleSettings(p, null, null, null);
        }
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
        return Redaction.maskSecrets(jdbcUrl);
    }

    /**
     * Where MUSIT is, without any credentials, for the start line and the report: {@code host:port/service}
     * of an Oracle thin URL, else the URL without user, password and parameters.
     */
    public String location() {
        if (jdbcUrl == null) {
            return null;
        }
        Matcher thin = THIN_ADDRESS.matcher(jdbcUrl);
        if (thin.matches()) {
            return thin.group(1);
        }
        String withoutParameters = jdbcUrl.split("[;?]", 2)[0];
        return withoutParameters.replaceAll("//[^/@]*@", "//");
    }

    private static final Pattern THIN_ADDRESS = Pattern.compile("(?i)jdbc:oracle:thin:[^@]*@(?://)?([^?;]+).*");

    @Override
    public String toString() {
        return "OracleSettings[profile=" + profile + ", url=" + describe() + ", user=" + user + ", password=****]";
    }
}
