package io.github.musit2specify.diagnosis;

/**
 * What the operator should look at for each kind of failure, naming the exact variables of the
 * target: the Oracle profile's {@code ORACLE_<ENV>_*} or the Specify {@code DATABASE_*}/{@code APP_USER_*}.
 */
public final class FailureHints {
    private static final String NETWORK = "and that a firewall or network policy lets this host (or pod) reach it";

    private FailureHints() {
    }

    /**
     * As {@link #oracle(SqlFailure, String)}, but a URL naming a TNS alias without saying where
     * {@code tnsnames.ora} is gets that hint first: the driver cannot resolve the alias at all then.
     */
    public static String oracle(SqlFailure kind, String profile, String jdbcUrl) {
        if (TnsAlias.lacksTnsAdmin(jdbcUrl)) {
            String p = "ORACLE_" + profile + "_URL";
            return p + " names a TNS alias but not where tnsnames.ora is: add ?TNS_ADMIN=/directory/with/tnsnames.ora"
                    + " to " + p + " (docs/operations.md, section 6)";
        }
        return oracle(kind, profile);
    }

    public static String oracle(SqlFailure kind, String profile) {
        String p = "ORACLE_" + profile + "_";
        String hostPort = p + "HOST and " + p + "PORT (default 1553; or the address in " + p + "URL)";
        return switch (kind) {
            case REFUSED -> "listener refused the connection: check " + hostPort + ", " + NETWORK;
            case UNKNOWN_HOST -> "the host name does not resolve: check " + p + "HOST (or " + p + "URL) and DNS where this runs";
            case TIMEOUT -> "no answer in time (a firewall dropping packets?): check " + hostPort + ", " + NETWORK;
            case UNKNOWN_SERVICE -> "the listener does not know this service name (ORA-12514): check " + p + "SERVICE;"
                    + " if the DBA gave a SID, not a service name, set " + p + "URL=jdbc:oracle:thin:@HOST:PORT:SID"
                    + " (a colon before a SID, //HOST:PORT/ before a service name)";
            case UNKNOWN_SID -> "the listener does not know this SID (ORA-12505): " + p + "URL names a SID"
                    + " (@HOST:PORT:SID); if the DBA gave a service name, use jdbc:oracle:thin:@//HOST:PORT/SERVICE"
                    + " or set " + p + "HOST and " + p + "SERVICE instead of " + p + "URL";
            case BAD_CREDENTIALS -> "the login was refused (ORA-01017): check " + p + "USER and " + p + "PASSWORD";
            case ACCOUNT_LOCKED -> "the account " + p + "USER is locked (ORA-28000): ask the DBA to unlock it";
            case MISSING_TABLE, NO_PRIVILEGE -> "the table is missing or not readable by " + p + "USER: ask the DBA for "
                    + "SELECT on it (a grant), or check that the profile points at the MUSIT database holding this schema";
            case UNKNOWN_DATABASE -> "the database in " + p + "URL does not exist: check " + p + "URL";
            case MISSING_COLUMN -> "a column the flow reads does not exist (ORA-00904 invalid identifier): check that "
                    + p + "* points at the MUSIT database the flows were written for (docs/operations.md lists"
                    + " what `check` probes), and ask the DBA whether the column was renamed or dropped";
            case TIMEZONE_REGION -> "the server does not know the client's time-zone region (ORA-01882; its time-zone"
                    + " file is older than the JVM's): musit2specify connects with oracle.jdbc.timezoneAsRegion=false;"
                    + " where that is not set, run with TZ=UTC (-Duser.timezone=UTC), and ask the DBA to update the"
                    + " server's time-zone file";
            case UNSUPPORTED_CHARSET -> "the driver cannot convert the database character set (ORA-17056): run the"
                    + " shaded jar musit2specify.jar or the image, which carry orai18n; a class path without orai18n"
                    + " (e.g. musit2specify-lib.jar alone) handles only US7ASCII, WE8ISO8859P1 and the UTF-8 sets";
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
            case MISSING_COLUMN -> "a column the flow needs is missing: check that DATABASE_NAME is a Specify 7 database"
                    + " of the expected version";
            case UNKNOWN_SERVICE, UNKNOWN_SID, TIMEZONE_REGION, UNSUPPORTED_CHARSET, OTHER ->
                    "check DATABASE_HOST/DATABASE_PORT/DATABASE_NAME, APP_USER_NAME/APP_USER_PASSWORD, and that MariaDB is reachable from here";
        };
    }

    public static String missingTables() {
        return "check that DATABASE_NAME is the Specify database (schema loaded by Specify's setup) and that "
                + "APP_USER_NAME has been granted access to these tables";
    }
}
