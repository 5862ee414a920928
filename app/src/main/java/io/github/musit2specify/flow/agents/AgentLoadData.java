package io.github.musit2specify.flow.agents;

import org.mariadb.jdbc.Statement;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLWarning;
import java.util.List;

/**
 * Writes a batch of agents with {@code LOAD DATA LOCAL INFILE} fed from memory (no file is written):
 * MariaDB's fastest way to take rows, about twice the rate of multi-row INSERTs. The rows are the
 * same as an INSERT's; the caller commits.
 *
 * <p>With LOCAL the server cannot stop the client mid-stream, so it turns errors such as a value too
 * long into warnings and goes on. A batch that draws any warning, or loads fewer rows than sent, is
 * therefore reported as failed, and the caller redoes it with INSERTs, where the same value is an
 * error naming the row.
 */
final class AgentLoadData {
    /** ER_NOT_ALLOWED_COMMAND: the server runs with local_infile=OFF (MariaDB before 10.5 and MySQL). */
    private static final int NOT_ALLOWED_COMMAND = 1148;
    /** ER_LOAD_INFILE_CAPABILITY_DISABLED: the server or the client disabled local infile (MariaDB 10.5+). */
    private static final int LOCAL_INFILE_DISABLED = 4166;

    private final String sql;

    AgentLoadData(AgentColumns columns) {
        // The file name is a label only: Connector/J sends the stream set on the statement.
        this.sql = "LOAD DATA LOCAL INFILE 'musit2specify-agents.tsv' INTO TABLE agent CHARACTER SET utf8mb4"
                + " FIELDS TERMINATED BY '\\t' ESCAPED BY '\\\\' LINES TERMINATED BY '\\n'"
                + " (" + AgentColumns.PER_ROW + ") SET " + columns.sharedAssignments();
    }

    /** True when the server (or driver) refuses LOAD DATA LOCAL altogether, rather than a row of it. */
    static boolean isRefused(SQLException e) {
        return e.getErrorCode() == NOT_ALLOWED_COMMAND || e.getErrorCode() == LOCAL_INFILE_DISABLED;
    }

    /** Loads {@code text}, the {@link #tsv} of {@code rows} rows. */
    void load(Connection c, byte[] text, int rows) throws SQLException {
        try (java.sql.Statement st = c.createStatement()) {
            st.unwrap(Statement.class).setLocalInfileInputStream(new ByteArrayInputStream(text));
            long loaded = st.executeLargeUpdate(sql);
            SQLWarning warning = st.getWarnings();
            if (warning != null || loaded != rows) {
                throw new SQLException("LOAD DATA took " + loaded + " of " + rows + " rows"
                        + (warning == null ? "" : " with warnings (first: " + warning.getMessage() + ")"));
            }
        }
    }

    static byte[] tsv(List<AgentRow> rows) {
        StringBuilder text = new StringBuilder(rows.size() * 160);
        for (AgentRow row : rows) {
            Object[] values = AgentColumns.values(row);
            for (int i = 0; i < values.length; i++) {
                if (i > 0) {
                    text.append('\t');
                }
                field(text, values[i]);
            }
            text.append('\n');
        }
        return text.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** {@code \N} for null; otherwise the text with backslash, tab, newline, carriage return and NUL escaped. */
    private static void field(StringBuilder text, Object value) {
        if (value == null) {
            text.append("\\N");
            return;
        }
        String s = value.toString();
        if (!needsEscape(s)) {
            text.append(s);
            return;
        }
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            switch (ch) {
                case '\\' -> text.append("\\\\");
                case '\t' -> text.append("\\t");
                case '\n' -> text.append("\\n");
                case '\r' -> text.append("\\r");
                case '\0' -> text.append("\\0");
                default -> text.append(ch);
            }
        }
    }

    private static boolean needsEscape(String s) {
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            if (ch == '\\' || ch == '\t' || ch == '\n' || ch == '\r' || ch == '\0') {
                return true;
            }
        }
        return false;
    }
}
