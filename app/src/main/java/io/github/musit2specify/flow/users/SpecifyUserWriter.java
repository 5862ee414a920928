package io.github.musit2specify.flow.users;

import io.github.musit2specify.error.ErrorCode;
import io.github.musit2specify.error.MigrationException;
import io.github.musit2specify.specify.BatchHalving;
import io.github.musit2specify.specify.SqlErrors;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes each login together with its agent, never one without the other. A chunk of users is one
 * transaction of three statements whatever its size: one multi-row INSERT of the logins, one SELECT of
 * their generated ids, one multi-row INSERT of their agents, then one commit. MariaDB parses and
 * executes one statement per chunk instead of one per row, and a chunk costs three round trips instead
 * of one per login. When any statement fails, the chunk is
 * rolled back and its two halves are written again, down to single users, so only the failing users are
 * left out, each with its reason, and their neighbours are written.
 */
final class SpecifyUserWriter {
    static final String USER_TYPE = "Manager";
    static final int AGENT_TYPE_PERSON = 1;
    private static final String INSERT_USERS = "INSERT INTO specifyuser (Name, EMail, UserType, IsLoggedIn,"
            + " IsLoggedInReport, Password, TimestampCreated, TimestampModified, Version) VALUES ";
    private static final String USER_VALUES = "(?, ?, '" + USER_TYPE + "', 0, 0, ?, NOW(), NOW(), 0)";
    private static final String SELECT_IDS = "SELECT Name, SpecifyUserID FROM specifyuser WHERE SpecifyUserID >= ?";
    /** Specify's ORM gives every new agent a random GUID; so does this. */
    private static final String INSERT_AGENTS = "INSERT INTO agent (AgentType, FirstName, LastName, Email, DivisionID,"
            + " SpecifyUserID, Remarks, GUID, TimestampCreated, TimestampModified, Version) VALUES ";

    private final Connection connection;
    /** The chunk's division is the same for every agent, so it is a literal. */
    private final String agentValues;

    /** A failed user: its login and why. */
    record Failure(String login, String reason) {
    }

    /** What one chunk came to. */
    record Outcome(int usersCreated, int agentsCreated, int agentsLinked, List<Failure> failures) {
    }

    SpecifyUserWriter(Connection connection, long divisionId) throws SQLException {
        this.connection = connection;
        this.agentValues = "(" + AGENT_TYPE_PERSON + ", ?, ?, ?, " + divisionId + ", ?, ?, UUID(), NOW(), NOW(), 0)";
        connection.setAutoCommit(false);
    }

    Outcome write(List<PlannedUser> chunk) {
        List<Failure> failures = new ArrayList<>();
        int created = write(chunk, failures);
        return new Outcome(created, created, created, failures);
    }

    /** Writes {@code users} in one transaction, or else each half on its own; returns how many were written. */
    private int write(List<PlannedUser> users, List<Failure> failures) {
        try {
            return BatchHalving.write(connection, users, this::insert,
                    (user, reason) -> failures.add(new Failure(user.login(), reason(reason))));
        } catch (SQLException e) {
            throw lost(e); // a lost connection ends the run: every further user would fail the same way
        }
    }

    /** One transaction: the logins, their ids, their agents, commit. */
    private void insert(List<PlannedUser> users) throws SQLException {
        long firstId;
        try (PreparedStatement ps = connection.prepareStatement(BatchHalving.multiRowInsert(INSERT_USERS, USER_VALUES, users.size()),
                Statement.RETURN_GENERATED_KEYS)) {
            int p = 0;
            for (PlannedUser user : users) {
                ps.setString(++p, user.login());
                setNullable(ps, ++p, user.email());
                ps.setString(++p, UnusablePassword.next());
            }
            ps.executeUpdate();
            firstId = firstGeneratedId(ps);
        }
        Map<String, Long> ids = idsOf(users, firstId);
        try (PreparedStatement ps = connection.prepareStatement(BatchHalving.multiRowInsert(INSERT_AGENTS, agentValues, users.size()))) {
            int p = 0;
            for (PlannedUser user : users) {
                setNullable(ps, ++p, user.name().first());
                ps.setString(++p, user.name().last());
                setNullable(ps, ++p, user.email());
                ps.setLong(++p, ids.get(user.login()));
                ps.setString(++p, user.remarks());
            }
            ps.executeUpdate();
        }
        connection.commit();
    }

    /**
     * The generated SpecifyUserID of each login just inserted: the statement's first id is the smallest of
     * its rows (auto-increment values only grow, also when other sessions insert at the same time), so the
     * ids from there on hold them all; the unique name tells which is which.
     */
    private Map<String, Long> idsOf(List<PlannedUser> users, long firstId) throws SQLException {
        if (users.size() == 1) {
            return Map.of(users.get(0).login(), firstId);
        }
        Map<String, Long> ids = new HashMap<>();
        try (PreparedStatement ps = connection.prepareStatement(SELECT_IDS)) {
            ps.setLong(1, firstId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    ids.put(rs.getString(1), rs.getLong(2));
                }
            }
        }
        for (PlannedUser user : users) {
            if (!ids.containsKey(user.login())) {
                throw new SQLException("the database returned no SpecifyUserID for the new login");
            }
        }
        return ids;
    }

    private static long firstGeneratedId(PreparedStatement insert) throws SQLException {
        try (ResultSet keys = insert.getGeneratedKeys()) {
            if (!keys.next()) {
                throw new SQLException("the database returned no SpecifyUserID for the new logins");
            }
            return keys.getLong(1);
        }
    }

    private static void setNullable(PreparedStatement ps, int index, String value) throws SQLException {
        if (value == null) {
            ps.setNull(index, Types.VARCHAR);
        } else {
            ps.setString(index, value);
        }
    }

    private static MigrationException lost(SQLException e) {
        return new MigrationException(ErrorCode.SPECIFY_WRITE,
                "lost the Specify database while writing logins: " + e.getMessage(), e);
    }

    /** The database's reason, classified by SQLState (22001 "Data too long", 23xxx duplicate login). */
    static String reason(SQLException e) {
        String state = e.getSQLState() == null ? "" : e.getSQLState();
        String message = SqlErrors.reason(e);
        if (state.equals("22001")) {
            return "a value is too long for its column: " + message;
        }
        if (state.startsWith("23")) {
            return "the database refused the login (constraint): " + message;
        }
        return message;
    }
}
