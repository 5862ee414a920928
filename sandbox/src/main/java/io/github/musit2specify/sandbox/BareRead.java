package io.github.musit2specify.sandbox;

import io.github.musit2specify.musit.MusitDatabase;
import io.github.musit2specify.musit.MusitSchemas;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * The source-read baseline, independent of the flow's own query: every column of ACTOR ordered by
 * ACTOR_ID, then every column of PERSON_NAME ordered by ACTOR_ID and PERSON_NAME_ID, per schema.
 */
final class BareRead {
    private BareRead() {
    }

    /**
     * The bare read as a process of its own (the bench's cold variant): reads MUSIT at ORACLE_BENCH_URL,
     * _USER and _PASSWORD from the environment and prints the number of rows read.
     */
    public static void main(String[] args) throws SQLException {
        String prefix = "ORACLE_" + AgentsBench.PROFILE + "_";
        try (Connection c = DriverManager.getConnection(System.getenv(prefix + "URL"), System.getenv(prefix + "USER"),
                System.getenv(prefix + "PASSWORD"))) {
            System.out.println(readAll(c));
        }
    }

    /** Reads every value of both tables of both schemas; returns the number of rows. */
    static long readAll(Connection c) throws SQLException {
        long rows = 0;
        for (String schema : MusitSchemas.ACTOR_SCHEMAS) {
            rows += readTable(c, "SELECT * FROM " + schema + ".ACTOR ORDER BY ACTOR_ID");
            rows += readTable(c, "SELECT * FROM " + schema + ".PERSON_NAME ORDER BY ACTOR_ID, PERSON_NAME_ID");
        }
        return rows;
    }

    private static long readTable(Connection c, String sql) throws SQLException {
        long rows = 0;
        try (Statement st = c.createStatement()) {
            st.setFetchSize(MusitDatabase.FETCH_SIZE);
            try (ResultSet rs = st.executeQuery(sql)) {
                int columns = rs.getMetaData().getColumnCount();
                while (rs.next()) {
                    for (int i = 1; i <= columns; i++) {
                        rs.getObject(i);
                    }
                    rows++;
                }
            }
        }
        return rows;
    }
}
