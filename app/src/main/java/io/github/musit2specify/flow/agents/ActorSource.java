package io.github.musit2specify.flow.agents;

import io.github.musit2specify.flow.Meanwhile;
import io.github.musit2specify.musit.MusitDatabase;
import io.github.musit2specify.musit.MusitSchemas;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BooleanSupplier;
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

    /**
     * The id and type of each actor in ACTOR_ID order (primary key), from its first parameter up to its
     * second, both included: all a migrated actor's counters need.
     */
    public static String actorIdsSql(String schema) {
        String s = MusitSchemas.requireActorSchema(schema);
        return "SELECT ACTOR_ID, ACTOR_TYPE FROM " + s + ".ACTOR WHERE ACTOR_ID BETWEEN ? AND ? ORDER BY ACTOR_ID";
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
        return stream(connection, schema, toMigrate, null, sink);
    }

    /**
     * As {@link #stream(Connection, String, LongPredicate, Sink)}; with a {@link Split}, the ids from its
     * point on are read at the same time on a connection and thread of their own (and handed to
     * {@code sink} after the ones before, in order), so that a re-run reads its migrated actors on two
     * cores. The second read stops as soon as the first meets an actor to migrate.
     */
    public static long stream(Connection connection, String schema, LongPredicate toMigrate, Split split, Sink sink)
            throws SQLException {
        Prefix prefix = split == null
                ? migratedPrefix(connection, schema, Long.MIN_VALUE, Long.MAX_VALUE, toMigrate, sink, () -> false)
                : migratedPrefixInTwo(connection, schema, toMigrate, split, sink);
        if (prefix.firstToMigrate() == null) {
            return prefix.rows();
        }
        long rows = prefix.rows();
        try (PreparedStatement actors = connection.prepareStatement(actorSql(schema));
             PersonNames personNames = new PersonNames(connection, personNameSql(schema), personNameByIdSql(schema))) {
            actors.setLong(1, prefix.firstToMigrate());
            actors.setFetchSize(MusitDatabase.FETCH_SIZE);
            try (ResultSet a = actors.executeQuery()) {
                while (a.next()) {
                    long actorId = a.getLong(1);
                    if (toMigrate.test(actorId)) {
                        long valid = a.getLong(9);
                        sink.accept(read(schema, actorId, a, personNames.choose(actorId, a.wasNull() ? null : valid)), true);
                    } else {
                        sink.accept(migrated(schema, actorId, actorType(a)), false);
                    }
                    rows++;
                }
            }
        }
        return rows;
    }

    /** Where a re-run splits the ids of a schema, and the connection (and thread) that reads from there on. */
    public record Split(long fromActorId, SourceConnection connection) {
        public Split {
            if (fromActorId == Long.MIN_VALUE) {
                throw new IllegalArgumentException("a split needs actor ids before its point");
            }
        }
    }

    /** Opens the second connection of a {@link Split}. */
    public interface SourceConnection {
        Connection open() throws SQLException;
    }

    /** The actors read before the first to migrate, and its id (null when every actor is migrated). */
    private record Prefix(long rows, Long firstToMigrate) {
    }

    /**
     * Ids and types from {@code from} to {@code to}, each migrated actor to {@code sink}, up to the first
     * actor to migrate; stops early (returning what it has) once {@code stop} says so.
     */
    private static Prefix migratedPrefix(Connection connection, String schema, long from, long to, LongPredicate toMigrate,
                                         Sink sink, BooleanSupplier stop) throws SQLException {
        long rows = 0;
        try (PreparedStatement ids = connection.prepareStatement(actorIdsSql(schema))) {
            ids.setLong(1, from);
            ids.setLong(2, to);
            ids.setFetchSize(MusitDatabase.FETCH_SIZE);
            try (ResultSet a = ids.executeQuery()) {
                while (!stop.getAsBoolean() && a.next()) {
                    long actorId = a.getLong(1);
                    if (toMigrate.test(actorId)) {
                        return new Prefix(rows, actorId);
                    }
                    sink.accept(migrated(schema, actorId, actorType(a)), false);
                    rows++;
                }
            }
        }
        return new Prefix(rows, null);
    }

    /**
     * {@link #migratedPrefix} of the ids before the split on this thread and of the ids from it on another:
     * that one's actors wait in a buffer until this one has met no actor to migrate, and it stops when
     * this one has (its actors are then read again with every column).
     */
    private static Prefix migratedPrefixInTwo(Connection connection, String schema, LongPredicate toMigrate, Split split,
                                              Sink sink) throws SQLException {
        AtomicBoolean upperNotNeeded = new AtomicBoolean();
        IdsAndTypes upperActors = new IdsAndTypes();
        Meanwhile<Prefix> upper = Meanwhile.start("musit-read-" + schema, () -> {
            try (Connection second = split.connection().open()) {
                return migratedPrefix(second, schema, split.fromActorId(), Long.MAX_VALUE, toMigrate,
                        (actor, migrating) -> upperActors.add(actor.actorId(), actor.actorType()), upperNotNeeded::get);
            } catch (SQLException e) {
                throw new SecondReadFailed(e);
            }
        });
        Prefix lower;
        try {
            lower = migratedPrefix(connection, schema, Long.MIN_VALUE, split.fromActorId() - 1, toMigrate, sink, () -> false);
        } catch (SQLException | RuntimeException failureOrStop) {
            upperNotNeeded.set(true);
            upper.awaitFailure(); // its connection is closed before the run goes on
            throw failureOrStop;
        }
        if (lower.firstToMigrate() != null) {
            upperNotNeeded.set(true); // those actors are read again from the lower one's first to migrate
        }
        Prefix upperPrefix = awaitUpper(upper);
        if (lower.firstToMigrate() != null) {
            return lower;
        }
        upperActors.emit(schema, sink);
        return new Prefix(lower.rows() + upperPrefix.rows(), upperPrefix.firstToMigrate());
    }

    private static Prefix awaitUpper(Meanwhile<Prefix> upper) throws SQLException {
        try {
            return upper.get();
        } catch (SecondReadFailed e) {
            throw e.sqlCause;
        }
    }

    /** Carries the second read's SQLException through {@link Meanwhile}, whose work throws no checked one. */
    private static final class SecondReadFailed extends RuntimeException {
        private final SQLException sqlCause;

        SecondReadFailed(SQLException cause) {
            super(cause);
            this.sqlCause = cause;
        }
    }

    private static ActorRecord migrated(String schema, long actorId, Integer actorType) {
        return new ActorRecord(schema, actorId, actorType, null, null, null, null, null, null, null, null, null, null);
    }

    /** Ids and types of migrated actors, 12 bytes each (the markers cost 8), kept in ACTOR_ID order. */
    private static final class IdsAndTypes {
        private long[] ids = new long[1024];
        private Integer[] types = new Integer[1024];
        private int size;

        void add(long id, Integer type) {
            if (size == ids.length) {
                ids = Arrays.copyOf(ids, size * 2);
                types = Arrays.copyOf(types, size * 2);
            }
            ids[size] = id;
            types[size++] = type;
        }

        void emit(String schema, Sink sink) {
            for (int i = 0; i < size; i++) {
                sink.accept(migrated(schema, ids[i], types[i]), false);
            }
        }
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
