package io.github.musit2specify.check;

import io.github.musit2specify.diagnosis.FailureHints;
import io.github.musit2specify.diagnosis.SqlFailure;

import io.github.musit2specify.config.ConfigErrors;
import io.github.musit2specify.config.Env;
import io.github.musit2specify.error.MigrationException;
import io.github.musit2specify.musit.OracleConnectionProperties;
import io.github.musit2specify.musit.OracleSettings;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;

/**
 * Connects with an Oracle credential profile (ORACLE_&lt;ENV&gt;_*) and shows what a first login to a new
 * database must see: the server, its character sets and the session's time zone (Oracle only), read
 * access to each MUSIT table, each flow's exact SELECT probed without reading rows (a missing column
 * names the flow and the column), and the execution plan of the actor read (Oracle only).
 */
public final class OracleCheck implements Check {
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
            OracleServer server = new OracleServer(name(), vendor == SqlFailure.Vendor.ORACLE);
            results.addAll(server.describe(c));
            for (String table : MusitTables.readByFlows()) {
                results.add(readAccess(c, table, vendor));
            }
            FlowQueryProbe probe = new FlowQueryProbe(name(), settings.profile(), vendor);
            for (MusitTables.FlowQuery query : MusitTables.flowQueries()) {
                results.add(probe.probe(c, query));
            }
            results.add(server.actorReadPlan(c));
        } catch (SQLException | RuntimeException e) {
            SqlFailure kind = SqlFailure.classify(e, vendor);
            results.add(CheckResult.fail(name(), target + ": " + Jdbc.cause(e),
                    FailureHints.oracle(kind, settings.profile(), settings.jdbcUrl())));
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

    /** The flows' driver properties (a shorter read timeout: everything here answers at once) and the login. */
    static Properties properties(OracleSettings settings) {
        Properties props = OracleConnectionProperties.forUrl(settings.jdbcUrl(), OracleConnectionProperties.CHECK_READ_TIMEOUT);
        if (settings.user() != null) {
            props.setProperty("user", settings.user());
        }
        if (settings.password() != null) {
            props.setProperty("password", settings.password());
        }
        return props;
    }
}
