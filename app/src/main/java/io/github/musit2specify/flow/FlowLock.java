package io.github.musit2specify.flow;

import io.github.musit2specify.error.ErrorCode;
import io.github.musit2specify.error.MigrationException;
import io.github.musit2specify.specify.SpecifyDatabase;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * A named MariaDB lock ({@code GET_LOCK}) held for the whole run on its own connection, so two runs of
 * one flow against one Specify database never interleave. The second run fails at once.
 */
public final class FlowLock implements AutoCloseable {
    private final Connection connection;
    private final String name;

    private FlowLock(Connection connection, String name) {
        this.connection = connection;
        this.name = name;
    }

    /** MariaDB lock names are server-wide: the database name keeps two Specify databases apart. */
    public static String lockName(String database, String flowId) {
        String name = "musit2specify." + database + "." + flowId;
        return name.length() <= 64 ? name : name.substring(0, 64);
    }

    public static FlowLock acquire(SpecifyDatabase db, String flowId) {
        String name = lockName(db.settings().database(), flowId);
        Connection c = null;
        try {
            c = db.connection();
            try (PreparedStatement ps = c.prepareStatement("SELECT GET_LOCK(?, 0)")) {
                ps.setString(1, name);
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    if (rs.getInt(1) != 1) {
                        throw new MigrationException(ErrorCode.LOCK_HELD, "another " + flowId
                                + " run holds the lock '" + name + "' on the Specify database "
                                + db.settings().describe() + "; wait for it to finish (SELECT IS_USED_LOCK('"
                                + name + "') shows the connection holding it)");
                    }
                }
            }
            return new FlowLock(c, name);
        } catch (SQLException e) {
            closeQuietly(c);
            throw new MigrationException(ErrorCode.SPECIFY_CONNECTION,
                    "cannot take the lock '" + name + "' on " + db.settings().describe() + ": " + e.getMessage(), e);
        } catch (RuntimeException e) {
            closeQuietly(c);
            throw e;
        }
    }

    public String name() {
        return name;
    }

    @Override
    public void close() {
        try (PreparedStatement ps = connection.prepareStatement("SELECT RELEASE_LOCK(?)")) {
            ps.setString(1, name);
            ps.execute();
        } catch (SQLException ignored) {
            // closing the connection below releases the lock as well
        } finally {
            closeQuietly(connection);
        }
    }

    private static void closeQuietly(Connection c) {
        if (c != null) {
            try {
                c.close();
            } catch (SQLException ignored) {
                // nothing left to do
            }
        }
    }
}
