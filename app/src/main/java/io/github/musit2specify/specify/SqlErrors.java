package io.github.musit2specify.specify;

import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;

/** Classifies JDBC failures by SQLState / type, never by message text. */
public final class SqlErrors {
    private SqlErrors() {
    }

    /** The connection is gone: retrying row by row would only repeat the failure for every row. */
    public static boolean isConnectionLoss(SQLException e) {
        String state = e.getSQLState();
        return e instanceof SQLNonTransientConnectionException || e instanceof SQLTransientConnectionException
                || (state != null && state.startsWith("08"));
    }

    /** The server's message without the driver's "(conn=N)" prefix, for report lines. */
    public static String reason(SQLException e) {
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return message.replaceFirst("^\\(conn=\\d+\\)\\s*", "");
    }
}
