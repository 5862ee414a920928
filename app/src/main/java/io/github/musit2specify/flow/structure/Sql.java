package io.github.musit2specify.flow.structure;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;

/** Small JDBC helpers of the structure writers. */
final class Sql {
    private Sql() {
    }

    interface Work<T> {
        T run(Connection c) throws SQLException;
    }

    /** Runs {@code work} in one transaction: all of it is committed, or none of it. */
    static <T> T inTransaction(Connection c, Work<T> work) throws SQLException {
        boolean autoCommit = c.getAutoCommit();
        c.setAutoCommit(false);
        try {
            T result = work.run(c);
            c.commit();
            return result;
        } catch (SQLException | RuntimeException e) {
            try {
                c.rollback();
            } catch (SQLException rollbackFailure) {
                e.addSuppressed(rollbackFailure);
            }
            throw e;
        } finally {
            c.setAutoCommit(autoCommit);
        }
    }

    /** Executes an INSERT prepared with RETURN_GENERATED_KEYS and returns the new row's id. */
    static long insert(PreparedStatement ps) throws SQLException {
        ps.executeUpdate();
        try (ResultSet keys = ps.getGeneratedKeys()) {
            if (!keys.next()) {
                throw new SQLException("the database returned no generated id");
            }
            return keys.getLong(1);
        }
    }

    /**
     * A lost connection fails the run; anything else is a problem of one row. Asks the connection rather
     * than trusting the exception class: MariaDB Connector/J maps SQL states it does not know (such as a
     * trigger's SIGNAL '45000') to SQLTransientConnectionException.
     */
    static boolean isConnectionFailure(Connection c, SQLException e) {
        if (e instanceof SQLNonTransientConnectionException || e.getSQLState() != null && e.getSQLState().startsWith("08")) {
            return true;
        }
        try {
            return !c.isValid(CONNECTION_CHECK_SECONDS);
        } catch (SQLException checkFailed) {
            return true;
        }
    }

    private static final int CONNECTION_CHECK_SECONDS = 5;
}
