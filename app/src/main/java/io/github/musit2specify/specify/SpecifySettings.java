package io.github.musit2specify.specify;

import io.github.musit2specify.config.ConfigErrors;
import io.github.musit2specify.config.Env;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/** Connection settings of the Specify MariaDB (flows.md, "Specify connection"). */
public record SpecifySettings(String host, int port, String database, String user, String password) {
    public static final String DEFAULT_HOST = "specify7-mariadb";
    public static final int DEFAULT_PORT = 3306;
    public static final String DEFAULT_DATABASE = "specify";
    public static final String DEFAULT_USER = "bn_specify";
    private static final Logger LOG = LoggerFactory.getLogger(SpecifySettings.class);

    /** A live run must name its target explicitly: these defaults would silently write to another database. */
    public static final List<String> REQUIRED_FOR_LIVE_RUNS = List.of("DATABASE_HOST", "DATABASE_NAME", "APP_USER_NAME");
    public static final Map<String, String> DEFAULTS = defaults();

    private static Map<String, String> defaults() {
        Map<String, String> d = new LinkedHashMap<>();
        d.put("DATABASE_HOST", DEFAULT_HOST);
        d.put("DATABASE_PORT", Integer.toString(DEFAULT_PORT));
        d.put("DATABASE_NAME", DEFAULT_DATABASE);
        d.put("APP_USER_NAME", DEFAULT_USER);
        return Collections.unmodifiableMap(d);
    }

    /** The variables of {@link #DEFAULTS} that are not set, in that order (their default values apply). */
    public static List<String> defaulted(Env env) {
        List<String> defaulted = new ArrayList<>();
        addIfUnset(defaulted, "DATABASE_HOST", env.get("DATABASE_HOST"));
        addIfUnset(defaulted, "DATABASE_PORT", env.get("DATABASE_PORT"));
        addIfUnset(defaulted, "DATABASE_NAME", env.get("DATABASE_NAME"));
        addIfUnset(defaulted, "APP_USER_NAME", env.get("APP_USER_NAME"));
        return List.copyOf(defaulted);
    }

    private static void addIfUnset(List<String> defaulted, String name, Optional<String> value) {
        if (value.isEmpty()) {
            defaulted.add(name);
        }
    }

    /**
     * A live run with DATABASE_HOST, DATABASE_NAME or APP_USER_NAME unset is a configuration failure naming
     * them; a dry run only gets a warning naming the defaults it uses.
     *
     * @return the problem of a live run, or empty
     */
    public static Optional<String> checkExplicitTarget(Env env, boolean dryRun) {
        List<String> defaulted = defaulted(env);
        if (defaulted.isEmpty()) {
            return Optional.empty();
        }
        String defaults = defaulted.stream().map(name -> name + "=" + DEFAULTS.get(name)).collect(Collectors.joining(", "));
        if (dryRun) {
            LOG.warn("Dry run with default Specify settings: {} (a live run needs DATABASE_HOST, DATABASE_NAME and"
                    + " APP_USER_NAME set explicitly)", defaults);
            return Optional.empty();
        }
        List<String> missing = defaulted.stream().filter(REQUIRED_FOR_LIVE_RUNS::contains).toList();
        if (missing.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(String.join(", ", missing) + (missing.size() == 1 ? " is" : " are")
                + " not set: a live run (--dry-run=false) writes only to a Specify database named explicitly"
                + " (the defaults would be " + defaults + ")");
    }

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
