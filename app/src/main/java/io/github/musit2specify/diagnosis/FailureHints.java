package io.github.musit2specify.diagnosis;

/**
 * What the operator should look at for each kind of failure, naming the exact variables of the
 * target: the Oracle profile's {@code ORACLE_<ENV>_*} or the Specify {@code DATABASE_*}/{@code APP_USER_*}.
 */
public final class FailureHints {
    private static final String NETWORK = "and that a firewall or network policy lets this host (or pod) reach it";

    private FailureHints() {
    }

    public static String oracle(SqlFailure kind, String profile) {
        String p = "ORACLE_" + profile + "_";
        String hostPort = p + "HOST and " + p + "PORT (default 1553; or the address in " + p + "URL)";
        return switch (kind) {
            case REFUSED -> "listener refused the connection: check " + hostPort + ", " + NETWORK;
            case UNKNOWN_HOST -> "the host name does not resolve: check " + p + "HOST (or " + p + "URL) and DNS where this runs";
            case TIMEOUT -> "no answer in time (a firewall dropping packets?): check " + hostPort + ", " + NETWORK;
            case UNKNOWN_SERVICE -> "the listener does not know this service name (ORA-12514): check " + p + "SERVICE";
            case BAD_CREDENTIALS -> "the login was refused (ORA-01017): check " + p + "USER and " + p + "PASSWORD";
            case ACCOUNT_LOCKED -> "the account " + p + "USER is locked (ORA-28000): ask the DBA to unlock it";
            case MISSING_TABLE, NO_PRIVILEGE -> "the table is missing or not readable by " + p + "USER: ask the DBA for "
                    + "SELECT on it (a grant), or check that the profile points at the MUSIT database holding this schema";
            case UNKNOWN_DATABASE -> "the database in " + p + "URL does not exist: check " + p + "URL";
            case OTHER -> "check the " + p + "* variables and that the database is reachable from here";
        };
    }

    public static String specify(SqlFailure kind) {
        String hostPort = "DATABASE_HOST and DATABASE_PORT (defaults specify7-mariadb, 3306)";
        return switch (kind) {
            case REFUSED -> "connection refused: check " + hostPort + ", " + NETWORK;
            case UNKNOWN_HOST -> "the host name does not resolve: check DATABASE_HOST and DNS where this runs";
            case TIMEOUT -> "no answer in time (a firewall dropping packets?): check " + hostPort + ", " + NETWORK;
            case BAD_CREDENTIALS, ACCOUNT_LOCKED -> "MariaDB refused the login (error 1045): check APP_USER_NAME and "
                    + "APP_USER_PASSWORD, and that this user may connect from this host";
            case UNKNOWN_DATABASE -> "the database does not exist (error 1049): check DATABASE_NAME";
            case NO_PRIVILEGE -> "APP_USER_NAME lacks privileges on DATABASE_NAME: grant it access to the Specify tables";
            case MISSING_TABLE -> missingTables();
            case UNKNOWN_SERVICE, OTHER ->
                    "check DATABASE_HOST/DATABASE_PORT/DATABASE_NAME, APP_USER_NAME/APP_USER_PASSWORD, and that MariaDB is reachable from here";
        };
    }

    public static String missingTables() {
        return "check that DATABASE_NAME is the Specify database (schema loaded by Specify's setup) and that "
                + "APP_USER_NAME has been granted access to these tables";
    }
}
