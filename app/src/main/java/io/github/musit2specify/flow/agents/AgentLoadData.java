package io.github.musit2specify.flow.agents;

import org.mariadb.jdbc.Statement;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLWarning;
import java.util.Arrays;
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

    /** A row's text is about 160 bytes; a batch's buffer starts that large, so it rarely grows. */
    private static final int BYTES_PER_ROW = 192;

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

    /**
     * The LOAD DATA text of {@code rows}, encoded field by field straight into UTF-8 bytes: about 160
     * bytes a row, where building a String first and encoding it at the end made eight times that in
     * garbage, which the collector then stopped the reader for.
     */
    static byte[] tsv(List<AgentRow> rows) {
        Bytes text = new Bytes(rows.size() * BYTES_PER_ROW);
        for (AgentRow row : rows) {
            Object[] values = AgentColumns.values(row);
            for (int i = 0; i < values.length; i++) {
                if (i > 0) {
                    text.write('\t');
                }
                field(text, values[i]);
            }
            text.write('\n');
        }
        return text.toArray();
    }

    /**
     * {@code \N} for null; otherwise the value's UTF-8 bytes with backslash, tab, newline, carriage return
     * and NUL escaped. Escaping the bytes is safe: in UTF-8 those five are never part of another character.
     */
    private static void field(Bytes text, Object value) {
        if (value == null) {
            text.write('\\');
            text.write('N');
            return;
        }
        byte[] bytes = value.toString().getBytes(StandardCharsets.UTF_8);
        int from = 0;
        for (int i = 0; i < bytes.length; i++) {
            byte escaped = escaped(bytes[i]);
            if (escaped != 0) {
                text.write(bytes, from, i - from);
                text.write('\\');
                text.write(escaped);
                from = i + 1;
            }
        }
        text.write(bytes, from, bytes.length - from);
    }

    /** The letter after the backslash that stands for {@code b}, or 0 when {@code b} goes as it is. */
    private static byte escaped(byte b) {
        return switch (b) {
            case '\\' -> '\\';
            case '\t' -> 't';
            case '\n' -> 'n';
            case '\r' -> 'r';
            case 0 -> '0';
            default -> 0;
        };
    }

    /** A growing byte array; ByteArrayOutputStream would take a lock for each of the millions of writes. */
    private static final class Bytes {
        private byte[] bytes;
        private int size;

        Bytes(int capacity) {
            bytes = new byte[capacity];
        }

        void write(int b) {
            ensure(1);
            bytes[size++] = (byte) b;
        }

        void write(byte[] source, int from, int length) {
            ensure(length);
            System.arraycopy(source, from, bytes, size, length);
            size += length;
        }

        byte[] toArray() {
            return Arrays.copyOf(bytes, size);
        }

        private void ensure(int more) {
            if (size + more > bytes.length) {
                bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, size + more));
            }
        }
    }
}
