package io.github.musit2specify.flow.users;

import io.github.musit2specify.error.ErrorCode;
import io.github.musit2specify.error.MigrationException;
import io.github.musit2specify.specify.SqlErrors;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes each login together with its agent, never one without the other. A chunk of users goes in
 * one transaction (one commit per chunk instead of one per user: commits cost a disk flush each),
 * the logins one by one for their generated ids, the agents in one batch; when any statement of the
 * chunk fails, the chunk is rolled back and written again one user per transaction, so only the
 * failing users are left out, each with its reason.
 */
final class SpecifyUserWriter {
    static final String INSERT_USER = "INSERT INTO specifyuser (Name, EMail, UserType, IsLoggedIn, IsLoggedInReport,"
            + " Password, TimestampCreated, TimestampModified, Version) VALUES (?, ?, ?, ?, ?, ?, NOW(), NOW(), 0)";
    /** Specify's ORM gives every new agent a random GUID; so does this. */
    static final String INSERT_AGENT = "INSERT INTO agent (AgentType, FirstName, LastName, Email, DivisionID,"
            + " SpecifyUserID, Remarks, GUID, TimestampCreated, TimestampModified, Version)"
            + " VALUES (?, ?, ?, ?, ?, ?, ?, UUID(), NOW(), NOW(), 0)";
    static final String USER_TYPE = "Manager";
    static final int AGENT_TYPE_PERSON = 1;

    private final Connection connection;
    private final long divisionId;
    private final PreparedStatement insertUser;
    private final PreparedStatement insertAgent;

    /** A failed user: its login and why. */
    record Failure(String login, String reason) {
    }

    /** What one chunk came to. */
    record Outcome(int usersCreated, int agentsCreated, int agentsLinked, List<Failure> failures) {
    }

    SpecifyUserWriter(Connection connection, long divisionId) throws SQLException {
        this.connection = connection;
        this.divisionId = divisionId;
        connection.setAutoCommit(false);
        this.insertUser = connection.prepareStatement(INSERT_USER, Statement.RETURN_GENERATED_KEYS);
        this.insertAgent = connection.prepareStatement(INSERT_AGENT);
    }

    Outcome write(List<PlannedUser> chunk) {
        if (chunk.isEmpty()) {
            return new Outcome(0, 0, 0, List.of());
        }
        try {
            insert(chunk);
            return new Outcome(chunk.size(), chunk.size(), chunk.size(), List.of());
        } catch (SQLException chunkFailure) {
            rollback(chunkFailure);
        }
        return writeOneByOne(chunk);
    }

    private Outcome writeOneByOne(List<PlannedUser> chunk) {
        int created = 0;
        List<Failure> failures = new ArrayList<>();
        for (PlannedUser user : chunk) {
            try {
                insert(List.of(user));
                created++;
            } catch (SQLException e) {
                rollback(e);
                failures.add(new Failure(user.login(), reason(e)));
            }
        }
        return new Outcome(created, created, created, failures);
    }

    /** One transaction: each login (for its generated id), then their agents in one batch, then commit. */
    private void insert(List<PlannedUser> users) throws SQLException {
        insertAgent.clearBatch();
        for (PlannedUser user : users) {
            long userId = insertLogin(user);
            insertAgent.setInt(1, AGENT_TYPE_PERSON);
            setNullable(insertAgent, 2, user.name().first());
            insertAgent.setString(3, user.name().last());
            setNullable(insertAgent, 4, user.email());
            insertAgent.setLong(5, divisionId);
            insertAgent.setLong(6, userId);
            insertAgent.setString(7, user.remarks());
            insertAgent.addBatch();
        }
        insertAgent.executeBatch();
        connection.commit();
    }

    private long insertLogin(PlannedUser user) throws SQLException {
        insertUser.setString(1, user.login());
        setNullable(insertUser, 2, user.email());
        insertUser.setString(3, USER_TYPE);
        insertUser.setBoolean(4, false);
        insertUser.setBoolean(5, false);
        insertUser.setString(6, UnusablePassword.next());
        insertUser.executeUpdate();
        try (ResultSet keys = insertUser.getGeneratedKeys()) {
            if (!keys.next()) {
                throw new SQLException("the database returned no SpecifyUserID for the new login");
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

    /** Rolls back; a lost connection ends the run (every further user would fail the same way). */
    private void rollback(SQLException cause) {
        if (SqlErrors.isConnectionLoss(connection, cause)) {
            throw lost(cause);
        }
        try {
            connection.rollback();
        } catch (SQLException e) {
            throw lost(e);
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

    void close() {
        closeQuietly(insertUser);
        closeQuietly(insertAgent);
    }

    private static void closeQuietly(Statement statement) {
        try {
            statement.close();
        } catch (SQLException ignored) {
            // the connection is closed right after
        }
    }
}
