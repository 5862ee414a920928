package io.github.musit2specify.check;

import io.github.musit2specify.diagnosis.FailureHints;
import io.github.musit2specify.diagnosis.SqlFailure;

import io.github.musit2specify.config.ConfigErrors;
import io.github.musit2specify.config.Env;
import io.github.musit2specify.error.MigrationException;
import io.github.musit2specify.specify.SpecifySettings;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;

/**
 * Connects to the Specify MariaDB (DATABASE_*, APP_USER_*) and reports the server version, whether
 * every table the flows write is there, whether Specify's setup has created an institution and
 * a division (the flows need both), and whether every discipline has its schema localization (which
 * only Specify's start-up creates for disciplines the structure sync made).
 */
public final class SpecifyCheck implements Check {
    static final int CONNECT_TIMEOUT_MS = 10_000;
    private static final SqlFailure.Vendor VENDOR = SqlFailure.Vendor.MARIADB;

    private final Env env;

    public SpecifyCheck(Env env) {
        this.env = env;
    }

    @Override
    public String name() {
        return "Specify";
    }

    @Override
    public List<CheckResult> run() {
        SpecifySettings settings;
        try {
            ConfigErrors errors = new ConfigErrors();
            settings = SpecifySettings.fromEnv(env, errors);
            errors.throwIfAny();
        } catch (MigrationException e) {
            return List.of(CheckResult.misconfigured(name(), e.getMessage(),
                    "set DATABASE_HOST, DATABASE_PORT, DATABASE_NAME, APP_USER_NAME and APP_USER_PASSWORD"));
        }
        String target = settings.describe() + " as " + settings.user();
        List<CheckResult> results = new ArrayList<>();
        try (Connection c = DriverManager.getConnection(settings.jdbcUrl(), properties(settings))) {
            results.add(CheckResult.ok(name(), target + ": connected, server " + Jdbc.single(c, "SELECT VERSION()")));
            results.add(localInfile(c));
            Set<String> missing = missingTables(c);
            results.add(missing.isEmpty()
                    ? CheckResult.ok(name(), "all " + SpecifyTables.WRITTEN_BY_FLOWS.size() + " tables the flows write are present")
                    : CheckResult.fail(name(), "missing table(s) in " + settings.database() + ": " + String.join(", ", missing),
                    FailureHints.missingTables()));
            if (!missing.contains("institution") && !missing.contains("division")) {
                results.add(institution(c));
            }
            if (!missing.contains("discipline") && !missing.contains("splocalecontainer")) {
                results.add(localization(c));
            }
        } catch (SQLException | RuntimeException e) {
            results.add(CheckResult.fail(name(), target + ": " + Jdbc.cause(e),
                    FailureHints.specify(SqlFailure.classify(e, VENDOR))));
        }
        return results;
    }

    /** The agents flow loads its batches with LOAD DATA LOCAL; without it, it falls back to INSERTs at half the speed. */
    private CheckResult localInfile(Connection c) throws SQLException {
        String value = Jdbc.single(c, "SELECT @@local_infile");
        if ("1".equals(value) || "ON".equalsIgnoreCase(value)) {
            return CheckResult.ok(name(), "local_infile is ON: migrate-musit-agents loads its batches with LOAD DATA LOCAL");
        }
        return CheckResult.warn(name(), "local_infile is OFF: migrate-musit-agents will write with multi-row INSERTs,"
                + " about half as fast", "SET GLOBAL local_infile = ON (or local-infile=1 in the server's configuration)"
                + " gives the speed back; the rows written are the same");
    }

    /** Tables the app user cannot see count as missing: information_schema lists only tables it has a grant on. */
    private static Set<String> missingTables(Connection c) throws SQLException {
        Set<String> present = new TreeSet<>();
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT TABLE_NAME FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE()");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                present.add(rs.getString(1).toLowerCase(Locale.ROOT));
            }
        }
        Set<String> missing = new TreeSet<>(SpecifyTables.WRITTEN_BY_FLOWS);
        missing.removeAll(present);
        return missing;
    }

    private CheckResult institution(Connection c) {
        try {
            List<String> names = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT Name FROM institution ORDER BY UserGroupScopeId");
                 ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    names.add(rs.getString(1));
                }
            }
            long divisions = Long.parseLong(Jdbc.single(c, "SELECT COUNT(*) FROM division"));
            String hint = "the Specify database must be initialised first: Specify's setup creates the institution "
                    + "and its first division";
            if (names.isEmpty()) {
                return CheckResult.fail(name(), "no institution", hint);
            }
            if (divisions == 0) {
                return CheckResult.fail(name(), "institution " + String.join(", ", names) + " but no division", hint);
            }
            return CheckResult.ok(name(), "institution " + String.join(", ", names) + ", " + divisions + " division(s)");
        } catch (SQLException e) {
            return CheckResult.fail(name(), "cannot read institution/division: " + Jdbc.cause(e),
                    FailureHints.specify(SqlFailure.classify(e, VENDOR)));
        }
    }

    /** Per discipline: are its field captions there? Only Specify's start-up creates them. */
    private CheckResult localization(Connection c) {
        try {
            List<String> lacking = SchemaLocalization.disciplinesLacking(c);
            if (lacking.isEmpty()) {
                return CheckResult.ok(name(), "schema localization present for all "
                        + SchemaLocalization.disciplineCount(c) + " discipline(s)");
            }
            return CheckResult.fail(name(), "no schema localization for discipline(s) " + String.join(", ", lacking),
                    SchemaLocalization.HINT);
        } catch (SQLException e) {
            return CheckResult.fail(name(), "cannot read the schema localization: " + Jdbc.cause(e),
                    FailureHints.specify(SqlFailure.classify(e, VENDOR)));
        }
    }

    private static Properties properties(SpecifySettings settings) {
        Properties props = new Properties();
        props.setProperty("user", settings.user());
        props.setProperty("password", settings.password());
        props.setProperty("connectTimeout", String.valueOf(CONNECT_TIMEOUT_MS));
        props.setProperty("socketTimeout", String.valueOf(3 * CONNECT_TIMEOUT_MS));
        return props;
    }
}
