package io.github.musit2specify.flow.agents;

import io.github.musit2specify.specify.BatchHalving;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.util.Collections;
import java.util.List;

/**
 * Writes a batch of agents as multi-row INSERTs of up to 1,000 rows each (MariaDB parses and executes
 * one statement per 1,000 rows; Connector/J 3 no longer rewrites batches itself). Used when the server refuses LOAD DATA
 * LOCAL, and to redo a failed batch so that the rows the database rejects are named. The caller commits.
 */
final class AgentInsert {
    /** Rows per statement: a batch of 5,000 or more is sent as several statements in its one transaction. */
    static final int ROWS_PER_STATEMENT = 1_000;

    private final String insertInto;
    private final String rowValues;
    private final String fullStatementSql;

    AgentInsert(AgentColumns columns) {
        this.insertInto = "INSERT INTO agent (" + columns.sharedNames() + ", " + AgentColumns.PER_ROW + ") VALUES ";
        this.rowValues = "(" + columns.sharedValues() + String.join("", Collections.nCopies(AgentColumns.PER_ROW_COUNT, ", ?")) + ")";
        this.fullStatementSql = sql(ROWS_PER_STATEMENT);
    }

    void insert(Connection c, List<AgentRow> rows) throws SQLException {
        for (int from = 0; from < rows.size(); from += ROWS_PER_STATEMENT) {
            insertOneStatement(c, rows.subList(from, Math.min(rows.size(), from + ROWS_PER_STATEMENT)));
        }
    }

    private void insertOneStatement(Connection c, List<AgentRow> rows) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(rows.size() == ROWS_PER_STATEMENT ? fullStatementSql : sql(rows.size()))) {
            int index = 1;
            for (AgentRow row : rows) {
                for (Object value : AgentColumns.values(row)) {
                    bind(ps, index++, value);
                }
            }
            ps.executeUpdate();
        }
    }

    private String sql(int rows) {
        return BatchHalving.multiRowInsert(insertInto, rowValues, rows);
    }

    private static void bind(PreparedStatement ps, int index, Object value) throws SQLException {
        if (value == null) {
            ps.setNull(index, Types.VARCHAR);
        } else if (value instanceof LocalDate date) {
            ps.setDate(index, Date.valueOf(date));
        } else if (value instanceof Integer i) {
            ps.setInt(index, i);
        } else {
            ps.setString(index, (String) value);
        }
    }
}
