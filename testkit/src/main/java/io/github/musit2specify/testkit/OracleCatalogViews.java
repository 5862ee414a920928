package io.github.musit2specify.testkit;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * A stand-in for Oracle's data dictionary in H2: views named like Oracle's {@code ALL_USERS},
 * {@code ALL_TABLES}, {@code ALL_TAB_COLUMNS}, {@code ALL_CONSTRAINTS}, {@code ALL_CONS_COLUMNS},
 * {@code ALL_INDEXES}, {@code ALL_IND_COLUMNS} and {@code ALL_VIEWS} over H2's
 * {@code INFORMATION_SCHEMA}, with the columns the schema snapshot reads, so that the product's own
 * catalogue SQL runs unchanged against an H2 MUSIT.
 *
 * <p>It is a stand-in, not an emulation. What differs from Oracle: H2 types are mapped back to
 * Oracle names (VARCHAR2, NUMBER, DATE, TIMESTAMP(n), CLOB, BLOB) with Oracle's fixed DATA_LENGTHs
 * (NUMBER 22, DATE 7, TIMESTAMP 11); NUM_ROWS is H2's row-count estimate and LAST_ANALYZED the
 * time of the query (statistics are always "fresh"); only named check constraints are not listed
 * with their columns; H2's generated foreign-key indexes (Oracle makes none) are left out; view text
 * is H2's normalised SQL. The views live in schema PUBLIC, which (like Oracle's PUBLIC) counts as
 * Oracle-maintained, so they never appear in a catalogue of the user schemas.
 */
public final class OracleCatalogViews {
    private static final String NUMBER_TYPES = "('DECFLOAT', 'NUMERIC', 'DECIMAL', 'INTEGER', 'BIGINT', 'SMALLINT', 'TINYINT')";

    private OracleCatalogViews() {
    }

