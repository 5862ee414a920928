package io.github.musit2specify.musit;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.github.musit2specify.diagnosis.FailureHints;
import io.github.musit2specify.diagnosis.SqlFailure;
import io.github.musit2specify.error.Causes;
import io.github.musit2specify.error.ErrorCode;
import io.github.musit2specify.error.MigrationException;
import org.h2.jdbcx.JdbcDataSource;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/** The read-only MUSIT (Oracle) source of one run. */
public final class MusitDatabase implements AutoCloseable {
    /** Rows per round trip when streaming; Oracle's default of 10 makes 250k rows crawl. */
    public static final int FETCH_SIZE = 5_000;

    private static final String H2_URL_PREFIX = "jdbc:h2:";

    private final OracleSettings settings;
    private final HikariDataSource dataSource;

    private MusitDatabase(OracleSettings settings, HikariDataSource dataSource) {
        this.settings = settings;
        this.dataSource = dataSource;
    }

    public static MusitDatabase open(OracleSettings settings) {
        HikariConfig config = poolConfig(settings);
        try {
            return new MusitDatabase(settings, new HikariDataSource(config));
        } catch (RuntimeException e) {
            SqlFailure kind = SqlFailure.classify(e, SqlFailure.Vendor.ofUrl(settings.jdbcUrl()));
            throw new MigrationException(ErrorCode.ORACLE_CONNECTION, "cannot connect to MUSIT (Oracle profile "
                    + settings.profile() + ", " + settings.describe() + "): " + Causes.rootMessage(e)
                    + " — " + FailureHints.oracle(kind, settings.profile(), settings.jdbcUrl()), e);
        }
    }

    /** The pool of a flow: read-only, small, and the Oracle driver properties of {@link OracleConnectionProperties}. */
    static HikariConfig poolConfig(OracleSettings settings) {
        HikariConfig config = new HikariConfig();
        config.setPoolName("musit-" + settings.profile());
        if (settings.jdbcUrl().startsWith(H2_URL_PREFIX)) {
            // a rehearsal on H2 opens H2 itself: DriverManager's first use would load every driver in the
            // jar, Oracle's with its management beans, which costs the run's start 0.1-0.2 s
            JdbcDataSource h2 = new JdbcDataSource();
            h2.setURL(settings.jdbcUrl());
            config.setDataSource(h2);
        } else {
            config.setJdbcUrl(settings.jdbcUrl());
        }
        if (settings.user() != null) {
            config.setUsername(settings.user());
        }
        if (settings.password() != null) {
            config.setPassword(settings.password());
        }
        config.setReadOnly(true);
        // the read, a re-run's second read of ids (ActorSource.Split) and the schema-drift look-up
        config.setMaximumPoolSize(3);
        config.setMinimumIdle(0);
        config.setConnectionTimeout(15_000);
        config.setInitializationFailTimeout(1);
        config.setDataSourceProperties(OracleConnectionProperties.forUrl(settings.jdbcUrl(),
                OracleConnectionProperties.FLOW_READ_TIMEOUT));
        return config;
    }

    public OracleSettings settings() {
        return settings;
    }

    public Connection connection() throws SQLException {
        return dataSource.getConnection();
    }

    /**
     * Starts a transaction in which every read sees the same moment of the database. ojdbc's
     * {@code setReadOnly(true)} is only a flag, so on Oracle this is {@code SET TRANSACTION READ ONLY}
     * (statement-level consistency becomes transaction-level). Other databases (H2 rehearsals) get a
     * plain transaction. End it with {@link Connection#rollback()}: nothing was written.
     */
    public void beginReadOnlySnapshot(Connection c) throws SQLException {
        c.setAutoCommit(false);
        if (OracleConnectionProperties.isOracle(settings.jdbcUrl())) {
            try (Statement st = c.createStatement()) {
                st.execute("SET TRANSACTION READ ONLY");
            }
        }
    }

    @Override
    public void close() {
        dataSource.close();
    }
}
