package io.github.musit2specify.flow.users;

/**
 * The lengths of the Specify columns Migrate Users writes, as declared in Specify's schema
 * ({@code specify7-empty.sql}). VARCHAR lengths count characters (code points) in utf8mb4; MariaDB in
 * strict mode rejects a longer value ("Data too long"), so logins are validated against these first.
 */
public final class UserColumnLimits {
    public static final int SPECIFYUSER_NAME = 64;
    public static final int SPECIFYUSER_EMAIL = 64;
    public static final int AGENT_FIRST_NAME = 50;
    public static final int AGENT_LAST_NAME = 256;
    public static final int AGENT_EMAIL = 50;
    /** {@code agent.Remarks} is TEXT: at most 65,535 bytes. */
    public static final int AGENT_REMARKS_BYTES = 65_535;

    private UserColumnLimits() {
    }
}