    /** Creates (or replaces) the views in the database of {@code source}. */
    public static void install(MusitSource source) {
        try (Connection c = source.connect()) {
            install(c);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create the ALL_* stand-in views in " + source.jdbcUrl()
                    + ": " + e.getMessage(), e);
        }
    }

    /** Creates (or replaces) the views through {@code connection}. */
    public static void install(Connection connection) throws SQLException {
        try (Statement s = connection.createStatement()) {
            for (String ddl : ddl()) {
                s.execute(ddl);
            }
        }
    }

    static List<String> ddl() {
        return List.of(
                view("ALL_USERS", "SELECT SCHEMA_NAME AS USERNAME,"
                        + " CASE WHEN SCHEMA_NAME IN ('INFORMATION_SCHEMA', 'PUBLIC') THEN 'Y' ELSE 'N' END AS ORACLE_MAINTAINED"
                        + " FROM INFORMATION_SCHEMA.SCHEMATA"),
                view("ALL_TABLES", "SELECT TABLE_SCHEMA AS OWNER, TABLE_NAME,"
                        + " CAST(ROW_COUNT_ESTIMATE AS BIGINT) AS NUM_ROWS, LOCALTIMESTAMP(0) AS LAST_ANALYZED"
                        + " FROM INFORMATION_SCHEMA.TABLES WHERE TABLE_TYPE = 'BASE TABLE'"),
                view("ALL_TAB_COLUMNS", "SELECT TABLE_SCHEMA AS OWNER, TABLE_NAME, COLUMN_NAME, ORDINAL_POSITION AS COLUMN_ID,"
                        + " CASE WHEN DATA_TYPE IN " + NUMBER_TYPES + " THEN 'NUMBER'"
                        + " WHEN DATA_TYPE = 'CHARACTER VARYING' THEN 'VARCHAR2'"
                        + " WHEN DATA_TYPE = 'CHARACTER' THEN 'CHAR'"
                        + " WHEN DATA_TYPE = 'TIMESTAMP' AND DATETIME_PRECISION = 0 THEN 'DATE'"
                        + " WHEN DATA_TYPE = 'TIMESTAMP' THEN 'TIMESTAMP(' || DATETIME_PRECISION || ')'"
                        + " WHEN DATA_TYPE = 'CHARACTER LARGE OBJECT' THEN 'CLOB'"
                        + " WHEN DATA_TYPE = 'BINARY LARGE OBJECT' THEN 'BLOB'"
                        + " ELSE DATA_TYPE END AS DATA_TYPE,"
                        + " CAST(CASE WHEN DATA_TYPE IN ('CHARACTER VARYING', 'CHARACTER') THEN CHARACTER_MAXIMUM_LENGTH"
                        + " WHEN DATA_TYPE IN " + NUMBER_TYPES + " THEN 22"
                        + " WHEN DATA_TYPE = 'TIMESTAMP' AND DATETIME_PRECISION = 0 THEN 7"
                        + " WHEN DATA_TYPE = 'TIMESTAMP' THEN 11 ELSE 4000 END AS BIGINT) AS DATA_LENGTH,"
                        + " CASE WHEN DATA_TYPE IN ('NUMERIC', 'DECIMAL') THEN NUMERIC_PRECISION END AS DATA_PRECISION,"
                        + " CASE WHEN DATA_TYPE IN ('NUMERIC', 'DECIMAL') THEN NUMERIC_SCALE END AS DATA_SCALE,"
                        + " CASE IS_NULLABLE WHEN 'YES' THEN 'Y' ELSE 'N' END AS NULLABLE"
                        + " FROM INFORMATION_SCHEMA.COLUMNS"),
                view("ALL_CONSTRAINTS", "SELECT tc.CONSTRAINT_SCHEMA AS OWNER, tc.CONSTRAINT_NAME,"
                        + " CASE tc.CONSTRAINT_TYPE WHEN 'PRIMARY KEY' THEN 'P' WHEN 'UNIQUE' THEN 'U'"
                        + " WHEN 'FOREIGN KEY' THEN 'R' ELSE 'C' END AS CONSTRAINT_TYPE,"
                        + " tc.TABLE_NAME, rc.UNIQUE_CONSTRAINT_SCHEMA AS R_OWNER, rc.UNIQUE_CONSTRAINT_NAME AS R_CONSTRAINT_NAME,"
                        + " 'ENABLED' AS STATUS,"
                        + " CASE WHEN tc.CONSTRAINT_NAME LIKE 'CONSTRAINT\\_%' ESCAPE '\\' THEN 'GENERATED NAME'"
                        + " ELSE 'USER NAME' END AS GENERATED"
                        + " FROM INFORMATION_SCHEMA.TABLE_CONSTRAINTS tc"
                        + " LEFT JOIN INFORMATION_SCHEMA.REFERENTIAL_CONSTRAINTS rc"
                        + " ON rc.CONSTRAINT_SCHEMA = tc.CONSTRAINT_SCHEMA AND rc.CONSTRAINT_NAME = tc.CONSTRAINT_NAME"),
                view("ALL_CONS_COLUMNS", "SELECT CONSTRAINT_SCHEMA AS OWNER, CONSTRAINT_NAME, TABLE_NAME, COLUMN_NAME,"
                        + " ORDINAL_POSITION AS POSITION FROM INFORMATION_SCHEMA.KEY_COLUMN_USAGE"),
                view("ALL_INDEXES", "SELECT INDEX_SCHEMA AS OWNER, INDEX_NAME, 'NORMAL' AS INDEX_TYPE,"
                        + " TABLE_SCHEMA AS TABLE_OWNER, TABLE_NAME,"
                        + " CASE WHEN INDEX_TYPE_NAME IN ('PRIMARY KEY', 'UNIQUE INDEX') THEN 'UNIQUE' ELSE 'NONUNIQUE' END AS UNIQUENESS,"
                        + " 'VALID' AS STATUS"
                        + " FROM INFORMATION_SCHEMA.INDEXES"
                        + " WHERE IS_GENERATED = FALSE OR INDEX_TYPE_NAME IN ('PRIMARY KEY', 'UNIQUE INDEX')"),
                view("ALL_IND_COLUMNS", "SELECT INDEX_SCHEMA AS INDEX_OWNER, INDEX_NAME, TABLE_SCHEMA AS TABLE_OWNER,"
                        + " TABLE_NAME, COLUMN_NAME, ORDINAL_POSITION AS COLUMN_POSITION,"
                        + " CASE ORDERING_SPECIFICATION WHEN 'DESC' THEN 'DESC' ELSE 'ASC' END AS DESCEND"
                        + " FROM INFORMATION_SCHEMA.INDEX_COLUMNS"),
                view("ALL_VIEWS", "SELECT TABLE_SCHEMA AS OWNER, TABLE_NAME AS VIEW_NAME,"
                        + " CAST(LENGTH(VIEW_DEFINITION) AS BIGINT) AS TEXT_LENGTH, VIEW_DEFINITION AS TEXT"
                        + " FROM INFORMATION_SCHEMA.VIEWS"));
    }

    private static String view(String name, String select) {
        return "CREATE OR REPLACE VIEW PUBLIC." + name + " AS " + select;
    }
}
