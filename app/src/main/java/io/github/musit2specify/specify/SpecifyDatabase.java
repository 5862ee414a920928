package io.github.musit2specify.specify;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.github.musit2specify.diagnosis.FailureHints;
import io.github.musit2specify.diagnosis.SqlFailure;
import io.github.musit2specify.error.Causes;
import io.github.musit2specify.error.ErrorCode;
import io.github.musit2specify.error.MigrationException;
import org.mariadb.jdbc.MariaDbDataSource;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;

/** The pooled Specify connection of one run, plus the few schema facts every flow needs. */
public final class SpecifyDatabase implements AutoCloseable {
    private final SpecifySettings settings;
    private final HikariDataSource dataSource;

    private SpecifyDatabase(SpecifySettings settings, HikariDataSource dataSource) {
        this.settings = settings;
        this.dataSource = dataSource;
    }

    public static SpecifyDatabase open(SpecifySettings settings) {
        try {
            return new SpecifyDatabase(settings, new HikariDataSource(poolConfig(settings)));
        } catch (RuntimeException | SQLException e) {
            throw new MigrationException(ErrorCode.SPECIFY_CONNECTION, "cannot connect to the Specify database "
                    + settings.describe() + " as " + settings.user() + ": " + Causes.rootMessage(e)
                    + " — " + FailureHints.specify(SqlFailure.classify(e, SqlFailure.Vendor.MARIADB)), e);
        }
    }

    /**
     * The pool takes Connector/J's own DataSource (HikariCP's preferred set-up), not a JDBC URL: that
     * would go through DriverManager, whose first use loads every driver in the jar, Oracle's with its
     * management beans, and makes the Specify connection wait for that (a tenth of a second and more
     * of a run's start).
     */
    static HikariConfig poolConfig(SpecifySettings settings) throws SQLException {
        HikariConfig config = new HikariConfig();
        config.setPoolName("specify");
        // useBulkStmts: batched INSERTs go as one bulk command. allowLocalInfile: the agents flow loads its
        // batches with LOAD DATA LOCAL from memory (the stream set on the statement); Connector/J 3 refuses
        // any file that the statement itself does not name.
        config.setDataSource(new MariaDbDataSource(settings.jdbcUrl()
                + "?useBulkStmts=true&allowLocalInfile=true&connectTimeout=10000"));
        config.setUsername(settings.user());
        config.setPassword(settings.password());
        config.setMaximumPoolSize(4);
        config.setMinimumIdle(0);
        config.setConnectionTimeout(10_000);
        config.setInitializationFailTimeout(1);
        return config;
    }

    public SpecifySettings settings() {
        return settings;
    }

    public Connection connection() throws SQLException {
        return dataSource.getConnection();
    }

    /** The lowest division id, where flows attach their agents. */
    public static Optional<Long> firstDivisionId(Connection c) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT MIN(UserGroupScopeId) FROM division");
             ResultSet rs = ps.executeQuery()) {
            rs.next();
            long id = rs.getLong(1);
            return rs.wasNull() ? Optional.empty() : Optional.of(id);
        }
    }

    /** The first division, or the failure every flow gives on an uninitialised Specify database. */
    public long requireFirstDivisionId() {
        try (Connection c = connection()) {
            return firstDivisionId(c).orElseThrow(() -> new MigrationException(ErrorCode.SPECIFY_STATE,
                    "the Specify database " + settings.describe() + " has no division: "
                            + "the Specify database must be initialised first (Specify's setup creates institution and division)"));
        } catch (SQLException e) {
            throw new MigrationException(ErrorCode.SPECIFY_CONNECTION,
                    "cannot read divisions from " + settings.describe() + ": " + e.getMessage(), e);
        }
    }

    @Override
    public void close() {
        dataSource.close();
    }
}
