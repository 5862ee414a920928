package io.github.musit2specify.specify.setup;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;

/**
 * Specify's rule that a login needs an agent in every division whose collections it opens
 * ({@code create_division}'s ensure_user_agent_for_division): every login that has an agent gets,
 * in each division where it has none, a copy of its first agent (type, names, e-mail, same login).
 * One statement; adds only what is missing, so a re-run adds nothing. Runs in the caller's transaction.
 */
public final class AgentCopies {
    /**
     * Logins' first agents and the (login, division) pairs that already have an agent, as derived
     * tables: MariaDB materialises each once with a key, so the cost stays linear in the agents even when
     * the table statistics are stale after a bulk load (correlated forms took minutes at 25,000 logins).
     */
    private static final String MISSING = "FROM (SELECT SpecifyUserID, MIN(AgentID) AS FirstAgentID FROM agent "
            + "WHERE SpecifyUserID IS NOT NULL GROUP BY SpecifyUserID) f "
            + "JOIN agent a ON a.AgentID = f.FirstAgentID "
            + "JOIN specifyuser u ON u.SpecifyUserID = a.SpecifyUserID CROSS JOIN division d "
            + "LEFT JOIN (SELECT DISTINCT SpecifyUserID, DivisionID FROM agent WHERE SpecifyUserID IS NOT NULL) x "
            + "ON x.SpecifyUserID = a.SpecifyUserID AND x.DivisionID = d.usergroupscopeid "
            + "WHERE x.SpecifyUserID IS NULL";
    private static final String INSERT = "INSERT INTO agent (AgentType, FirstName, LastName, Email, DivisionID, "
            + "SpecifyUserID, GUID, TimestampCreated, TimestampModified, version) "
            + "SELECT a.AgentType, a.FirstName, COALESCE(NULLIF(a.LastName, ''), NULLIF(u.Name, ''), 'User'), a.Email, "
            + "d.usergroupscopeid, a.SpecifyUserID, UUID(), NOW(6), NOW(6), 0 " + MISSING;
    private static final String COUNT = "SELECT COUNT(*) " + MISSING;

    private AgentCopies() {
    }

    /** Copies every login's agent into the (new) division; returns how many agents were added. */
    public static int intoDivision(Connection c, long divisionId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(INSERT + " AND d.usergroupscopeid = ?")) {
            ps.setLong(1, divisionId);
            return ps.executeUpdate();
        }
    }

    /** Adds the missing copies in every division; returns how many agents were added. */
    public static int everywhere(Connection c) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(INSERT)) {
            return ps.executeUpdate();
        }
    }

    /** How many copies {@link #everywhere} would add (for dry runs). */
    public static int missing(Connection c) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(COUNT); var rs = ps.executeQuery()) {
            rs.next();
            return rs.getInt(1);
        }
    }
}
