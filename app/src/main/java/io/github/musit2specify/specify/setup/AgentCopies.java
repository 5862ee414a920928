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
    private static final String INSERT = "INSERT INTO agent (AgentType, FirstName, LastName, Email, DivisionID, "
            + "SpecifyUserID, GUID, TimestampCreated, TimestampModified, version) "
            + "SELECT a.AgentType, a.FirstName, COALESCE(NULLIF(a.LastName, ''), NULLIF(u.Name, ''), 'User'), a.Email, "
            + "d.usergroupscopeid, a.SpecifyUserID, UUID(), NOW(6), NOW(6), 0 "
            + "FROM agent a JOIN specifyuser u ON u.SpecifyUserID = a.SpecifyUserID CROSS JOIN division d "
            + "WHERE a.AgentID = (SELECT MIN(f.AgentID) FROM agent f WHERE f.SpecifyUserID = a.SpecifyUserID) "
            + "AND NOT EXISTS (SELECT 1 FROM agent x WHERE x.SpecifyUserID = a.SpecifyUserID "
            + "AND x.DivisionID = d.usergroupscopeid)";
    private static final String COUNT = "SELECT COUNT(*) FROM specifyuser u CROSS JOIN division d "
            + "WHERE EXISTS (SELECT 1 FROM agent a WHERE a.SpecifyUserID = u.SpecifyUserID) "
            + "AND NOT EXISTS (SELECT 1 FROM agent x WHERE x.SpecifyUserID = u.SpecifyUserID "
            + "AND x.DivisionID = d.usergroupscopeid)";

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
