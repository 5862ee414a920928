package io.github.musit2specify.flow.agents;

import io.github.musit2specify.musit.MusitDatabase;
import io.github.musit2specify.musit.MusitSchemas;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.function.Consumer;

/**
 * Streams one row per actor of a MUSIT schema, in ACTOR_ID order: the person name that
 * VALID_PERSON_NAME_ID points to, else the actor's smallest PERSON_NAME_ID, else none.
 */
public final class ActorSource {
    private ActorSource() {
    }

    /**
     * The chosen name id is computed in an inline view: Oracle refuses a subquery inside an outer
     * join's ON clause (ORA-01799), and this form is as fast on H2.
     */
    public static String actorQuery(String schema) {
        String s = MusitSchemas.requireActorSchema(schema);
        return "SELECT x.ACTOR_ID, x.ACTOR_TYPE, x.ACTORNAME, x.BIRTHDATE, x.DEATHDATE, x.EMAIL_ADDRESS,"
                + " x.INSTITUTION, x.NOTE,"
                + " pn.PERSON_SURNAME, pn.PERSON_MIDDLE_NAME, pn.PERSON_GIVEN_NAME, pn.TITLE"
                + " FROM (SELECT a.ACTOR_ID, a.ACTOR_TYPE, a.ACTORNAME, a.BIRTHDATE, a.DEATHDATE, a.EMAIL_ADDRESS,"
                + " a.INSTITUTION, a.NOTE, COALESCE(a.VALID_PERSON_NAME_ID,"
                + " (SELECT MIN(p2.PERSON_NAME_ID) FROM " + s + ".PERSON_NAME p2 WHERE p2.ACTOR_ID = a.ACTOR_ID)) NAME_ID"
                + " FROM " + s + ".ACTOR a) x"
                + " LEFT JOIN " + s + ".PERSON_NAME pn ON pn.PERSON_NAME_ID = x.NAME_ID"
                + " ORDER BY x.ACTOR_ID";
    }

    /** Calls {@code sink} for each actor; never holds more than one fetch of rows. */
    public static long stream(Connection connection, String schema, Consumer<ActorRecord> sink) throws SQLException {
        long rows = 0;
        try (PreparedStatement ps = connection.prepareStatement(actorQuery(schema))) {
            ps.setFetchSize(MusitDatabase.FETCH_SIZE);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    sink.accept(read(schema, rs));
                    rows++;
                }
            }
        }
        return rows;
    }

    private static ActorRecord read(String schema, ResultSet rs) throws SQLException {
        int type = rs.getInt(2);
        Integer actorType = rs.wasNull() ? null : type;
        return new ActorRecord(schema, rs.getLong(1), actorType, rs.getString(3),
                date(rs.getTimestamp(4)), date(rs.getTimestamp(5)), rs.getString(6), rs.getString(7),
                rs.getString(8), rs.getString(9), rs.getString(10), rs.getString(11), rs.getString(12));
    }

    private static LocalDate date(Timestamp ts) {
        return ts == null ? null : ts.toLocalDateTime().toLocalDate();
    }
}
