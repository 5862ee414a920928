package io.github.musit2specify.check;

import io.github.musit2specify.error.Causes;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/** Small JDBC helpers of the checks, and the cause text of a failure without a stack trace. */
final class Jdbc {
    private Jdbc() {
    }

    /** The first column of the first row, or null when there is no row. */
    static String single(Connection c, String sql) throws SQLException {
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            return rs.next() ? rs.getString(1) : null;
        }
    }

    /** Runs a query for its side effect of proving access; rows are not read. Parameters ({@code ?}) get NULL. */
    static void probe(Connection c, String sql) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 1; i <= parameterCount(sql); i++) {
                ps.setNull(i, Types.NUMERIC);
            }
            try (ResultSet ignored = ps.executeQuery()) {
                // executing is the test: a missing table, column or grant fails here
            }
        }
    }

    /** The {@code ?} placeholders of one of our own statements (they hold no string literal with a '?'). */
    static int parameterCount(String sql) {
        return (int) sql.chars().filter(ch -> ch == '?').count();
    }

    /** The column names of {@code table} (upper case), from an empty result: needs only SELECT on it. */
    static Set<String> columnNames(Connection c, String table) throws SQLException {
        // table names come from MusitTables constants, never from input
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT * FROM " + table + " WHERE 1=0")) {
            ResultSetMetaData meta = rs.getMetaData();
            Set<String> names = new HashSet<>();
            for (int i = 1; i <= meta.getColumnCount(); i++) {
                names.add(meta.getColumnName(i).toUpperCase(Locale.ROOT));
            }
            return names;
        }
    }

    /** The failure's message, with the innermost cause when it adds something (e.g. "Connection refused"), on one line. */
    static String cause(Throwable e) {
        // one output line per check: drivers (H2) put the SQL on a second line
        return causeText(e).replaceAll("\\s+", " ");
    }

    private static String causeText(Throwable e) {
        Throwable t = Causes.root(e);
        String first = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage().strip();
        first = first.replaceFirst("^\\(conn=\\d+\\)\\s*", "");
        if (t == e || t.getMessage() == null || first.contains(t.getMessage())) {
            return first;
        }
        return first + " (" + t.getClass().getSimpleName() + ": " + t.getMessage() + ")";
    }
}
