package io.github.musit2specify.flow.agents;

import io.github.musit2specify.musit.MusitDatabase;
import io.github.musit2specify.musit.MusitSchemas;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.LongPredicate;

/**
 * Streams one row per actor of a MUSIT schema, in ACTOR_ID order: the person name that
 * VALID_PERSON_NAME_ID points to, else the actor's smallest PERSON_NAME_ID, else none.
 *
 * <p>Two ordered scans merged in Java (ACTOR by ACTOR_ID, PERSON_NAME by ACTOR_ID), so the cost is
 * one pass over each table whatever VALID_PERSON_NAME_ID holds, and rows stream from the first fetch:
 * no correlated subquery, no join, no sort of the joined result. Only a valid name id that is not
 * among the actor's own names (it names another actor's name, or none) costs a lookup by primary key.
 * Actors already migrated are read as id and type only, until the first actor to migrate; every column
 * of ACTOR, and PERSON_NAME, are read from that actor on. A re-run of migrated actors reads two columns
 * of ACTOR and nothing else.
 */
public final class ActorSource {
    private ActorSource() {
    }

    /** The id and type of each actor in ACTOR_ID order (primary key): all a migrated actor's counters need. */
    public static String actorIdsSql(String schema) {
        String s = MusitSchemas.requireActorSchema(schema);
        return "SELECT ACTOR_ID, ACTOR_TYPE FROM " + s + ".ACTOR ORDER BY ACTOR_ID";
    }

    /** Every column of ACTOR in ACTOR_ID order, from the first actor to migrate (its one parameter) on. */
    public static String actorSql(String schema) {
        String s = MusitSchemas.requireActorSchema(schema);
        return "SELECT ACTOR_ID, ACTOR_TYPE, ACTORNAME, BIRTHDATE, DEATHDATE, EMAIL_ADDRESS, INSTITUTION, NOTE,"
                + " VALID_PERSON_NAME_ID FROM " + s + ".ACTOR WHERE ACTOR_ID >= ? ORDER BY ACTOR_ID";
    }

    /**
     * PERSON_NAME grouped by actor, from the first actor id that needs a name (its one parameter) on.
     * The range lets Oracle walk an index on PERSON_NAME(ACTOR_ID, …) from that actor, in order.
     */
    public static String personNameSql(String schema) {
        String s = MusitSchemas.requireActorSchema(schema);
        return "SELECT ACTOR_ID, PERSON_NAME_ID, PERSON_SURNAME, PERSON_MIDDLE_NAME, PERSON_GIVEN_NAME, TITLE"
                + " FROM " + s + ".PERSON_NAME WHERE ACTOR_ID >= ? ORDER BY ACTOR_ID";
    }

    /** One name by primary key, for a valid name id that is not among the actor's own names. */
    public static String personNameByIdSql(String schema) {
        String s = MusitSchemas.requireActorSchema(schema);
        return "SELECT ACTOR_ID, PERSON_NAME_ID, PERSON_SURNAME, PERSON_MIDDLE_NAME, PERSON_GIVEN_NAME, TITLE"
                + " FROM " + s + ".PERSON_NAME WHERE PERSON_NAME_ID = ?";
    }

    /** Every statement the actor read of {@code schema} runs, for the checks to probe and EXPLAIN PLAN. */
    public static List<String> statements(String schema) {
        return List.of(actorIdsSql(schema), actorSql(schema), personNameSql(schema), personNameByIdSql(schema));
    }

    /** Those of {@link #statements} that may run once per actor; each of the others runs once per schema. */
    public static List<String> perActorStatements(String schema) {
        return List.of(personNameByIdSql(schema));
    }

    /** Calls {@code sink} for each actor, each with every column and its chosen name. */
    public static long stream(Connection connection, String schema, Consumer<ActorRecord> sink) throws SQLException {
        return stream(connection, schema, actorId -> true, (actor, toMigrate) -> sink.accept(actor));
    }

    /** Receives each actor and whether it is to be migrated (else it carries schema, id and type only). */
    public interface Sink {
        void accept(ActorRecord actor, boolean toMigrate);
    }

    /**
     * Calls {@code sink} for each actor; never holds more than one fetch of rows of each table. The actors
     * {@code toMigrate} accepts come with every column and their chosen name; the others (already migrated)
     * with schema, id and type only, all their counters need. Up to the first actor to migrate, ACTOR is read
     * as id and type only; from that actor on, every column of ACTOR and PERSON_NAME. Neither is read further
     * when no actor is to migrate.
     */
    public static long stream(Connection connection, String schema, LongPredicate toMigrate, Sink sink)
            throws SQLException {
        long rows = 0;
        long firstToMigrate;
        try (PreparedStatement ids = connection.prepareStatement(actorIdsSql(schema))) {
            ids.setFetchSize(MusitDatabase.FETCH_SIZE);
            try (ResultSet a = ids.executeQuery()) {
                while (true) {
                    if (!a.next()) {
                        return rows;
                    }
                    long actorId = a.getLong(1);
                    if (toMigrate.test(actorId)) {
                        firstToMigrate = actorId;
                        break;
                    }
                    sink.accept(migrated(schema, actorId, a), false);
                    rows++;
                }
            }
        }
        try (PreparedStatement actors = connection.prepareStatement(actorSql(schema));
             PersonNames personNames = new PersonNames(connection, personNameSql(schema), personNameByIdSql(schema))) {
            actors.setLong(1, firstToMigrate);
            actors.setFetchSize(MusitDatabase.FETCH_SIZE);
            try (ResultSet a = actors.executeQuery()) {
                while (a.next()) {
                    long actorId = a.getLong(1);
                    if (toMigrate.test(actorId)) {
                        long valid = a.getLong(9);
                        sink.accept(read(schema, actorId, a, personNames.choose(actorId, a.wasNull() ? null : valid)), true);
                    } else {
                        sink.accept(migrated(schema, actorId, a), false);
                    }
                    rows++;
                }
            }
        }
        return rows;
    }

    private static ActorRecord migrated(String schema, long actorId, ResultSet rs) throws SQLException {
        return new ActorRecord(schema, actorId, actorType(rs), null, null, null, null, null, null, null, null, null, null);
    }

    private static ActorRecord read(String schema, long actorId, ResultSet rs, PersonNames.Name name) throws SQLException {
        PersonNames.Name n = name == null ? PersonNames.Name.NONE : name;
        return new ActorRecord(schema, actorId, actorType(rs), rs.getString(3),
                date(rs.getTimestamp(4)), date(rs.getTimestamp(5)), rs.getString(6), rs.getString(7),
                rs.getString(8), n.surname(), n.middleName(), n.givenName(), n.title());
    }

    private static Integer actorType(ResultSet rs) throws SQLException {
        int type = rs.getInt(2);
        return rs.wasNull() ? null : type;
    }

    private static LocalDate date(Timestamp ts) {
        return ts == null ? null : ts.toLocalDateTime().toLocalDate();
    }
}
