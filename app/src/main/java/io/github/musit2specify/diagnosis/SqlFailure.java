package io.github.musit2specify.diagnosis;

import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.sql.SQLException;
import java.util.Set;

/**
 * Why a JDBC probe failed, decided from vendor error codes, SQLStates and the exception types in the
 * cause chain (never from message text, which differs by driver version and locale).
 */
public enum SqlFailure {
    REFUSED, UNKNOWN_HOST, TIMEOUT, UNKNOWN_SERVICE, UNKNOWN_SID, BAD_CREDENTIALS, ACCOUNT_LOCKED, UNKNOWN_DATABASE,
    MISSING_TABLE, MISSING_COLUMN, NO_PRIVILEGE, TIMEZONE_REGION, UNSUPPORTED_CHARSET, OTHER;

    // Oracle (ORA-nnnnn): listener and service
    static final int ORA_NO_LISTENER = 12541;
    static final int ORA_UNKNOWN_SERVICE = 12514;
    static final int ORA_UNKNOWN_SID = 12505;
    static final int ORA_CONNECT_TIMEOUT = 12170;
    // Oracle: login and access
    static final int ORA_BAD_CREDENTIALS = 1017;
    static final int ORA_ACCOUNT_LOCKED = 28000;
    static final int ORA_NO_TABLE = 942;
    static final int ORA_NO_PRIVILEGE = 1031;
    static final int ORA_INVALID_IDENTIFIER = 904;
    // Oracle: what only a real login shows
    static final int ORA_TIMEZONE_REGION_NOT_FOUND = 1882;
    /** ojdbc's own "Non supported character set (add orai18n.jar in your classpath)". */
    static final int OJDBC_UNSUPPORTED_CHARSET = 17056;
    // MariaDB / MySQL server errors
    static final int MARIADB_ACCESS_DENIED = 1045;
    static final int MARIADB_DB_ACCESS_DENIED = 1044;
    static final int MARIADB_UNKNOWN_DATABASE = 1049;
    static final int MARIADB_NO_TABLE = 1146;
    static final int MARIADB_TABLE_ACCESS_DENIED = 1142;
    // H2 (Oracle-mode rehearsal sources)
    static final int H2_NO_TABLE = 42102;
    static final int H2_NO_TABLE_WITH_CANDIDATES = 42103;
    static final int H2_NO_SCHEMA = 90079;
    static final int H2_BAD_CREDENTIALS = 28000;
    static final int H2_NO_DATABASE = 90146;
    static final int H2_NO_COLUMN = 42122;

    /** Which database answered: vendor codes overlap (28000 is a locked account on Oracle, bad credentials on H2). */
    public enum Vendor {
        ORACLE, MARIADB, H2, OTHER;

        public static Vendor ofUrl(String jdbcUrl) {
            String url = jdbcUrl == null ? "" : jdbcUrl.toLowerCase(java.util.Locale.ROOT);
            if (url.startsWith("jdbc:oracle:")) {
                return ORACLE;
            }
            if (url.startsWith("jdbc:mariadb:") || url.startsWith("jdbc:mysql:")) {
                return MARIADB;
            }
            return url.startsWith("jdbc:h2:") ? H2 : OTHER;
        }
    }

    public static SqlFailure classify(Throwable failure, Vendor vendor) {
        // the network cause wins: drivers wrap a refused socket in their own error codes
        if (hasCause(failure, UnknownHostException.class)) {
            return UNKNOWN_HOST;
        }
        if (hasCause(failure, ConnectException.class) || hasCause(failure, NoRouteToHostException.class)) {
            return REFUSED;
        }
        if (hasCause(failure, SocketTimeoutException.class)) {
            return TIMEOUT;
        }
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLException e) {
                SqlFailure kind = bySqlException(e, vendor);
                if (kind != OTHER) {
                    return kind;
                }
            }
        }
        return OTHER;
    }

    private static SqlFailure bySqlException(SQLException e, Vendor vendor) {
        int code = e.getErrorCode();
        String state = e.getSQLState() == null ? "" : e.getSQLState();
        switch (vendor) {
            case ORACLE -> {
                if (code == ORA_NO_LISTENER) {
                    return REFUSED;
                }
                if (code == ORA_UNKNOWN_SERVICE) {
                    return UNKNOWN_SERVICE;
                }
                if (code == ORA_UNKNOWN_SID) {
                    return UNKNOWN_SID;
                }
                if (code == ORA_INVALID_IDENTIFIER) {
                    return MISSING_COLUMN;
                }
                if (code == ORA_TIMEZONE_REGION_NOT_FOUND) {
                    return TIMEZONE_REGION;
                }
                if (code == OJDBC_UNSUPPORTED_CHARSET) {
                    return UNSUPPORTED_CHARSET;
                }
                if (code == ORA_CONNECT_TIMEOUT) {
                    return TIMEOUT;
                }
                if (code == ORA_BAD_CREDENTIALS) {
                    return BAD_CREDENTIALS;
                }
                if (code == ORA_ACCOUNT_LOCKED) {
                    return ACCOUNT_LOCKED;
                }
                if (code == ORA_NO_TABLE) {
                    return MISSING_TABLE;
                }
                if (code == ORA_NO_PRIVILEGE) {
                    return NO_PRIVILEGE;
                }
                return OTHER;
            }
            case MARIADB -> {
                if (code == MARIADB_ACCESS_DENIED) {
                    return BAD_CREDENTIALS;
                }
                if (code == MARIADB_UNKNOWN_DATABASE) {
                    return UNKNOWN_DATABASE;
                }
                if (code == MARIADB_DB_ACCESS_DENIED || code == MARIADB_TABLE_ACCESS_DENIED) {
                    return NO_PRIVILEGE;
                }
                if (code == MARIADB_NO_TABLE) {
                    return MISSING_TABLE;
                }
            }
            case H2 -> {
                if (Set.of(H2_NO_TABLE, H2_NO_TABLE_WITH_CANDIDATES, H2_NO_SCHEMA).contains(code)) {
                    return MISSING_TABLE;
                }
                if (code == H2_BAD_CREDENTIALS) {
                    return BAD_CREDENTIALS;
                }
                if (code == H2_NO_DATABASE) {
                    return UNKNOWN_DATABASE;
                }
                if (code == H2_NO_COLUMN) {
                    return MISSING_COLUMN;
                }
            }
            default -> {
            }
        }
        // standard SQLState classes, for drivers without a rule above
        if (state.startsWith("28")) {
            return BAD_CREDENTIALS;
        }
        if (state.equals("42S02")) {
            return MISSING_TABLE;
        }
        return OTHER;
    }

    private static boolean hasCause(Throwable failure, Class<? extends Throwable> type) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (type.isInstance(t)) {
                return true;
            }
        }
        return false;
    }
}
