package io.github.musit2specify.snapshot;

import io.github.musit2specify.testkit.MusitSource;
import io.github.musit2specify.testkit.OracleCatalogViews;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * A small schema SNAP beside the MUSIT tables: MUSEUM (primary key, unique index on CODE, 3 rows),
 * SPECIMEN (named primary key, foreign key to MUSEUM) and the view MUSEUM_CODES; with the ALL_*
 * stand-in views installed.
 */
public final class KnownSchema {
    public static final String OWNER = "SNAP";

    private KnownSchema() {
    }

    public static MusitSource create(String name) throws SQLException {
        MusitSource source = MusitSource.inMemory(name);
        try (Connection c = source.connect(); Statement s = c.createStatement()) {
            for (String sql : List.of(
                    "CREATE SCHEMA SNAP",
                    "CREATE TABLE SNAP.MUSEUM (MUSEUM_ID NUMBER(10) PRIMARY KEY, CODE VARCHAR2(10) NOT NULL, NAME VARCHAR2(200))",
                    "CREATE UNIQUE INDEX SNAP.MUSEUM_CODE_UX ON SNAP.MUSEUM (CODE)",
                    "CREATE TABLE SNAP.SPECIMEN (SPECIMEN_ID NUMBER(10) NOT NULL, MUSEUM_ID NUMBER(10), COLLECTED DATE,"
                            + " NOTE VARCHAR2(4000), CONSTRAINT SPECIMEN_PK PRIMARY KEY (SPECIMEN_ID),"
                            + " CONSTRAINT SPECIMEN_MUSEUM_FK FOREIGN KEY (MUSEUM_ID) REFERENCES SNAP.MUSEUM (MUSEUM_ID))",
                    "CREATE VIEW SNAP.MUSEUM_CODES AS SELECT CODE FROM SNAP.MUSEUM",
                    "INSERT INTO SNAP.MUSEUM VALUES (1, 'NHM', 'Naturhistorisk museum'), (2, 'UM', 'Universitetsmuseet i Bergen'),"
                            + " (3, 'VM', 'NTNU Vitenskapsmuseet, \"Trondheim\"')")) {
                s.execute(sql);
            }
        }
        OracleCatalogViews.install(source);
        return source;
    }
}
