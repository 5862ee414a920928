package io.github.musit2specify.testkit;

import java.util.ArrayList;
import java.util.List;

/** The MUSIT tables of musit-source.md, with Oracle types (H2 in Oracle mode accepts them). */
final class MusitSchema {
    private static final String TEXT = "VARCHAR2(4000)";

    private MusitSchema() {
    }

    static List<String> ddl() {
        List<String> ddl = new ArrayList<>();
        for (String schema : MusitSource.ACTOR_SCHEMAS) {
            ddl.add("CREATE SCHEMA IF NOT EXISTS " + schema);
            ddl.add("CREATE TABLE IF NOT EXISTS " + schema + ".ACTOR ("
                    + "ACTOR_ID NUMBER PRIMARY KEY, ACTOR_TYPE NUMBER, ACTORNAME " + TEXT + ","
                    + " VALID_PERSON_NAME_ID NUMBER, GROUP_MEMBER_NAMES " + TEXT + ","
                    + " BIRTHDATE DATE, DEATHDATE DATE, ADRESS " + TEXT + ", POSTAL_ADDRESS " + TEXT + ","
                    + " EMAIL_ADDRESS " + TEXT + ", PHONE_NUMBER " + TEXT + ", INSTITUTION " + TEXT + ","
                    + " GENDER " + TEXT + ", URL " + TEXT + ", URL_NOTE " + TEXT + ", NOTE " + TEXT + ")");
            ddl.add("CREATE TABLE IF NOT EXISTS " + schema + ".PERSON_NAME ("
                    + "PERSON_NAME_ID NUMBER PRIMARY KEY, ACTOR_ID NUMBER, PERSON_SURNAME " + TEXT + ","
                    + " PERSON_MIDDLE_NAME " + TEXT + ", PERSON_GIVEN_NAME " + TEXT + ", TITLE " + TEXT + ","
                    + " PERSON_NAME_TYPE NUMBER)");
            // without it the one-row-per-actor query takes hours on H2
            ddl.add("CREATE INDEX IF NOT EXISTS " + schema + ".PERSON_NAME_ACTOR_IDX ON "
                    + schema + ".PERSON_NAME (ACTOR_ID)");
            ddl.add("CREATE TABLE IF NOT EXISTS " + schema + ".GROUPMEMBERSHIP ("
                    + "GROUPMEMBERSHIP_ID NUMBER PRIMARY KEY, GROUP_ID NUMBER, MEMBER_ID NUMBER)");
        }
        String users = MusitSource.USERS_SCHEMA;
        ddl.add("CREATE SCHEMA IF NOT EXISTS " + users);
        ddl.add("CREATE TABLE IF NOT EXISTS " + users + ".BRUKARAR ("
                + "USR VARCHAR2(200) PRIMARY KEY, NAMN " + TEXT + ", ADRESSE " + TEXT + ", EPOST " + TEXT + ","
                + " TELEFON " + TEXT + ", KOMMENTAR " + TEXT + ", MODUS NUMBER, GRUPPE_ID NUMBER,"
                + " ADM " + TEXT + ", INSTITUSJON " + TEXT + ", SPRAAK " + TEXT + ", OPPRETTA DATE,"
                + " EKSTERN " + TEXT + ", EKSTERN_PASSORD " + TEXT + ", EKSTERN_STATUS " + TEXT + ","
                + " EKSTERN_UTLOEPSDATO DATE, EKSTERN_LAASTDATO DATE, EKSTERN_SISTPAALOGGADATO DATE,"
                + " FEIDE " + TEXT + ", FEIDE_EPOST " + TEXT + ")");
        ddl.add("CREATE TABLE IF NOT EXISTS " + users + ".BRUKERNAVN_GRUPPE ("
                + "BRUKERID NUMBER PRIMARY KEY, BRUKERNAVN " + TEXT + ", GRUPPEID NUMBER, DEFAULTGRUPPE " + TEXT + ")");
        ddl.add("CREATE TABLE IF NOT EXISTS " + users + ".GRUPPE ("
                + "GRUPPEID NUMBER PRIMARY KEY, NAVN " + TEXT + ", MUSEUM " + TEXT + ", FORKLARING " + TEXT + ")");
        return ddl;
    }
}
