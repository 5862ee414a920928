package io.github.musit2specify.check;

import io.github.musit2specify.diagnosis.FailureHints;
import io.github.musit2specify.diagnosis.SqlFailure;

import io.github.musit2specify.config.ConfigErrors;
import io.github.musit2specify.config.Env;
import io.github.musit2specify.error.MigrationException;
import io.github.musit2specify.musit.OracleSettings;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;

/**
 * Connects with an Oracle credential profile (ORACLE_&lt;ENV&gt;_*), runs {@code SELECT sysdate FROM dual},
 * then proves read access to each MUSIT table the flows use, one result per table.
 */
public final class OracleCheck implements Check {
    static final String CONNECT_TIMEOUT_MS = "10000";
    static final String READ_TIMEOUT_MS = "30000";

    private final Env env;
    private final String profile;

    public OracleCheck(Env env, String profile) {
        this.env = env;
        this.profile = profile.trim().toUpperCase(Locale.ROOT);
    }

    @Override
    public String name() {
        return "Oracle";
    }

    @Override
    public List<CheckResult> run() {
        OracleSettings settings;
        try {
            ConfigErrors errors = new ConfigErrors();
            settings = OracleSettings.fromEnv(env, profile, errors);
            errors.throwIfAny();
        } catch (MigrationException e) {
            String p = "ORACLE_" + profile + "_";
            return List.of(CheckResult.misconfigured(name(), e.getMessage(), "set " + p + "USER, " + p + "PASSWORD, "
                    + p + "HOST, " + p + "SERVICE (and " + p + "PORT), or a full JDBC URL in " + p + "URL"));
        }
        SqlFailure.Vendor vendor = SqlFailure.Vendor.ofUrl(settings.jdbcUrl());
        String target = "profile " + settings.profile() + " (" + settings.describe() + ")";
        List<CheckResult> results = new ArrayList<>();
        try (Connection c = DriverManager.getConnection(settings.jdbcUrl(), properties(settings))) {
            String sysdate = Jdbc.single(c, "SELECT sysdate FROM dual");
            results.add(CheckResult.ok(name(), target + ": connected, SELECT sysdate FROM dual → " + sysdate));
            for (String table : MusitTables.readByFlows()) {
                results.add(readAccess(c, table, vendor));
            }
        } catch (SQLException | RuntimeException e) {
            SqlFailure kind = SqlFailure.classify(e, vendor);
            results.add(CheckResult.fail(name(), target + ": " + Jdbc.cause(e), FailureHints.oracle(kind, settings.profile())));
        }
        return results;
    }

    private CheckResult readAccess(Connection c, String table, SqlFailure.Vendor vendor) {
        // table names come from MusitTables constants, never from input
        String sql = "SELECT 1 FROM " + table + " WHERE 1=0";
        try {
            Jdbc.probe(c, sql);
            return CheckResult.ok(name(), "read " + table);
        } catch (SQLException e) {
            SqlFailure kind = SqlFailure.classify(e, vendor);
            return CheckResult.fail(name(), "read " + table + ": " + Jdbc.cause(e), FailureHints.oracle(kind, profile));
        }
    }

    private static Properties properties(OracleSettings settings) {
        Properties props = new Properties();
        if (settings.user() != null) {
            props.setProperty("user", settings.user());
        }
        if (settings.password() != null) {
            props.setProperty("password", settings.password());
        }
        if (settings.jdbcUrl().startsWith("jdbc:oracle:")) {
            props.setProperty("oracle.net.CONNECT_TIMEOUT", CONNECT_TIMEOUT_MS);
            props.setProperty("oracle.jdbc.ReadTimeout", READ_TIMEOUT_MS);
        }
        return props;
    }
}
