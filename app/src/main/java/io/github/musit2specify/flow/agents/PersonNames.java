package io.github.musit2specify.flow.agents;

import io.github.musit2specify.musit.MusitDatabase;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * The PERSON_NAME side of the merge: a cursor over names in ACTOR_ID order that, asked for actors in
 * increasing ACTOR_ID order, gives each its chosen name. Names of ids no actor asks for are passed over.
 *
 * <p>The cursor opens at the first actor asked for ({@code ACTOR_ID >= ?}), not before: a re-run whose
 * actors are all migrated never reads PERSON_NAME, and a resumed run reads it from its first
 * unmigrated actor on.
 */
final class PersonNames implements AutoCloseable {
    record Name(String surname, String middleName, String givenName, String title) {
        static final Name NONE = new Name(null, null, null, null);
    }

    private final Connection connection;
    private final String fromActorSql;
    private final ById byId;
    private PreparedStatement statement;
    private ResultSet names;
    private boolean positioned;
    private boolean exhausted;

    /**
     * @param fromActorSql names in ACTOR_ID order from the actor id of its one parameter on
     * @param byIdSql      one name by PERSON_NAME_ID, its one parameter
     */
    PersonNames(Connection connection, String fromActorSql, String byIdSql) {
        this.connection = connection;
        this.fromActorSql = fromActorSql;
        this.byId = new ById(connection, byIdSql);
    }

    /**
     * The name {@code validNameId} points to, else (when it is null) the actor's smallest name id;
     * null when there is none. Consumes the actor's names: call with increasing actor ids.
     */
    Name choose(long actorId, Long validNameId) throws SQLException {
        if (statement == null) {
            open(actorId);
        }
        Name chosen = null;
        boolean validFound = false;
        long smallestId = Long.MAX_VALUE;
        while (advanceTo(actorId)) {
            long nameId = names.getLong(2);
            if (validNameId != null) {
                if (!validFound && nameId == validNameId) {
                    chosen = current();
                    validFound = true;
                }
            } else if (nameId < smallestId) {
                smallestId = nameId;
                chosen = current();
            }
            positioned = false;
        }
        if (validNameId != null && !validFound) {
            return byId.find(validNameId);
        }
        return chosen;
    }

    private void open(long firstActorId) throws SQLException {
        statement = connection.prepareStatement(fromActorSql);
        statement.setFetchSize(MusitDatabase.FETCH_SIZE);
        statement.setLong(1, firstActorId);
        names = statement.executeQuery();
    }

    /** True when the cursor stands on a name of {@code actorId}; skips names of smaller actor ids. */
    private boolean advanceTo(long actorId) throws SQLException {
        while (!exhausted) {
            if (!positioned) {
                if (!names.next()) {
                    exhausted = true;
                    return false;
                }
                positioned = true;
            }
            long nameActorId = names.getLong(1);
            if (nameActorId > actorId) {
                return false;
            }
            if (nameActorId == actorId) {
                return true;
            }
            positioned = false;
        }
        return false;
    }

    private Name current() throws SQLException {
        return of(names);
    }

    private static Name of(ResultSet rs) throws SQLException {
        return new Name(rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6));
    }

    @Override
    public void close() throws SQLException {
        ById lookup = byId;
        try (lookup; PreparedStatement s = statement; ResultSet rs = names) {
            // closed in reverse order: the names, their statement, the lookup (null ones are passed over)
        }
    }

    /** Looks a name up by primary key: rare, for valid ids outside the actor's own names. */
    private static final class ById implements AutoCloseable {
        private final Connection connection;
        private final String sql;
        private PreparedStatement statement;

        ById(Connection connection, String sql) {
            this.connection = connection;
            this.sql = sql;
        }

        Name find(long nameId) throws SQLException {
            if (statement == null) {
                statement = connection.prepareStatement(sql);
            }
            statement.setLong(1, nameId);
            try (ResultSet rs = statement.executeQuery()) {
                return rs.next() ? of(rs) : null;
            }
        }

        @Override
        public void close() throws SQLException {
            if (statement != null) {
                statement.close();
            }
        }
    }
}
