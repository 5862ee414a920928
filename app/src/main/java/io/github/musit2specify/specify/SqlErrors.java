package io.github.musit2specify.specify;

import java.sql.Connection;
import java.sql.SQLException;

/** Classifies JDBC failures by SQLState / type, never by message text. */
public final class SqlErrors {
    private SqlErrors() {
    }

    /**
     * The connection is gone: retrying row by row would only repeat the failure for every row. Asks
     * the connection itself, because Connector/J reports server errors it does not know (such as a
     * trigger's SIGNAL SQLSTATE '45000') as SQLTransientConnectionException.
     */
    public static boolean isConnectionLoss(Connection connection, SQLException e) {
        String state = e.getSQLState();
        if (state != null && state.startsWith("08")) {
            return true;
        }
        try {
            return !connection.isValid(5);
        } catch (SQLException notValid) {
            return true;
        }
    }

    /** The server's message without the driver's "(conn=N)" prefix, for report lines. */
    public static String reason(SQLException e) {
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return message.replaceFirst("^\\(conn=\\d+\\)\\s*", "");
    }
}
