package io.github.musit2specify.testkit;

import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;

/** INSERT statements for the MUSIT fixture rows and how each record binds to them. */
final class MusitRows {
    private MusitRows() {
    }

    @FunctionalInterface
    interface Binder<T> {
        void bind(PreparedStatement ps, T row) throws SQLException;
    }

    record Insert<T>(String table, String sql, Binder<T> binder) {
    }

    record SchemaInsert<T>(String table, String columnsAndValues, Binder<T> binder) {
        Insert<T> forSchema(String schema) {
            return new Insert<>(schema + "." + table, "INSERT INTO " + schema + "." + table + " " + columnsAndValues, binder);
        }
    }

    static final SchemaInsert<ActorRow> ACTOR = new SchemaInsert<>("ACTOR",
            "(ACTOR_ID, ACTOR_TYPE, ACTORNAME, VALID_PERSON_NAME_ID, BIRTHDATE, DEATHDATE, EMAIL_ADDRESS,"
                    + " INSTITUTION, NOTE) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (ps, r) -> {
                ps.setLong(1, r.actorId());
                setInt(ps, 2, r.actorType());
                ps.setString(3, r.actorName());
                setLong(ps, 4, r.validPersonNameId());
                setDate(ps, 5, r.birthDate());
                setDate(ps, 6, r.deathDate());
                ps.setString(7, r.email());
                ps.setString(8, r.institution());
                ps.setString(9, r.note());
            });

    static final SchemaInsert<PersonNameRow> PERSON_NAME = new SchemaInsert<>("PERSON_NAME",
            "(PERSON_NAME_ID, ACTOR_ID, PERSON_SURNAME, PERSON_MIDDLE_NAME, PERSON_GIVEN_NAME, TITLE,"
                    + " PERSON_NAME_TYPE) VALUES (?, ?, ?, ?, ?, ?, ?)",
            (ps, r) -> {
                ps.setLong(1, r.personNameId());
                ps.setLong(2, r.actorId());
                ps.setString(3, r.surname());
                ps.setString(4, r.middleName());
                ps.setString(5, r.givenName());
                ps.setString(6, r.title());
                setInt(ps, 7, r.personNameType());
            });

    record GroupMembershipRow(long id, long groupId, long memberId) {
    }

    static final SchemaInsert<GroupMembershipRow> GROUP_MEMBERSHIP = new SchemaInsert<>("GROUPMEMBERSHIP",
            "(GROUPMEMBERSHIP_ID, GROUP_ID, MEMBER_ID) VALUES (?, ?, ?)",
            (ps, r) -> {
                ps.setLong(1, r.id());
                ps.setLong(2, r.groupId());
                ps.setLong(3, r.memberId());
            });

    static final Insert<GroupRow> GROUP = new Insert<>(MusitSource.USERS_SCHEMA + ".GRUPPE",
            "INSERT INTO " + MusitSource.USERS_SCHEMA + ".GRUPPE (GRUPPEID, NAVN, MUSEUM, FORKLARING) VALUES (?, ?, ?, ?)",
            (ps, r) -> {
                ps.setLong(1, r.groupId());
                ps.setString(2, r.name());
                ps.setString(3, r.museum());
                ps.setString(4, r.explanation());
            });

    static final Insert<UserRow> USER = new Insert<>(MusitSource.USERS_SCHEMA + ".BRUKARAR",
            "INSERT INTO " + MusitSource.USERS_SCHEMA + ".BRUKARAR (USR, NAMN, EPOST, TELEFON, INSTITUSJON, FEIDE,"
                    + " FEIDE_EPOST, ADRESSE, ADM, OPPRETTA, EKSTERN_PASSORD) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (ps, r) -> {
                ps.setString(1, r.usr());
                ps.setString(2, r.namn());
                ps.setString(3, r.epost());
                ps.setString(4, r.telefon());
                ps.setString(5, r.institusjon());
                ps.setString(6, r.feide());
                ps.setString(7, r.feideEpost());
                ps.setString(8, r.adresse());
                ps.setString(9, r.adm());
                setDate(ps, 10, r.oppretta());
                ps.setString(11, r.eksternPassord());
            });

    static final Insert<MembershipRow> MEMBERSHIP = new Insert<>(MusitSource.USERS_SCHEMA + ".BRUKERNAVN_GRUPPE",
            "INSERT INTO " + MusitSource.USERS_SCHEMA + ".BRUKERNAVN_GRUPPE (BRUKERID, BRUKERNAVN, GRUPPEID, DEFAULTGRUPPE)"
                    + " VALUES (?, ?, ?, ?)",
            (ps, r) -> {
                ps.setLong(1, r.brukerId());
                ps.setString(2, r.brukernavn());
                setLong(ps, 3, r.gruppeId());
                ps.setString(4, r.defaultGruppe());
            });

    private static void setInt(PreparedStatement ps, int index, Integer value) throws SQLException {
        if (value == null) {
            ps.setNull(index, Types.NUMERIC);
        } else {
            ps.setInt(index, value);
        }
    }

    private static void setLong(PreparedStatement ps, int index, Long value) throws SQLException {
        if (value == null) {
            ps.setNull(index, Types.NUMERIC);
        } else {
            ps.setLong(index, value);
        }
    }

    private static void setDate(PreparedStatement ps, int index, LocalDate value) throws SQLException {
        if (value == null) {
            ps.setNull(index, Types.DATE);
        } else {
            ps.setDate(index, Date.valueOf(value));
        }
    }
}
