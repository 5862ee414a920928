package io.github.musit2specify.flow.users;

/**
 * The lengths of the Specify columns Migrate Users writes, as declared in Specify's schema
 * ({@code specify-7.12.0.6-empty.sql}, the schema Specify's migrations create). VARCHAR lengths count characters (code points) in utf8mb4; MariaDB in
 * strict mode rejects a longer value ("Data too long"), so logins are validated against these first.
 */
public final class UserColumnLimits {
    public static final int SPECIFYUSER_NAME = 64;
    public static final int SPECIFYUSER_EMAIL = 64;
    public static final int AGENT_FIRST_NAME = 50;
    public static final int AGENT_LAST_NAME = 256;
    public static final int AGENT_EMAIL = 50;
    /**
     * {@code agent.Remarks} is LONGTEXT in Specify 7.12; remarks above TEXT's 65,535 bytes are refused all
     * the same, as no MUSIT user can need them and older Specify schemas declare TEXT.
     */
    public static final int AGENT_REMARKS_BYTES = 65_535;

    private UserColumnLimits() {
    }
}
